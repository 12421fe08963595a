import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { policyTitleOf } from '@ccs/shared/rules/policy-titles'

const verdicts = {
  yes: '按填写的情况，符合条件',
  no: '按填写的情况，不符合条件',
  unknown: '还不能判断，缺少部分情况',
}

/** The rules' verdict on today's facts with each reason and the policy it comes from; staff decide, the rules advise. */
export default function CaseEvaluation({ evaluation }: { evaluation: CaseDetail['evaluation'] }) {
  const verdict = evaluation.eligible === 'unknown' ? verdicts.unknown : evaluation.eligible ? verdicts.yes : verdicts.no
  const tone = evaluation.eligible === true ? 'staff__ok' : evaluation.eligible === false ? 'staff__warn' : ''
  return (
    <View id='case-evaluation' className='card staff__card'>
      <Text className='staff__title'>政策核对</Text>
      <Text id='case-verdict' className={`staff__verdict ${tone}`}>
        {evaluation.eligible === true ? '✓ ' : evaluation.eligible === false ? '✗ ' : '? '}
        {verdict}
      </Text>
      {evaluation.reasons.map((reason, index) => (
        <View key={index} className='reason'>
          <Text className='staff__line'>{reason.text}</Text>
          <Text className='reason__source'>依据：{policyTitleOf(reason.source)}</Text>
        </View>
      ))}
      <Text className='staff__subtitle'>金额</Text>
      <Text id='case-amount-text' className='staff__line'>{evaluation.amountText}</Text>
    </View>
  )
}
