import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

interface ReportRow {
  row: number
  problems: readonly { column: string; message: string }[]
}

export interface ImportReportProps<Row extends ReportRow> {
  report: { status: 'refused' | 'imported'; rows: readonly Row[] }
  /** Element ids start with it: `${idPrefix}import-report`, `…import-summary`, `…import-row-<n>`. */
  idPrefix: string
  /** What one row makes, in 一个…也没有导入 (账号, 场所). */
  thing: string
  imported: string
  heading: (row: Row) => string
  footer?: (row: Row) => ReactNode
}

/**
 * What became of each row of an imported sheet: when any row is refused nothing was imported, and each refused row
 * says which column is wrong and why; otherwise every row with what the import did to it.
 */
export default function ImportReport<Row extends ReportRow>({ report, idPrefix, thing, imported, heading, footer }: ImportReportProps<Row>) {
  const refused = report.rows.filter((row) => row.problems.length > 0)
  return (
    <View id={`${idPrefix}import-report`} className='card staff__card'>
      {report.status === 'refused' ? (
        <Text id={`${idPrefix}import-summary`} className='staff__verdict staff__warn'>
          有{refused.length}行不对，一个{thing}也没有导入。请按下面的说明改好表格，再上传一次。
        </Text>
      ) : (
        <Text id={`${idPrefix}import-summary`} className='staff__verdict staff__ok'>
          {imported}
        </Text>
      )}
      {(report.status === 'refused' ? refused : report.rows).map((row) => (
        <View key={row.row} id={`${idPrefix}import-row-${row.row}`} className='staff__card'>
          <Text className='staff__subtitle'>{heading(row)}</Text>
          {row.problems.map((problem) => (
            <Text key={`${problem.column}:${problem.message}`} className='staff__line staff__warn'>
              ✗ {problem.column}：{problem.message}
            </Text>
          ))}
          {footer?.(row)}
        </View>
      ))}
    </View>
  )
}
