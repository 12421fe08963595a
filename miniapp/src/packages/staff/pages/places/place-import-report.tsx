import { Text, View } from '@tarojs/components'
import type { PlaceImportReport } from '@ccs/shared/places/place-import-schemas'

const outcomeWords = { added: '新添加', updated: '已更新', unchanged: '没有变化' } as const

/** What became of each row of an imported sheet: when any row is refused nothing was imported, and each refused row says which column and why. */
export default function PlaceImportReportCard({ report }: { report: PlaceImportReport }) {
  const refused = report.rows.filter((row) => row.problems.length > 0)
  const count = (outcome: keyof typeof outcomeWords) => report.rows.filter((row) => row.outcome === outcome).length
  return (
    <View id='place-import-report' className='card staff__card'>
      {report.status === 'refused' ? (
        <Text id='place-import-summary' className='staff__verdict staff__warn'>
          有{refused.length}行不对，一个场所也没有导入。请按下面的说明改好表格，再上传一次。
        </Text>
      ) : (
        <Text id='place-import-summary' className='staff__verdict staff__ok'>
          已导入{report.rows.length}行：新添加{count('added')}个，更新{count('updated')}个，{count('unchanged')}个没有变化。家长现在就能看到。
        </Text>
      )}
      {(report.status === 'refused' ? refused : report.rows).map((row) => (
        <View key={row.row} id={`place-import-row-${row.row}`} className='staff__card'>
          <Text className='staff__subtitle'>
            第{row.row}行：{row.name || '（没有名称）'}
            {row.outcome ? ` · ${outcomeWords[row.outcome]}` : ''}
          </Text>
          {row.problems.map((problem) => (
            <Text key={`${problem.column}:${problem.message}`} className='staff__line staff__warn'>
              ✗ {problem.column}：{problem.message}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
