import { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useSession } from '../../../../session/use-session'
import SignInFirst from '../../../../components/sign-in-first'
import IncompleteLink from '../../../../components/incomplete-link'
import CheckScreen from './check-screen'
import DocumentsScreen from './documents-screen'
import DoneScreen from './done-screen'
import QuestionScreen from './question-screen'
import { useApplicationForm } from './use-application-form'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'

/** One application's screens: the questions it needs, the document photos, check and submit, the reference number. */
function ApplicationForm({ applicationId }: { applicationId: string }) {
  const form = useApplicationForm(applicationId)
  const { app, step } = form

  if (!app || !step) {
    return (
      <PageFrame className='family'>
        {form.loadError ? (
          <>
            <Text id='load-error' className='form-error'>{form.loadError}</Text>
            <Button id='retry' type='primary' fill='outline' size='large' onClick={() => void form.load()}>
              重新加载
            </Button>
          </>
        ) : (
          <Text className='family__line muted'>正在打开申请…</Text>
        )}
      </PageFrame>
    )
  }

  return (
    <PageFrame className='family' onBack={step.kind === 'done' ? undefined : form.back}>
      {step.kind === 'questions' && (
        <QuestionScreen key={`${form.depth}-${step.pageId}`} app={app} pageId={step.pageId} facts={form.facts} onNext={(answers) => form.answer(step.pageId, answers)} onKeep={form.keep} onBack={form.back} />
      )}
      {step.kind === 'documents' && (
        <DocumentsScreen app={app} onUploaded={form.refresh} onNext={() => form.go({ kind: 'check' })} onBack={form.back} />
      )}
      {step.kind === 'check' && (
        <CheckScreen
          app={app}
          facts={form.facts}
          onEdit={form.edit}
          onDocuments={() => form.go({ kind: 'documents' })}
          onSubmit={form.submit}
          onBack={form.back}
          consented={form.consented()}
          onConsent={form.consent}
        />
      )}
      {step.kind === 'done' && <DoneScreen app={app} />}
    </PageFrame>
  )
}

export default function ApplicationFormPage() {
  const session = useSession()
  const { applicationId } = useRouter().params
  if (!session) return <SignInFirst what='填写申请' block='family' />
  if (!applicationId) return <IncompleteLink reopenFrom='我的申请' block='family' />
  return <ApplicationForm applicationId={applicationId} />
}
