import type { CaseHolder } from '@ccs/shared/applications/application-schemas'

/** Who holds the case, as the family reads it: 王秀英（六广村 儿童主任）. */
export function holderText(holder: CaseHolder): string {
  const post = `${holder.region.name} ${holder.roleName}`
  return holder.name ? `${holder.name}（${post}）` : post
}
