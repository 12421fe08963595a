import { Text } from '@tarojs/components'
import { roleNames } from '@ccs/shared/auth/roles'
import type { StaffImportReport } from '@ccs/shared/staff/staff-import-schemas'
import ImportReport from './import-report'

/** An imported roster: each refused row and why, or, when all are in, each row's one-time password to hand over. */
export default function RosterImportReport({ report }: { report: StaffImportReport }) {
  return (
    <ImportReport
      report={report}
      idPrefix=''
      thing='账号'
      imported={`已导入${report.rows.length}个账号。请把临时密码分别告诉本人，第一次登录时要换成自己的密码。`}
      heading={(row) =>
        `第${row.row}行：${row.name || '（没有姓名）'} ${row.username}${row.role ? ` · ${roleNames[row.role]}` : ''}${row.regionName ? ` · ${row.regionName}` : ''}`
      }
      footer={(row) =>
        row.initialPassword ? (
          <Text className='staff__line'>临时密码：{row.initialPassword}</Text>
        ) : (
          report.status === 'imported' && <Text className='staff__line muted'>本人已设置自己的密码</Text>
        )
      }
    />
  )
}
