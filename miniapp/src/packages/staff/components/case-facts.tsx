import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { factQuestions } from '@ccs/shared/rules/child-facts'
import { factLines } from '../lib/fact-lines'

/** What the family told us, question by question, and what the rules still need to know. */
export default function CaseFacts({ detail }: { detail: CaseDetail }) {
  const lines = factLines(detail.facts, [detail.child.hukouRegion, detail.child.residenceRegion])
  return (
    <View id='case-facts' className='card staff__card'>
      <Text className='staff__title'>家长填写的情况</Text>
      {lines.map((line) => (
        <View key={line.fact} id={`fact-${line.fact}`} className='fact'>
          <Text className='fact__question'>{line.question}</Text>
          <Text className='fact__answer'>{line.answer}</Text>
        </View>
      ))}
      {detail.withheld && (
        <Text id='case-withheld' className='staff__line'>
          部分情况和材料仅限县级审批人员查看，入户核实请按家庭实际情况记录。
        </Text>
      )}
      {detail.evaluation.missingFacts.length > 0 && (
        <View className='fact'>
          <Text className='fact__question staff__warn'>还不清楚的情况</Text>
          {detail.evaluation.missingFacts.map((fact) => (
            <Text key={fact} className='staff__line'>
              · {factQuestions[fact as keyof typeof factQuestions] ?? fact}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
