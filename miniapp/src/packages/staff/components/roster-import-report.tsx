import { Text, View } from '@tarojs/components'
import { roleNames } from '@ccs/shared/auth/roles'
import type { StaffImportReport } from '@ccs/shared/staff/staff-import-schemas'

/**
 * What became of each row of an imported roster: when any row is refused, nothing was imported and each refused
 * row says which column is wrong and why; when all are in, each row's one-time password to hand over.
 */
export default function RosterImportReport({ report }: { report: StaffImportReport }) {
  const refused = report.rows.filter((row) => row.problems.length > 0)
  return (
    <View id='import-report' className='card staff__card'>
      {report.status === 'refused' ? (
        <Text id='import-summary' className='staff__verdict staff__warn'>
          有{refused.length}行不对，一个账号也没有导入。请按下面的说明改好表格，再上传一次。
        </Text>
      ) : (
        <Text id='import-summary' className='staff__verdict staff__ok'>
          已导入{report.rows.length}个账号。请把临时密码分别告诉本人，第一次登录时要换成自己的密码。
        </Text>
      )}
      {(report.status === 'refused' ? refused : report.rows).map((row) => (
        <View key={row.row} id={`import-row-${row.row}`} className='staff__card'>
          <Text className='staff__subtitle'>
            第{row.row}行：{row.name || '（没有姓名）'} {row.username}
            {row.role ? ` · ${roleNames[row.role]}` : ''}
            {row.regionName ? ` · ${row.regionName}` : ''}
          </Text>
          {row.problems.map((problem) => (
            <Text key={problem.column} className='staff__line staff__warn'>
              ✗ {problem.column}：{problem.message}
            </Text>
          ))}
          {row.initialPassword && <Text className='staff__line'>临时密码：{row.initialPassword}</Text>}
          {report.status === 'imported' && !row.initialPassword && <Text className='staff__line muted'>本人已设置自己的密码</Text>}
        </View>
      ))}
    </View>
  )
}
