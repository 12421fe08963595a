import { Text, View } from '@tarojs/components'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { agreementParties, agreementPartyLabels } from '@ccs/shared/agreements/agreement-status'
import { formatMoment } from '../../../lib/format-date'

/** Who has signed the sealed content and when, and once sealed its 防伪码 with the full fingerprint (SHA-256) below. */
export default function SignaturesPanel({ agreement }: { agreement: Agreement }) {
  return (
    <View id='agreement-signatures' className='card agreements__card'>
      <Text className='agreements__title'>签字</Text>
      {agreementParties.map((party) => {
        const signature = agreement.signatures.find((each) => each.party === party)
        return (
          <Text key={party} id={`signature-${party}`} className='agreements__line'>
            {agreementPartyLabels[party]}：
            {signature ? (
              <Text className='agreements__ok'>{signature.name} 已于 {formatMoment(signature.at)} 签字</Text>
            ) : (
              <Text className='agreements__missing'>还没有签字</Text>
            )}
          </Text>
        )
      })}
      {agreement.voidedSignatures.length > 0 && (
        <Text id='signatures-voided' className='agreements__notice'>
          协议内容改过了，之前的签字已作废，请各方重新签字。
        </Text>
      )}
      {agreement.checkCode && (
        <Text className='agreements__line'>
          防伪码：<Text id='agreement-check-code' className='agreements__check-code'>{agreement.checkCode}</Text>
        </Text>
      )}
      {agreement.contentHash && (
        <>
          <Text className='agreements__line muted'>完整校验值（协议内容改动任何一个字都会变）：</Text>
          <Text id='agreement-hash' className='agreements__hash muted'>{agreement.contentHash}</Text>
        </>
      )}
    </View>
  )
}
