import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { CONSENT_VERSION } from '@ccs/shared/applications/application-schemas'
import { describeAnswer } from '@ccs/shared/applications/fact-answers'
import { questionPages, type QuestionPageId } from '@ccs/shared/applications/question-pages'
import { factQuestions, type ChildFacts, type FactName } from '@ccs/shared/rules/child-facts'
import { amountOrNotEntered, amountWithNotes } from '@ccs/shared/rules/programme'
import { errorMessageOf } from '../../../../api/api-error'
import { askForSubscriptions } from '../../../../lib/ask-for-subscriptions'
import { consentText } from '../../lib/consent-text'
import { formatDate } from '../../../../lib/format-date'
import { ruleContextFor } from '../../lib/rule-context'
import { programmeOf } from './use-application-form'
import StepTitle from '../../../../components/step-title'

interface Props {
  app: Application
  facts: ChildFacts
  onEdit(pageId: QuestionPageId): void
  onDocuments(): void
  onSubmit(): Promise<void>
  onBack(): void
  /** The tick as the family left it (kept on the phone), and where to keep a change. */
  consented: boolean
  onConsent(agreed: boolean): void
}

/** What the rules make of the answers: the expected amount, and a plain warning when the child may not qualify. */
function expectation(app: Application, facts: ChildFacts): { amount: string; warning: string | null } {
  const { date, regionCode, params } = ruleContextFor(app.programme, app.child)
  const programme = programmeOf(app)
  const eligibility = programme.eligibility(facts, date, regionCode, params)
  const amount = amountWithNotes(amountOrNotEntered(programme, facts, date, regionCode, params))
  const warning =
    eligibility.eligible === false
      ? `按您填写的情况，孩子可能不符合条件：${eligibility.reasons.map((reason) => reason.text).join('；')}。您仍然可以提交，由工作人员核实。`
      : null
  return { amount, warning }
}

/** 核对: every answer with a 修改 link, the expected amount, what is still missing, the consent and 提交. */
export default function CheckScreen({ app, facts, onEdit, onDocuments, onSubmit, onBack, consented, onConsent }: Props) {
  const [agreed, setAgreed] = useState(consented)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { amount, warning } = expectation(app, facts)
  const answered = questionPages.flatMap((page) =>
    (page.facts as readonly FactName[]).filter((fact) => facts[fact] !== undefined).map((fact) => ({ fact, pageId: page.id })),
  )
  const missing = app.requiredDocuments.filter((document) => !document.provided)

  function toggleConsent() {
    setAgreed(!agreed)
    onConsent(!agreed)
  }

  async function submit() {
    if (!agreed) return setError('请先勾选上面的“我同意”，再点提交。')
    setError(null)
    setBusy(true)
    // From the tap itself, as WeChat requires; the submission does not wait for the answer.
    void askForSubscriptions('submitted')
    try {
      await onSubmit()
    } catch (e) {
      setError(`没有提交成功：${errorMessageOf(e)}`)
      setBusy(false)
    }
  }

  return (
    <View id='screen-check'>
      <Text className='family__step'>{app.programmeName}</Text>
      <StepTitle>核对一下，然后提交</StepTitle>
      {app.returnReason && (
        <Text id='return-reason' className='family__notice'>工作人员退回的原因：{app.returnReason}</Text>
      )}
      <View className='card family__card'>
        <Text className='family__title'>{app.child.name}</Text>
        <Text className='family__line'>出生日期：{formatDate(app.child.birthDate)}</Text>
        <Text className='family__line'>户口所在地：{app.child.hukouRegion.name}</Text>
        {app.child.residenceRegion && <Text className='family__line'>现在住在：{app.child.residenceRegion.name}</Text>}
      </View>
      <View id='answers' className='card family__card'>
        {answered.map(({ fact, pageId }) => (
          <View key={fact} className='answer-list__item'>
            <View className='answer-list__text'>
              <Text className='answer-list__question'>{factQuestions[fact]}</Text>
              <Text id={`answer-${fact}`} className='answer-list__answer'>{describeAnswer(fact, facts[fact])}</Text>
            </View>
            <Tappable id={`edit-${fact}`} className='answer-list__edit' onClick={() => onEdit(pageId)}>
              修改
            </Tappable>
          </View>
        ))}
      </View>
      <View className='card family__card'>
        <Text className='family__title'>预计金额</Text>
        <Text id='expected-amount' className='family__amount'>{amount}</Text>
        <Text className='family__line muted'>最终以县民政局批准的金额为准，批准后次月起发放。</Text>
        {warning && <Text id='eligibility-warning' className='family__notice'>{warning}</Text>}
      </View>
      <View id='documents-missing' className='card family__card'>
        <Text className='family__title'>材料</Text>
        {missing.length === 0 ? (
          <Text className='family__line family__ok'>需要的材料照片都已上传</Text>
        ) : (
          <>
            <Text className='family__line'>还缺 {missing.length} 样，可以先提交，之后再补：</Text>
            {missing.map((document) => (
              <Text key={document.label} className='family__line family__missing'>· {document.label}</Text>
            ))}
            <Tappable id='go-documents' className='text-link' onClick={onDocuments}>
              现在去拍照上传
            </Tappable>
          </>
        )}
      </View>
      <Tappable id='consent' className={`consent ${agreed ? 'consent--checked' : ''}`} role='checkbox' aria-checked={agreed} onClick={toggleConsent}>
        <Text className='consent__box'>{agreed ? '✓' : ''}</Text>
        <Text className='consent__text'>{consentText}</Text>
      </Tappable>
      {/* The version is recorded with the submission; the family reads which month's notice it is, not its code. */}
      <Text id='consent-version' className='family__line muted'>
        个人信息处理说明（{CONSENT_VERSION.slice(0, 4)}年{Number(CONSENT_VERSION.slice(5, 7))}月版）
      </Text>
      {error && <Text id='submit-error' className='form-error'>{error}</Text>}
      <Button id='submit' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void submit()}>
        {busy ? '正在提交…' : app.status === 'returned' ? '重新提交' : '提交申请'}
      </Button>
      <Tappable id='back' className='text-link' onClick={onBack}>
        上一步
      </Tappable>
    </View>
  )
}
