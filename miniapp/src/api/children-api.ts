import type { Child, ChildInput } from '@ccs/shared/children/child-schemas'
import { request } from './request'

/** The signed-in family's children (kept in the main package: 我的 lists them). */
export async function fetchChildren(): Promise<Child[]> {
  return (await request<{ children: Child[] }>('GET', '/api/children')).children
}

/** Adds a child under the id the app made; sending it again after a dropped answer adds it once. */
export function saveChild(childId: string, input: ChildInput): Promise<Child> {
  return request<Child>('PUT', `/api/children/${childId}`, { body: input })
}

/** Removes a child added by mistake, with its drafts; refused (CHILD_IN_USE, naming why) once an application or agreement keeps it. */
export function removeChild(childId: string): Promise<void> {
  return request<void>('DELETE', `/api/children/${childId}`)
}
