import { Text } from '@tarojs/components'
import { useSession } from '../../../../session/use-session'
import DeskFrame from '../../components/desk-frame'
import ServiceListEditor, { levelWord } from './service-list-editor'
import '../staff.scss'
import './index.scss'

/** The roles that edit and publish lists (the server's `serviceListEditors`). */
const editorRoles = ['countyOfficer', 'admin'] as const

/** 服务清单: a county officer (or admin) edits their list's draft and publishes it as a new version. */
export default function StaffServiceListPage() {
  const account = useSession()?.account
  const regionCode = account?.regionScope ?? null
  if (!account) {
    return (
      <DeskFrame layout='reading'>
        <Text className='page-lead'>请先用工作人员账号登录。</Text>
      </DeskFrame>
    )
  }
  if (!account.roles.some((role) => (editorRoles as readonly string[]).includes(role))) {
    return (
      <DeskFrame id='service-list-refused' layout='reading'>
        <Text className='page-lead'>只有县民政局工作人员和管理员可以编辑服务清单。</Text>
      </DeskFrame>
    )
  }
  if (!regionCode || !levelWord[regionCode.length]) {
    return (
      <DeskFrame id='service-list-refused' layout='reading'>
        <Text className='page-lead'>服务清单按省、市、县编制，您负责的地区没有单独的清单。</Text>
      </DeskFrame>
    )
  }
  return <ServiceListEditor account={account} regionCode={regionCode} />
}
