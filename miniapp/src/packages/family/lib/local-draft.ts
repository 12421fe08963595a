import Taro from '@tarojs/taro'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import { newUuid } from '../../../lib/new-uuid'

/** What the phone keeps of an application being filled in, so a reload or a lost connection loses nothing. */
export interface LocalDraft {
  facts: ChildFacts
  /** Answers not yet saved on the server (the save failed); they win over the server's copy. */
  pending: boolean
  /** Sent with the submission; kept so that a retry after a dropped answer is recognised as the same one. */
  idempotencyKey: string
  /** The screen the family was on. */
  step: string | null
}

const keyOf = (applicationId: string) => `ccs.draft.${applicationId}`

export function loadLocalDraft(applicationId: string): LocalDraft {
  const stored = Taro.getStorageSync(keyOf(applicationId)) as Partial<LocalDraft> | ''
  const draft = stored || {}
  return {
    facts: draft.facts ?? {},
    pending: draft.pending ?? false,
    idempotencyKey: draft.idempotencyKey ?? newUuid(),
    step: draft.step ?? null,
  }
}

export function saveLocalDraft(applicationId: string, draft: LocalDraft): void {
  Taro.setStorageSync(keyOf(applicationId), draft)
}

/** After a successful submission: a later resubmission gets a new key. */
export function clearLocalDraft(applicationId: string): void {
  Taro.removeStorageSync(keyOf(applicationId))
}
