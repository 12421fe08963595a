import Taro from '@tarojs/taro'
import type { AgreementParty } from '@ccs/shared/agreements/agreement-status'

// The sign page goes back to the agreement page, which has no query to carry "you have just signed": the phone does.
const keyOf = (agreementId: string) => `ccs.agreement.justSigned.${agreementId}`

export function rememberJustSigned(agreementId: string, party: AgreementParty): void {
  Taro.setStorageSync(keyOf(agreementId), party)
}

/** The party that has just signed this agreement on this phone, once: the 签好了 is said one time. */
export function takeJustSigned(agreementId: string): AgreementParty | null {
  const party = Taro.getStorageSync(keyOf(agreementId)) as AgreementParty | ''
  if (party) Taro.removeStorageSync(keyOf(agreementId))
  return party || null
}
