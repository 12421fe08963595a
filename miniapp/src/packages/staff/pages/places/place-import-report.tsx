import type { PlaceImportReport } from '@ccs/shared/places/place-import-schemas'
import ImportReport from '../../components/import-report'

const outcomeWords = { added: '新添加', updated: '已更新', unchanged: '没有变化' } as const

/** An imported sheet of places: each refused row and why, or what each row added or changed. */
export default function PlaceImportReportCard({ report }: { report: PlaceImportReport }) {
  const count = (outcome: keyof typeof outcomeWords) => report.rows.filter((row) => row.outcome === outcome).length
  return (
    <ImportReport
      report={report}
      idPrefix='place-'
      thing='场所'
      imported={`已导入${report.rows.length}行：新添加${count('added')}个，更新${count('updated')}个，${count('unchanged')}个没有变化。家长现在就能看到。`}
      heading={(row) => `第${row.row}行：${row.name || '（没有名称）'}${row.outcome ? ` · ${outcomeWords[row.outcome]}` : ''}`}
    />
  )
}
