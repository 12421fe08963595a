import Taro from '@tarojs/taro'
import type { CheckAnswers } from '@ccs/shared/services/entitlement-check'
import type { PickedRegion } from '../../../lib/check-handover'

/** The entitlement check as the family left it: kept on the phone only, so a reload loses nothing. */
export interface StoredCheck {
  answers: CheckAnswers
  hukou: PickedRegion | null
  residence: PickedRegion | null
  /** The screen they were on, or 'results'. */
  screen: string
}

const key = 'ccs.check.answers'

export function loadStoredCheck(): StoredCheck | null {
  return (Taro.getStorageSync(key) as StoredCheck | '') || null
}

export function saveStoredCheck(check: StoredCheck): void {
  Taro.setStorageSync(key, check)
}

export function clearStoredCheck(): void {
  Taro.removeStorageSync(key)
}
