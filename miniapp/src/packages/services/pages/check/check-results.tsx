import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { factQuestions } from '@ccs/shared/rules/child-facts'
import type { ProgrammeId } from '@ccs/shared/rules/programmes'
import { privateFacts } from '@ccs/shared/services/check-questions'
import { checkEntitlements, type Entitlement } from '@ccs/shared/services/entitlement-check'
import { centralUrbanDistricts } from '@ccs/shared/services/load-service-lists'
import type { ListedServiceItem } from '@ccs/shared/services/service-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchRegionServices } from '../../api/services-api'
import { openItem } from '../../components/item-card'
import type { StoredCheck } from '../../lib/check-answers'
import { appParameters, useFreshParameters } from '../../../../lib/app-parameters'
import PageFrame from '../../../../components/page-frame'
import StepTitle from '../../../../components/step-title'

interface Props {
  check: StoredCheck
  onChange(): void
  onRestart(): void
  onApply(programme: ProgrammeId): void
}

/** An amount in yuan, not a note that the local standard is still to be entered. */
const hasFigure = ({ amount }: Entitlement) =>
  amount?.monthly !== undefined || amount?.perYear !== undefined || amount?.perSchoolYear !== undefined

const missingText = (entitlement: Entitlement) =>
  entitlement.missingFacts.map((fact) => factQuestions[fact]).join('；')

function EntitlementCard({ entitlement, onApply }: { entitlement: Entitlement; onApply(programme: ProgrammeId): void }) {
  const { item } = entitlement
  return (
    <View id={`entitlement-${item.id}`} className='card services__card'>
      <Text className='services__title'>{item.title}</Text>
      {entitlement.amount && !entitlement.amount.missingFacts?.length && (
        <Text id={`entitlement-${item.id}-amount`} className={hasFigure(entitlement) ? 'services__amount' : 'services__line muted'}>
          {entitlement.amount.text}
        </Text>
      )}
      {entitlement.amount?.notes?.map((note) => (
        <Text key={note} id={`entitlement-${item.id}-note`} className='services__line services__missing'>{note}</Text>
      ))}
      {entitlement.reasons.map((reason) => (
        <Text key={reason.text} className='services__line'>· {reason.text}</Text>
      ))}
      {entitlement.missingFacts.length > 0 && <Text className='services__line services__missing'>还要确认：{missingText(entitlement)}</Text>}
      {entitlement.handledAt === 'hukou' && entitlement.crossRegion && (
        <Text className='services__notice'>由户口所在地办理。{entitlement.crossRegion}</Text>
      )}
      <Tappable id={`entitlement-${item.id}-open`} className='text-link' onClick={() => openItem(item.id)}>
        怎么办、去哪里办 ›
      </Tappable>
      {entitlement.canApply && item.programme && (
        <Button
          id={`entitlement-${item.id}-apply`}
          className='services__button'
          type='primary'
          size='xlarge'
          block
          onClick={() => onApply(item.programme!)}
        >
          马上申请
        </Button>
      )}
    </View>
  )
}

/** A service (not money) the child can use: its name and why, the whole card opening how to get it. */
function ServiceCard({ entitlement }: { entitlement: Entitlement }) {
  const { item } = entitlement
  const why = entitlement.reasons.map((reason) => reason.text).slice(0, 2).join('；')
  return (
    <Tappable id={`entitlement-${item.id}`} className='tap-card' onClick={() => openItem(item.id)}>
      <Text className='tap-card__title'>{item.title}</Text>
      {why && <Text className='tap-card__line'>{why}</Text>}
      <Text id={`entitlement-${item.id}-open`} className='tap-card__line services__link'>怎么办、去哪里办 ›</Text>
    </Tappable>
  )
}

/** What the child can use here: what applies, what may apply once something is confirmed, and (folded) what does not. */
export default function CheckResults({ check, onChange, onRestart, onApply }: Props) {
  const [items, setItems] = useState<ListedServiceItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [showOthers, setShowOthers] = useState(false)
  const regionCode = check.residence?.code ?? '52'
  useFreshParameters([regionCode])

  async function load() {
    setError(null)
    try {
      setItems((await fetchRegionServices(regionCode)).items)
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useEffect(() => {
    void load()
  }, [regionCode])

  if (!items) {
    return (
      <PageFrame className='services'>
        {error ? <Text className='form-error'>{error}</Text> : <Text className='services__line muted'>正在看孩子能享受什么…</Text>}
        {error && (
          <Button type='primary' fill='outline' size='large' onClick={() => void load()}>
            重新加载
          </Button>
        )}
      </PageFrame>
    )
  }

  const results = checkEntitlements(items, check.answers, {
    date: toIsoDate(new Date()),
    params: appParameters(regionCode),
    centralUrbanDistricts: centralUrbanDistricts(regionCode),
  })
  const allowances = results.filter((result) => result.applies === true && result.item.programme)
  const services = results.filter((result) => result.applies === true && !result.item.programme)
  // Health questions (HIV) are never asked here: such items are pointed to privately instead of listed.
  const isPrivate = (result: Entitlement) => result.missingFacts.some((fact) => privateFacts.includes(fact))
  const maybe = results.filter((result) => result.applies === 'unknown' && !isPrivate(result))
  const privateCount = results.filter((result) => result.applies === 'unknown' && isPrivate(result)).length
  const others = results.filter((result) => result.applies === false)

  return (
    <PageFrame id='check-results' className='services'>
      <StepTitle id='check-results-title'>孩子在这里可以享受的</StepTitle>
      <Text className='services__line muted'>这是按您的回答估算的结果，最后以部门审核为准。</Text>
      {allowances.length > 0 && (
        <>
          <Text className='services__section'>可以申请的补贴（{allowances.length}项）</Text>
          {allowances.map((entitlement) => <EntitlementCard key={entitlement.item.id} entitlement={entitlement} onApply={onApply} />)}
        </>
      )}
      <Text className='services__section'>孩子在这里可以用的服务（{services.length}项）</Text>
      {services.map((entitlement) => <ServiceCard key={entitlement.item.id} entitlement={entitlement} />)}
      {maybe.length > 0 && (
        <>
          <Text className='services__section'>可能可以享受，还要确认（{maybe.length}项）</Text>
          {maybe.map((entitlement) => <EntitlementCard key={entitlement.item.id} entitlement={entitlement} onApply={onApply} />)}
        </>
      )}
      {privateCount > 0 && (
        <Text className='services__line muted'>还有的补贴和孩子的健康隐私有关，这里不问。需要的话，可以私下问村（社区）儿童主任或县民政局。</Text>
      )}
      {others.length > 0 && (
        <Tappable id='check-others' className='text-link' onClick={() => setShowOthers(!showOthers)}>
          {showOthers ? '收起' : `看看不符合的项目和原因（${others.length}项）`}
        </Tappable>
      )}
      {showOthers &&
        others.map((entitlement) => (
          <View key={entitlement.item.id} id={`entitlement-${entitlement.item.id}`} className='tap-card'>
            <Text className='tap-card__title'>{entitlement.item.title}</Text>
            {entitlement.reasons.map((reason) => (
              <Text key={reason.text} className='tap-card__line'>{reason.text}</Text>
            ))}
          </View>
        ))}
      <Button id='check-change' className='services__button' type='primary' fill='outline' size='large' block onClick={onChange}>
        修改回答
      </Button>
      <Tappable id='check-restart' className='text-link' onClick={onRestart}>
        清空回答，重新开始
      </Tappable>
    </PageFrame>
  )
}
