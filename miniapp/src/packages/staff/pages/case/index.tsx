import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchCase } from '../../api/staff-cases-api'
import CaseActionsPanel from '../../components/case-actions-panel'
import CaseApplicant from '../../components/case-applicant'
import CaseChild from '../../components/case-child'
import CaseDocuments from '../../components/case-documents'
import CaseEvaluation from '../../components/case-evaluation'
import CaseFacts from '../../components/case-facts'
import CaseHistory from '../../components/case-history'
import { DueLine } from '../../components/case-row'
import '../staff.scss'
import PageFrame from '../../../../components/page-frame'
import IncompleteLink from '../../../../components/incomplete-link'

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

/** 办理申请: everything a reviewer needs on one page, then the actions open to them. */
function CaseView({ id }: { id: string }) {
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

  if (!detail) {
    return (
      <PageFrame className='staff'>
        {error ? (
          <View className='inline-error'>
            <Text id='case-load-error' className='form-error'>{error}</Text>
            <Tappable className='text-link' onClick={firstLoad}>
              重试
            </Tappable>
          </View>
        ) : (
          <Text className='page-lead muted'>正在加载…</Text>
        )}
      </PageFrame>
    )
  }

  return (
    <PageFrame className='staff'>
      <CaseStatus detail={detail} />
      <CaseChild detail={detail} />
      <CaseApplicant applicant={detail.applicant} />
      <CaseFacts detail={detail} />
      <CaseEvaluation evaluation={detail.evaluation} />
      <CaseDocuments detail={detail} />
      <CaseHistory entries={detail.timeline} />
      <CaseActionsPanel detail={detail} onDone={setDetail} onRefresh={load} />
    </PageFrame>
  )
}

export default function CasePage() {
  const { id } = useRouter().params
  return id ? <CaseView id={id} /> : <IncompleteLink reopenFrom='我的待办' block='staff' />
}
