import Taro from '@tarojs/taro'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import type { ProgrammeId } from '@ccs/shared/rules/programmes'

/** A place picked in the entitlement check, with the names shown for it. */
export interface PickedRegion {
  code: string
  label: string
}

/**
 * What the entitlement check hands to an application when the family taps "马上申请": the programme,
 * the answers and the two places. It stays on the phone (never sent before the family applies), and
 * survives the detour through sign-in.
 */
export interface CheckHandover {
  programme: ProgrammeId
  /** The answers the application takes over (`answersToCarry`). */
  facts: ChildFacts
  hukou: PickedRegion | null
  residence: PickedRegion | null
  /** Who the answers describe, so they go only to a child of that birth date or age. */
  described: CheckChild
}

/** The child the check was about, as the family described it there: a birth date, or only an age. */
export interface CheckChild {
  birthDate?: string
  ageYears?: number
}

const key = 'ccs.check.handover'

export function saveCheckHandover(handover: CheckHandover): void {
  Taro.setStorageSync(key, handover)
}

export function loadCheckHandover(): CheckHandover | null {
  return (Taro.getStorageSync(key) as CheckHandover | '') || null
}

/** Once the draft holds the answers. */
export function clearCheckHandover(): void {
  Taro.removeStorageSync(key)
}
