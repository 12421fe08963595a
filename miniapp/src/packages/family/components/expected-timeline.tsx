import { Text, View } from '@tarojs/components'
import type { Application } from '@ccs/shared/applications/application-schemas'
import type { ReviewStatus } from '@ccs/shared/applications/application-status'
import { stageTimeLimit } from '@ccs/shared/applications/programme-routing'
import { crossRegionScope, crossRegionWords } from '@ccs/shared/regions/cross-region-scope'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { optionalValueIn } from '@ccs/shared/rules/parameters'
import { appParameters } from '../../../lib/app-parameters'

const stageNames: Record<ReviewStatus, string> = {
  crossRegionHandover: '现居住地乡镇（街道）受理，转交户籍地',
  handedOver: '户籍地民政部门答复是否受理',
  villageVerification: '村（社区）儿童主任上门核实',
  townshipReview: '乡镇（街道）审核',
  countyApproval: '县民政局审批',
}

/**
 * The road ahead (village → township → county) with each stage's time limit in working days; a case for the hukou
 * place goes there instead, said 跨省 only when the provinces differ (`crossRegionScope`).
 */
export default function ExpectedTimeline({ app }: { app: Application }) {
  const regionCode = app.routing?.region.code ?? app.child.hukouRegion.code
  const today = toIsoDate(new Date())
  const handling = app.routing?.crossRegion ? crossRegionWords[crossRegionScope(app.child.hukouRegion.code, regionCode)].handling : null
  const stages: ReviewStatus[] = handling
    ? ['crossRegionHandover', 'handedOver']
    : ['villageVerification', 'townshipReview', 'countyApproval']
  return (
    <View id='expected-timeline' className='card family__card'>
      <Text className='family__title'>接下来怎么办</Text>
      {stages.map((stage, index) => {
        const days = optionalValueIn(appParameters(regionCode), stageTimeLimit(app.programme, stage), regionCode, today)
        return (
          <Text key={stage} className='family__line'>
            {index + 1}. {stage === 'crossRegionHandover' ? `${handling}：` : ''}{stageNames[stage]}{days === undefined ? '' : `，约 ${days} 个工作日`}
          </Text>
        )
      })}
      <Text className='family__line'>
        {stages.length + 1}. {handling ? '户籍地受理后，由户籍地核实、审核、审批并发放' : '批准后，从下个月起按月发放'}
      </Text>
      <Text className='family__line muted'>每一步办到哪里、谁在办，都可以在“我的申请”里查看。</Text>
    </View>
  )
}
