import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { fetchCase } from '../api/staff-cases-api'
import CaseActionsPanel from './case-actions-panel'
import CaseApplicant from './case-applicant'
import CaseChild from './case-child'
import CaseDocuments from './case-documents'
import CaseEvaluation from './case-evaluation'
import CaseFacts from './case-facts'
import CaseHistory from './case-history'
import { DueLine } from './case-row'

/** Where the case stands now, who holds it and by when; the grant once approved. */
function CaseStatus({ detail }: { detail: CaseDetail }) {
  const { holder, grant } = detail
  return (
    <View id='case-status' className='card staff__card'>
      <Text className='staff__status'>{detail.statusLabel}</Text>
      {holder && (
        <Text className='staff__line'>
          现在由 {holder.name ? `${holder.name}（${holder.region.name} ${holder.roleName}）` : `${holder.region.name} ${holder.roleName}`} 办理
        </Text>
      )}
      <DueLine id='case-due' dueDate={detail.dueDate} overdue={detail.overdue} />
      {detail.dueProvisional && <Text className='staff__line muted'>截止日期跨过尚未公布放假安排的年份，仅供参考。</Text>}
      {detail.returnReason && <Text className='staff__line'>退回原因：{detail.returnReason}</Text>}
      {grant && (
        <View id='case-grant' className='grant'>
          <Text className='staff__line'>{grant.summary}</Text>
          <Text className='staff__line muted'>{grant.text}</Text>
        </View>
      )}
    </View>
  )
}

interface CaseViewProps {
  id: string
  /** Told after an action changed the case, so a queue beside it can show where the case went. */
  onChanged?(): void
}

/** 办理申请: everything a reviewer needs, then the actions open to them; the case page, or the pane beside the queue. */
export default function CaseView({ id, onChanged }: CaseViewProps) {
  const [detail, setDetail] = useState<CaseDetail | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setDetail(await fetchCase(id))
  }, [id])

  const firstLoad = useCallback(() => {
    setError(null)
    load().catch((e: unknown) => setError(errorMessageOf(e)))
  }, [load])

  useEffect(firstLoad, [firstLoad])

  const done = (updated: CaseDetail) => {
    setDetail(updated)
    onChanged?.()
  }

  if (!detail) {
    return error ? (
      <View className='inline-error'>
        <Text id='case-load-error' className='form-error'>{error}</Text>
        <Tappable className='text-link' onClick={firstLoad}>
          重试
        </Tappable>
      </View>
    ) : (
      <Text className='page-lead muted'>正在加载…</Text>
    )
  }

  return (
    <View>
      <CaseStatus detail={detail} />
      <CaseChild detail={detail} />
      <CaseApplicant applicant={detail.applicant} />
      <CaseFacts detail={detail} />
      <CaseEvaluation evaluation={detail.evaluation} />
      <CaseDocuments detail={detail} />
      <CaseHistory entries={detail.timeline} />
      <CaseActionsPanel detail={detail} onDone={done} onRefresh={load} />
    </View>
  )
}
