import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { numberUnits } from '@ccs/shared/applications/fact-answers'
import { questionsOnPage, type QuestionPageId } from '@ccs/shared/applications/question-pages'
import { factQuestions, type ChildFacts, type FactName } from '@ccs/shared/rules/child-facts'
import { errorMessageOf } from '../../../../api/api-error'
import QuestionField from '../../../../components/question-field'
import { ruleContextFor } from '../../lib/rule-context'
import { programmeOf } from './use-application-form'
import StepTitle from '../../../../components/step-title'
import ErrorSummary from '../../../../components/error-summary'

interface Props {
  app: Application
  pageId: QuestionPageId
  facts: ChildFacts
  onNext(answers: ChildFacts): Promise<void>
  /** Keeps the answers on the phone as they are typed. */
  onKeep(answers: ChildFacts): void
  onBack(): void
}

/** One screen of questions; a follow-up appears as soon as the answer before it needs it. */
export default function QuestionScreen({ app, pageId, facts, onNext, onKeep, onBack }: Props) {
  const [answers, setAnswers] = useState<ChildFacts>(facts)
  const [errors, setErrors] = useState<Partial<Record<FactName, string>>>({})
  const [saveError, setSaveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  /** Counts tries with questions unanswered: each shows the list of them afresh and moves the page to it. */
  const [failures, setFailures] = useState(0)
  const context = ruleContextFor(app.programme, app.child)
  const page = questionsOnPage(pageId, programmeOf(app), answers, context)

  async function next() {
    const unanswered = page.facts.filter((fact) => answers[fact] === undefined)
    setErrors(
      Object.fromEntries(unanswered.map((fact) => [fact, numberUnits[fact] ? '请填写 0 或比 0 大的数字，没有就填 0' : '请选择一项'])),
    )
    setSaveError(null)
    if (unanswered.length > 0) return setFailures((count) => count + 1)
    setBusy(true)
    try {
      await onNext(answers)
    } catch (error) {
      setSaveError(`没有保存成功：${errorMessageOf(error)} 您填的内容已经记在手机上，请再点一次“下一步”。`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id={`screen-questions-${pageId}`}>
      <Text className='family__step'>{app.programmeName} · {app.child.name}</Text>
      <StepTitle key={page.id}>{page.title}</StepTitle>
      {failures > 0 && (
        <ErrorSummary
          key={failures}
          id='questions-error-summary'
          errors={page.facts.flatMap((fact) => (errors[fact] ? [{ field: `question-${fact}-block`, message: `${factQuestions[fact]}：${errors[fact]}` }] : []))}
        />
      )}
      {page.facts.map((fact) => (
        <QuestionField
          key={fact}
          block='family'
          fact={fact}
          value={answers[fact]}
          error={errors[fact]}
          regionCode={context.regionCode}
          onChange={(value) => {
            setAnswers((current) => {
              const next = { ...current, [fact]: value }
              onKeep(next)
              return next
            })
            setErrors((current) => ({ ...current, [fact]: undefined }))
          }}
        />
      ))}
      {saveError && <Text id='next-error' className='form-error'>{saveError}</Text>}
      <Button id='next' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void next()}>
        {busy ? '正在保存…' : '下一步'}
      </Button>
      <Tappable id='back' className='text-link' onClick={onBack}>
        上一步
      </Tappable>
    </View>
  )
}
