import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import type { CaseQueueSort, CaseSummary } from '@ccs/shared/applications/application-schemas'
import { reviewStatuses, type ReviewStatus } from '@ccs/shared/applications/application-status'
import { programmes, type ProgrammeId } from '@ccs/shared/rules/programmes'
import { errorMessageOf } from '../../../api/api-error'
import { fetchCaseQueue } from '../api/staff-cases-api'
import CaseRow from './case-row'
import CaseTable from './case-table'
import CaseView from './case-view'
import { useDesk } from '../lib/use-desk'
import EmptyState from '../../../components/empty-state'
import FilterChips, { type Chip } from './filter-chips'

const pageSize = 20

/** Short names of the stages, so the row of choices stays readable; each case shows the full status. */
const stageNames: Record<ReviewStatus, string> = {
  villageVerification: '村级核实',
  townshipReview: '乡镇审核',
  countyApproval: '县级审批',
  crossRegionHandover: '转交户籍地',
  handedOver: '等户籍地答复',
}
const statusChips: Chip<ReviewStatus>[] = [
  { value: 'all', label: '全部' },
  ...reviewStatuses.map((status) => ({ value: status, label: stageNames[status] })),
]
const programmeChips: Chip<ProgrammeId>[] = [
  { value: 'all', label: '全部' },
  ...programmes.map((programme) => ({ value: programme.id, label: programme.name })),
]

/**
 * 我的待办: the cases this post holds, earliest due first, so overdue work leads (the server sorts).
 * `reloadKey` changes when the page shows again, e.g. back from a case that was just acted on.
 * At a desk: a table a page at a time, sortable, with the chosen case open beside it; an action there reloads the page.
 */
export default function CaseQueue({ reloadKey }: { reloadKey: number }) {
  const desk = useDesk()
  const [status, setStatus] = useState<ReviewStatus | 'all'>('all')
  const [programme, setProgramme] = useState<ProgrammeId | 'all'>('all')
  const [sort, setSort] = useState<CaseQueueSort>('due')
  const [chosen, setChosen] = useState<string | null>(null)
  const [changed, setChanged] = useState(0)
  const [cases, setCases] = useState<CaseSummary[]>([])
  const [total, setTotal] = useState(0)
  const [page, setPage] = useState(1)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Answers to an older filter choice must not overwrite the list of the current one.
  const latest = useRef(0)

  const load = useCallback(
    async (nextPage: number) => {
      const ticket = ++latest.current
      setLoading(true)
      setError(null)
      try {
        const result = await fetchCaseQueue({
          status: status === 'all' ? undefined : status,
          programme: programme === 'all' ? undefined : programme,
          sort,
          page: nextPage,
          pageSize,
        })
        if (ticket !== latest.current) return
        // A phone adds the next page under the list; a desk turns the page.
        setCases((current) => (nextPage === 1 || desk ? result.cases : [...current, ...result.cases]))
        setTotal(result.total)
        setPage(nextPage)
      } catch (e) {
        if (ticket === latest.current) setError(errorMessageOf(e))
      } finally {
        if (ticket === latest.current) setLoading(false)
      }
    },
    [status, programme, sort, desk],
  )

  useEffect(() => {
    void load(1)
  }, [load, reloadKey])

  // After an action in the pane the case may have left this post's queue: the same page again, read afresh.
  useEffect(() => {
    if (changed > 0) void load(page)
  }, [changed])

  const overdueCount = cases.filter((item) => item.overdue).length
  const showAll = () => {
    setStatus('all')
    setProgramme('all')
  }

  const head = (
    <>
      <Text className='section-title'>我的待办</Text>
      <FilterChips<ReviewStatus> idPrefix='filter-status' title='按办理环节' chips={statusChips} selected={status} onSelect={setStatus} />
      <FilterChips<ProgrammeId> idPrefix='filter-programme' title='按项目' chips={programmeChips} selected={programme} onSelect={setProgramme} />
      <Text id='case-queue-count' className='staff__line muted'>
        {loading && cases.length === 0 ? '正在加载…' : `共 ${total} 件${overdueCount > 0 ? `，${desk ? '本页' : '其中'} ${overdueCount} 件已超期` : ''}`}
      </Text>
      {error && (
        <View className='inline-error'>
          <Text className='form-error'>{error}</Text>
          <Tappable className='text-link' onClick={() => void load(1)}>
            重试
          </Tappable>
        </View>
      )}
      {!loading && !error && total === 0 &&
        (status === 'all' && programme === 'all' ? (
          <EmptyState id='case-queue-empty' text='现在没有需要您办理的申请。家长提交的新申请会出现在这里。' actionId='case-queue-reload' action='刷新看看' onAction={() => void load(1)} />
        ) : (
          <EmptyState id='case-queue-empty' text='这样筛选没有待办的申请，其他环节或项目可能还有。' actionId='case-queue-show-all' action='看全部待办' onAction={showAll} />
        ))}
    </>
  )

  if (desk) {
    const pages = Math.max(1, Math.ceil(total / pageSize))
    return (
      <View id='case-queue' className='desk-columns'>
        <View className='desk-columns__main'>
          {head}
          {cases.length > 0 && <CaseTable cases={cases} chosen={chosen} onChoose={setChosen} sort={sort} onSort={setSort} />}
          {pages > 1 && (
            <View id='case-pager' className='desk-pager'>
              <Button id='case-page-previous' type='default' disabled={loading || page <= 1} onClick={() => void load(page - 1)}>
                上一页
              </Button>
              <Text>
                第 {page} 页，共 {pages} 页
              </Text>
              <Button id='case-page-next' type='default' disabled={loading || page >= pages} onClick={() => void load(page + 1)}>
                下一页
              </Button>
            </View>
          )}
        </View>
        {/* Nothing opens by itself: every look at a case is written to the audit log as that staff member's. */}
        <View id='case-pane' role='region' aria-label='选中的申请' className='desk-columns__side'>
          {chosen ? (
            <CaseView key={chosen} id={chosen} onChanged={() => setChanged((count) => count + 1)} />
          ) : (
            <Text className='staff__empty'>在表格里选一件申请（点一下，或用 ↑↓ 键选中后按回车），它会在这里打开，可以直接办理。</Text>
          )}
        </View>
      </View>
    )
  }

  return (
    <View id='case-queue'>
      {head}
      {cases.map((item) => (
        <CaseRow key={item.id} item={item} />
      ))}
      {cases.length < total && (
        <Button id='case-queue-more' className='staff__submit' type='default' size='large' block disabled={loading} onClick={() => void load(page + 1)}>
          {loading ? '正在加载…' : `加载更多（还有 ${total - cases.length} 件）`}
        </Button>
      )}
    </View>
  )
}
