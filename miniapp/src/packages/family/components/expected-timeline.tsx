import { Text, View } from '@tarojs/components'
import type { Application } from '@ccs/shared/applications/application-schemas'
import type { ReviewStatus } from '@ccs/shared/applications/application-status'
import { stageTimeLimit } from '@ccs/shared/applications/programme-routing'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { optionalValueIn } from '@ccs/shared/rules/parameters'
import { appParameters } from '../../../lib/app-parameters'

const stageNames: Record<ReviewStatus, string> = {
  crossRegionHandover: '现居住地乡镇（街道）受理，转交户籍地',
  villageVerification: '村（社区）儿童主任上门核实',
  townshipReview: '乡镇（街道）审核',
  countyApproval: '县民政局审批',
}

/** The road ahead (village → township → county) with each stage's time limit in working days. */
export default function ExpectedTimeline({ app }: { app: Application }) {
  const regionCode = app.routing?.region.code ?? app.child.hukouRegion.code
  const today = toIsoDate(new Date())
  const stages: ReviewStatus[] = [
    ...(app.routing?.crossRegion ? (['crossRegionHandover'] as const) : []),
    'villageVerification',
    'townshipReview',
    'countyApproval',
  ]
  return (
    <View id='expected-timeline' className='card family__card'>
      <Text className='family__title'>接下来怎么办</Text>
      {stages.map((stage, index) => {
        const days = optionalValueIn(appParameters(regionCode), stageTimeLimit(app.programme, stage), regionCode, today)
        return (
          <Text key={stage} className='family__line'>
            {index + 1}. {stageNames[stage]}{days === undefined ? '' : `，约 ${days} 个工作日`}
          </Text>
        )
      })}
      <Text className='family__line'>{stages.length + 1}. 批准后，从下个月起按月发放</Text>
      <Text className='family__line muted'>每一步办到哪里、谁在办，都可以在“我的申请”里查看。</Text>
    </View>
  )
}
