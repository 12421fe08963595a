import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import type { Child } from '@ccs/shared/children/child-schemas'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import { amountWithNotes } from '@ccs/shared/rules/programme'
import { programmes, type ProgrammeId } from '@ccs/shared/rules/programmes'
import { ruleContextFor } from '../../lib/rule-context'

/** Who each programme is for, in a grandparent's words (docs/policy.md "Money"). */
const forWhom: Record<ProgrammeId, string> = {
  orphanAllowance: '父母双方都已去世或查找不到的孩子',
  deFactoUnsupportedAllowance: '父母都不能抚养（如服刑、重病、重残、失联）的孩子',
  hivChildAllowance: '感染艾滋病病毒的孩子',
  specialHardshipGrant: '农村低保家庭、正在上小学或初中的孩子',
  lotteryStudyGrant: '满18周岁、在读大学或职业学校的孤儿',
  childRehabilitation: '0至6岁的残疾孩子',
  severeDisabilityCareSubsidy: '重度残疾的孩子',
  hardshipDisabilityLivingSubsidy: '低保家庭的残疾孩子',
  temporaryAssistance: '家里突然遭遇火灾、重病、事故等急难',
}

/**
 * What the app can say about a programme before any question: the amount when already computable (a
 * figure, or a plain note such as "set by staff"), or why the child may not qualify.
 */
function preview(programme: (typeof programmes)[number], child: Child, facts: ChildFacts): { amount?: string; note?: string; against?: string } {
  const { date, regionCode, params } = ruleContextFor(programme.id, child)
  const eligibility = programme.eligibility(facts, date, regionCode, params)
  if (eligibility.eligible === false) return { against: eligibility.reasons.map((reason) => reason.text).join('；') }
  try {
    const amount = programme.amount(facts, date, regionCode, params)
    if (amount.missingFacts?.length) return {}
    const figure = amount.monthly ?? amount.perYear ?? amount.perSchoolYear
    return figure === undefined ? { note: amount.text } : { amount: amountWithNotes(amount) }
  } catch {
    return {}
  }
}

interface Props {
  child: Child
  facts: ChildFacts
  busy: boolean
  onPick(programme: ProgrammeId): void
}

/** The nine programmes by name; the expected amount where it is already known from the child record. */
export default function ProgrammeList({ child, facts, busy, onPick }: Props) {
  return (
    <View id='screen-programme'>
      <Text className='page-title'>为{child.name}申请哪一项？</Text>
      <Text className='page-lead muted'>选一项。接下来只问这一项需要的问题。</Text>
      {programmes.map((programme) => {
        const { amount, note, against } = preview(programme, child, facts)
        return (
          <Tappable
            key={programme.id}
            id={`programme-${programme.id}`}
            className='card family__card'
            onClick={() => !busy && onPick(programme.id)}
          >
            <Text className='family__title'>{programme.name}</Text>
            <Text className='family__line muted'>{forWhom[programme.id]}</Text>
            {amount && <Text className='family__amount'>{amount}</Text>}
            {note && <Text className='family__line'>{note}</Text>}
            {against && <Text className='family__line muted'>可能不符合：{against}</Text>}
          </Tappable>
        )
      })}
    </View>
  )
}
