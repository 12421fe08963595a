import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useSession } from '../../../../session/use-session'
import { fetchApplications, type ApplicationSummary } from '../../api/applications-api'
import SignInFirst from '../../../../components/sign-in-first'
import { formatDate } from '../../../../lib/format-date'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'
import EmptyState from '../../../../components/empty-state'

const startApplication = () => void Taro.navigateTo({ url: '/packages/family/pages/apply/index' })

function open(application: ApplicationSummary) {
  const url =
    application.status === 'draft'
      ? `/packages/family/pages/application-form/index?applicationId=${application.id}`
      : `/packages/family/pages/application/index?id=${application.id}`
  void Taro.navigateTo({ url })
}

/** 我的申请: every application of the family, newest first, with where it stands. */
function ApplicationsList() {
  const { data: applications, error } = useLoadedOnShow(fetchApplications)

  return (
    <PageFrame id='screen-applications' className='family'>
      <Text className='page-title'>我的申请</Text>
      {error && <Text id='applications-error' className='form-error'>{error}</Text>}
      {applications === null && !error && <Text className='family__line muted'>正在加载…</Text>}
      {applications?.length === 0 && (
        <EmptyState id='applications-empty' text='还没有申请。为孩子申请生活费或生活补贴，点下面的按钮开始。' actionId='new-application' action='申请补贴' onAction={startApplication} />
      )}
      {applications?.map((application) => (
        <Tappable key={application.id} id={`application-${application.id}`} className='card family__card go-card' onClick={() => open(application)}>
          <Text className='family__title'>{application.programmeName}</Text>
          <Text className='family__line'>孩子：{application.childName}</Text>
          <Text className='family__line family__ok'>{application.statusLabel}</Text>
          {application.grant && <Text className='family__line'>{application.grant.summary}</Text>}
          {application.dueDate && !application.grant && <Text className='family__line muted'>这一步 {formatDate(application.dueDate)} 前办完</Text>}
          {application.reference && <Text className='family__line muted'>编号 {application.reference}</Text>}
        </Tappable>
      ))}
      {applications?.length !== 0 && (
        <Button id='new-application' className='family__button' type='primary' size='xlarge' block onClick={startApplication}>
          申请补贴
        </Button>
      )}
    </PageFrame>
  )
}

export default function ApplicationsPage() {
  return useSession() ? <ApplicationsList /> : <SignInFirst what='查看我的申请' block='family' />
}
