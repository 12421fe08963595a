import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { CaseDetail, TransitionRequest } from '@ccs/shared/applications/application-schemas'
import {
  actionsNeedingNotes,
  actionsNeedingReason,
  actionsNeedingReference,
  caseActionLabels,
  type CaseAction,
} from '@ccs/shared/applications/case-actions'
import { errorMessages } from '@ccs/shared/errors/error-codes'
import { ApiError, errorMessageOf } from '../../../api/api-error'
import { transitionCase } from '../api/staff-cases-api'
import ActionForm, { type ActionInput } from './action-form'
import VisitPhotos from './visit-photos'
import HandoverRecord from './handover-record'

interface Props {
  detail: CaseDetail
  onDone(detail: CaseDetail): void
  onRefresh(): Promise<void>
}

/** Answers that mean the page shows an old state of the case: the cure is to reload it. */
const staleCodes = new Set(['STALE_VERSION', 'INVALID_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'])
const empty: ActionInput = { notes: '', reason: '', amount: '', reference: '' }
const newRequestKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

/** What is wrong with the input before it is sent, in the server's own words. */
function inputError(action: CaseAction, input: ActionInput, askAmount: boolean): string | null {
  if (actionsNeedingReason.includes(action) && !input.reason.trim()) return errorMessages.REASON_REQUIRED
  if (actionsNeedingNotes.includes(action) && !input.notes.trim()) return errorMessages.NOTES_REQUIRED
  if (askAmount && !(Number(input.amount) > 0)) return errorMessages.AMOUNT_REQUIRED
  if (actionsNeedingReference.includes(action) && !input.reference.trim()) return '请填写户籍地民政部门给的受理编号'
  return null
}

/**
 * The actions this staff member may take now, each confirmed in a second step with what it needs.
 * The stage's forward action is the one primary button; return and reject are plain. Once one is chosen,
 * only its form and its confirm button show, so nothing else competes with it.
 */
export default function CaseActionsPanel({ detail, onDone, onRefresh }: Props) {
  const [chosen, setChosen] = useState<CaseAction | null>(null)
  const [input, setInput] = useState<ActionInput>(empty)
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  // One key per intended action: a retry after a lost answer gets the first result, not a 409.
  const requestKey = useRef(newRequestKey())

  const askAmount = chosen === 'approve' && detail.programme === 'temporaryAssistance'

  function choose(action: CaseAction) {
    setChosen(action)
    setDone(null)
    setInput(empty)
    setError(null)
    requestKey.current = newRequestKey()
  }

  function cancel() {
    setChosen(null)
    setError(null)
  }

  async function submit() {
    if (!chosen) return
    const problem = inputError(chosen, input, askAmount)
    if (problem) return setError({ message: problem, stale: false })
    const body: TransitionRequest = { action: chosen, expectedVersion: detail.version }
    if (actionsNeedingReason.includes(chosen)) body.reason = input.reason.trim()
    if (actionsNeedingNotes.includes(chosen) || input.notes.trim()) body.notes = input.notes.trim()
    if (actionsNeedingReference.includes(chosen)) body.reference = input.reference.trim()
    if (askAmount) body.amount = Number(input.amount)
    setError(null)
    setBusy(true)
    try {
      const updated = await transitionCase(detail.id, body, requestKey.current)
      setChosen(null)
      setInput(empty)
      requestKey.current = newRequestKey()
      setDone(`已${caseActionLabels[chosen]}。这份申请现在：${updated.statusLabel}`)
      onDone(updated)
    } catch (e) {
      setError({ message: errorMessageOf(e), stale: e instanceof ApiError && staleCodes.has(e.code) })
    } finally {
      setBusy(false)
    }
  }

  async function refresh() {
    setBusy(true)
    try {
      await onRefresh()
      setChosen(null)
      setError(null)
    } catch (e) {
      setError({ message: errorMessageOf(e), stale: true })
    } finally {
      setBusy(false)
    }
  }

  // Shown right above the confirm button, where the eye is after tapping it.
  const errorNote = error && (
    <View id='action-error' className='inline-error'>
      <Text className='form-error'>{error.message}</Text>
      {error.stale && (
        <Button id='action-refresh' type='default' size='large' block disabled={busy} onClick={() => void refresh()}>
          刷新
        </Button>
      )}
    </View>
  )

  const primary = detail.actions.find((action) => !actionsNeedingReason.includes(action))

  return (
    <View id='case-actions' className='card staff__card'>
      <Text className='staff__title'>办理</Text>
      {done && <Text id='action-done' className='staff__line staff__ok'>✓ {done}</Text>}
      {detail.handover && <HandoverRecord handover={detail.handover} />}
      {detail.actions.length === 0 && <Text className='staff__line muted'>这份申请现在不在您这里办理，只能查看。</Text>}
      {!chosen && errorNote}
      {!chosen && (
        <View className='actions__buttons'>
          {detail.actions.map((action) => (
            <Button
              key={action}
              id={`action-${action}`}
              className='actions__button'
              type={action === primary ? 'primary' : 'default'}
              size='large'
              block
              disabled={busy}
              onClick={() => choose(action)}
            >
              {caseActionLabels[action]}
            </Button>
          ))}
        </View>
      )}
      {chosen && (
        <View id='action-confirm'>
          <Text id='action-chosen' className='staff__subtitle'>您要：{caseActionLabels[chosen]}</Text>
          <ActionForm action={chosen} askAmount={askAmount} input={input} onChange={setInput} />
          {chosen === 'verify' && <VisitPhotos detail={detail} onUploaded={onRefresh} />}
          {errorNote}
          <Button id='action-submit' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={() => void submit()}>
            {busy ? '正在提交…' : `确认${caseActionLabels[chosen]}`}
          </Button>
          <Tappable id='action-cancel' className='text-link' onClick={cancel}>
            换一个操作
          </Tappable>
        </View>
      )}
    </View>
  )
}
