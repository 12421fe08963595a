import { useCallback, useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import type { ChildFile } from '@ccs/shared/applications/application-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchChildFile } from '../../api/staff-cases-api'
import { casePage, DueLine } from '../../components/case-row'
import { formatDate, formatMoment } from '../../../../lib/format-date'
import '../staff.scss'
import DeskFrame from '../../components/desk-frame'
import IncompleteLink from '../../../../components/incomplete-link'

/** 一人一档 (001 二（二）8): who the child is, every application, what was granted from when, and each home visit. */
function ChildFileView({ id }: { id: string }) {
  const [file, setFile] = useState<ChildFile | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    setError(null)
    fetchChildFile(id)
      .then(setFile)
      .catch((e: unknown) => setError(errorMessageOf(e)))
  }, [id])
  useEffect(load, [load])

  if (!file) {
    return (
      <DeskFrame layout='reading'>
        {error ? (
          <View className='inline-error'>
            <Text id='child-file-error' className='form-error'>{error}</Text>
            <Tappable className='text-link' onClick={load}>
              重试
            </Tappable>
          </View>
        ) : (
          <Text className='page-lead muted'>正在加载…</Text>
        )}
      </DeskFrame>
    )
  }

  const { child } = file
  return (
    <DeskFrame id='child-file' layout='reading'>
      <View className='card staff__card'>
        <Text className='page-title'>{child.name}</Text>
        <Text className='staff__line'>身份证号码：{child.residentId}</Text>
        <Text className='staff__line'>
          {child.sex === 'female' ? '女' : '男'}，{formatDate(child.birthDate)} 出生
        </Text>
        <Text className='staff__line'>户籍地：{child.hukouRegion.name}</Text>
        {child.residenceRegion && <Text className='staff__line'>现居住地：{child.residenceRegion.name}</Text>}
      </View>

      <View id='child-grants' className='card staff__card'>
        <Text className='staff__title'>已享受的待遇</Text>
        {file.grants.length === 0 && <Text className='staff__line muted'>还没有批准的待遇。</Text>}
        {file.grants.map((grant) => (
          <View key={grant.applicationId} className='history__entry'>
            <Text className='history__label'>{grant.programmeName}</Text>
            <Text className='staff__line'>{grant.summary}</Text>
            <Text className='history__meta'>{grant.text}</Text>
            <Text className='history__meta'>自 {formatDate(grant.paymentFrom)} 起发放</Text>
          </View>
        ))}
      </View>

      <View id='child-applications' className='card staff__card'>
        <Text className='staff__title'>申请记录</Text>
        {file.applications.length === 0 && <Text className='staff__line muted'>没有您可以查看的申请。</Text>}
        {file.applications.map((item) => (
          <Tappable
            key={item.id}
            id={`child-application-${item.id}`}
            className='history__entry'
            onClick={() => void Taro.navigateTo({ url: casePage(item.id) })}
          >
            <Text className='history__label'>{item.programmeName}</Text>
            <Text className='staff__line'>{item.statusLabel}</Text>
            {item.submittedAt && <Text className='history__meta'>提交于 {formatMoment(item.submittedAt)}</Text>}
            {item.status !== 'approved' && item.status !== 'rejected' && <DueLine dueDate={item.dueDate} overdue={item.overdue} />}
            <Text className='text-link text-link--left'>查看这份申请</Text>
          </Tappable>
        ))}
      </View>

      <View id='child-visits' className='card staff__card'>
        <Text className='staff__title'>入户核实记录</Text>
        {file.visits.length === 0 && <Text className='staff__line muted'>还没有入户核实记录。</Text>}
        {file.visits.map((visit, index) => (
          <View key={`${visit.applicationId}-${index}`} className='history__entry'>
            <Text className='history__meta'>
              {formatMoment(visit.at)}
              {visit.by ? ` · ${visit.by}` : ''}
            </Text>
            <Text className='staff__line'>{visit.notes}</Text>
          </View>
        ))}
      </View>
    </DeskFrame>
  )
}

export default function ChildFilePage() {
  const { id } = useRouter().params
  return id ? <ChildFileView id={id} /> : <IncompleteLink reopenFrom='我的待办' block='staff' />
}
