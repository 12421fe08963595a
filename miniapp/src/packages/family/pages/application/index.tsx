import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { isReviewStatus } from '@ccs/shared/applications/application-status'
import { useLoadOnShow } from '../../../../hooks/use-load-on-show'
import { errorMessageOf } from '../../../../api/api-error'
import { useSession } from '../../../../session/use-session'
import { fetchApplication } from '../../api/applications-api'
import ApplicationTimeline from '../../components/application-timeline'
import DocumentList from '../../components/document-list'
import SignInFirst from '../../../../components/sign-in-first'
import IncompleteLink from '../../../../components/incomplete-link'
import { formatDate } from '../../../../lib/format-date'
import { holderText } from '../../lib/holder-text'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'

const openForm = (id: string) => void Taro.navigateTo({ url: `/packages/family/pages/application-form/index?applicationId=${id}` })

/** Where the case stands now: who holds it by when, the grant once approved, the reason when returned or refused. */
function Status({ app }: { app: Application }) {
  const refusal = app.status === 'rejected' ? [...app.timeline].reverse().find((entry) => entry.reason)?.reason : null
  return (
    <View className='card family__card'>
      <Text className='family__title'>{app.programmeName}</Text>
      <Text className='family__line'>孩子：{app.child.name}</Text>
      {app.reference && <Text id='application-reference' className='family__line'>申请编号：{app.reference}</Text>}
      <Text id='application-status' className='family__amount'>{app.statusLabel}</Text>
      {isReviewStatus(app.status) && app.holder && (
        <Text id='application-holder' className='family__line'>现在由 {holderText(app.holder)} 办理</Text>
      )}
      {isReviewStatus(app.status) && app.dueDate && (
        <Text id='application-due' className='family__line'>
          最晚 {formatDate(app.dueDate)} 办完这一步{app.dueProvisional ? '（节假日安排公布后可能调整）' : ''}
        </Text>
      )}
      {app.overdue && <Text className='family__notice'>这一步已经超过办理时限，系统已提醒上一级督办。</Text>}
      {app.grant && (
        <>
          <Text id='grant-summary' className='family__amount'>{app.grant.summary}</Text>
          <Text className='family__line'>{app.grant.text}</Text>
        </>
      )}
      {app.returnReason && <Text id='return-reason' className='family__notice'>需要补充：{app.returnReason}</Text>}
      {refusal && <Text id='reject-reason' className='family__notice'>原因：{refusal}</Text>}
      {app.status === 'returned' && (
        <Button id='resubmit' className='family__button' type='primary' size='xlarge' block onClick={() => openForm(app.id)}>
          修改并重新提交
        </Button>
      )}
      {app.status === 'draft' && (
        <Button id='continue-draft' className='family__button' type='primary' size='xlarge' block onClick={() => openForm(app.id)}>
          继续填写
        </Button>
      )}
    </View>
  )
}

function ApplicationView({ id }: { id: string }) {
  const [app, setApp] = useState<Application | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function load() {
    try {
      setApp(await fetchApplication(id))
      setError(null)
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useLoadOnShow(() => void load())

  if (!app) {
    return (
      <PageFrame className='family'>
        {error ? <Text id='load-error' className='form-error'>{error}</Text> : <Text className='family__line muted'>正在加载…</Text>}
      </PageFrame>
    )
  }
  const missing = app.requiredDocuments.filter((document) => !document.provided)
  return (
    <PageFrame id='screen-application' className='family'>
      <Status app={app} />
      <ApplicationTimeline entries={app.timeline} />
      {app.status === 'returned' && missing.length > 0 && (
        <View id='documents-missing' className='card family__card'>
          <Text className='family__title'>还缺的材料</Text>
          {missing.map((document) => (
            <Text key={document.label} className='family__line family__missing'>· {document.label}</Text>
          ))}
          <Text className='family__line muted'>点上面的“修改并重新提交”，就可以拍照补传。</Text>
        </View>
      )}
      {isReviewStatus(app.status) && missing.length > 0 && (
        <View id='documents-missing'>
          <Text className='section-title'>还缺 {missing.length} 样材料，找到后可以直接拍照补传</Text>
          <DocumentList app={{ ...app, requiredDocuments: missing }} onUploaded={load} />
        </View>
      )}
      {error && <Text className='form-error'>{error}</Text>}
    </PageFrame>
  )
}

export default function ApplicationPage() {
  const session = useSession()
  const { id } = useRouter().params
  if (!session) return <SignInFirst what='查看申请进度' block='family' />
  return id ? <ApplicationView id={id} /> : <IncompleteLink reopenFrom='我的申请' block='family' />
}
