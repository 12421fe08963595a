import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseQueueSort, CaseSummary } from '@ccs/shared/applications/application-schemas'
import { formatDate, formatMoment } from '../../../lib/format-date'

interface Props {
  cases: CaseSummary[]
  /** The case open in the pane beside the table. */
  chosen: string | null
  onChoose(id: string): void
  sort: CaseQueueSort
  onSort(sort: CaseQueueSort): void
}

const rowId = (item: CaseSummary) => `queue-row-${item.id}`
const moves: Record<string, 1 | -1> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }

/** A column the queue can be ordered by: a button in its heading; the order in force has an arrow and aria-sort. */
function SortHeading({ sort, label, current, onSort }: { sort: CaseQueueSort; label: string; current: CaseQueueSort; onSort(sort: CaseQueueSort): void }) {
  const on = sort === current
  return (
    <View role='columnheader' className='desk-table__cell' aria-sort={on ? (sort === 'due' ? 'ascending' : 'descending') : 'none'}>
      <Tappable id={`case-sort-${sort}`} className='desk-table__sort' aria-pressed={on} onClick={() => onSort(sort)}>
        {on ? `${label} ${sort === 'due' ? '↑' : '↓'}` : label}
      </Tappable>
    </View>
  )
}

/**
 * 我的待办 at a desk: one line a case, the columns the phone's card shows (the child as the queue names it, the
 * programme as this post may know it). One row is in the Tab order; ↑/↓ (or j/k) move between rows, Enter or a click
 * opens the case beside the table, and Tab goes on to the paging and the open case.
 */
export default function CaseTable({ cases, chosen, onChoose, sort, onSort }: Props) {
  const focusIndex = Math.max(0, cases.findIndex((item) => item.id === chosen))
  const onKeyDown = (event: { key: string; target: EventTarget | null; preventDefault(): void }) => {
    const at = cases.findIndex((item) => (event.target as HTMLElement | null)?.id === rowId(item))
    if (at < 0) return
    if (event.key === 'Enter') {
      event.preventDefault()
      onChoose(cases[at]!.id)
      return
    }
    const move = moves[event.key]
    const next = move === undefined ? undefined : cases[at + move]
    if (!next) return
    event.preventDefault()
    document.getElementById(rowId(next))?.focus()
  }

  return (
    // Taro's View types leave out keyboard props that its H5 element (a div) takes.
    <View id='case-table' role='grid' aria-label='我的待办' className='desk-table case-table' {...({ onKeyDown } as object)}>
      <View role='row' className='desk-table__head'>
        <View role='columnheader' className='desk-table__cell'>编号</View>
        <View role='columnheader' className='desk-table__cell'>儿童</View>
        <View role='columnheader' className='desk-table__cell'>项目</View>
        <View role='columnheader' className='desk-table__cell'>办理环节</View>
        <SortHeading sort='due' label='截止日期' current={sort} onSort={onSort} />
        <SortHeading sort='submitted' label='提交时间' current={sort} onSort={onSort} />
      </View>
      {cases.map((item, index) => (
        <View
          key={item.id}
          id={rowId(item)}
          role='row'
          {...({ tabIndex: index === focusIndex ? 0 : -1 } as object)}
          aria-selected={item.id === chosen}
          className={`desk-table__row${item.id === chosen ? ' desk-table__row--chosen' : ''}`}
          onClick={() => onChoose(item.id)}
        >
          <View role='gridcell' className='desk-table__cell'>{item.reference ?? '—'}</View>
          <View role='gridcell' className='desk-table__cell'>
            <Text className='desk-table__strong'>{item.childName}</Text>
            <Text className='desk-table__sub'>{item.region.name}</Text>
          </View>
          <View role='gridcell' className='desk-table__cell'>{item.programmeName}</View>
          <View role='gridcell' className='desk-table__cell'>
            <Text>{item.statusLabel}</Text>
            {item.missingDocumentCount > 0 && <Text className='desk-table__sub staff__warn'>还缺 {item.missingDocumentCount} 份照片</Text>}
          </View>
          <View role='gridcell' className='desk-table__cell'>
            {item.dueDate ? <Text className={item.overdue ? 'desk-table__overdue' : undefined}>{item.overdue ? `已超期 ${formatDate(item.dueDate)}` : formatDate(item.dueDate)}</Text> : '—'}
          </View>
          <View role='gridcell' className='desk-table__cell'>{item.submittedAt ? formatMoment(item.submittedAt) : '—'}</View>
        </View>
      ))}
    </View>
  )
}
