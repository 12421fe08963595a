import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessageOf, ApiError } from '../../../../api/api-error'
import { fetchChildren } from '../../../../api/children-api'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useLocalDraft } from '../../../../lib/local-draft'
import { newUuid } from '../../../../lib/new-uuid'
import { useSession } from '../../../../session/use-session'
import AgreementContent from '../../components/agreement-content'
import SignInFirst from '../../../../components/sign-in-first'
import { fetchAgreement, saveAgreement } from '../../api/agreements-api'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import {
  agreementDraftOf,
  checkCaregiver,
  checkContactAndPeriod,
  checkParents,
  draftFormOf,
  emptyDraftForm,
  errorsAfterEdit,
  hasErrors,
  type DraftErrors,
} from '../../lib/draft-form'
import { replacementFormOf } from '../../lib/replacement-form'
import CaregiverScreen from './caregiver-screen'
import ChildrenScreen from './children-screen'
import ContactScreen from './contact-screen'
import ParentsScreen from './parents-screen'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'
import StepTitle from '../../../../components/step-title'

const agreementPage = (id: string) => `/packages/agreements/pages/agreement/index?id=${id}`

/**
 * Drafting an agreement in five short screens; the fourth saves it, the fifth reads the duties through. With
 * `replaces` (更换照护人) it starts from the old agreement with the caregiver empty and supersedes it once signed;
 * with `from` (另请一位照护人, after a caregiver said no) it starts the same way and replaces nothing.
 * What is typed and the screen are kept on the phone until the parent moves on to the signatures, so a reload
 * or a killed app loses nothing, not even the caregiver's ID number the saved view masks.
 */
function DraftForm({ editId, replaces, from }: { editId?: string; replaces?: string; from?: string }) {
  const draft = useLocalDraft(`agreement.${editId ?? (replaces ? `replaces.${replaces}` : from ? `from.${from}` : 'new')}`, () => ({
    agreementId: editId ?? newUuid(),
    form: emptyDraftForm(),
    step: 0,
  }))
  const { agreementId, form, step } = draft.value
  const [errors, setErrors] = useState<DraftErrors>({})
  const setForm = (next: typeof form) => draft.set((current) => ({ ...current, form: next }))
  const edit = (next: typeof form) => {
    setErrors((current) => errorsAfterEdit(current, form, next))
    setForm(next)
  }
  const setStep = (next: number) => draft.set((current) => ({ ...current, step: next }))
  const [saved, setSaved] = useState<Agreement | null>(null)
  const [busy, setBusy] = useState(false)
  const { data: children, error: childrenError } = useLoadedOnShow(fetchChildren)

  useEffect(() => {
    // Back on the duties screen after a reload: the saved agreement is read again to show them.
    if (draft.restored && step === 4) fetchAgreement(agreementId).then(setSaved).catch((e: unknown) => setErrors({ save: errorMessageOf(e) }))
    if (draft.restored) return
    if (editId) fetchAgreement(editId).then((agreement) => setForm(draftFormOf(agreement))).catch((e: unknown) => setErrors({ save: errorMessageOf(e) }))
    else if (replaces ?? from) fetchAgreement((replaces ?? from)!).then((old) => setForm(replacementFormOf(old))).catch((e: unknown) => setErrors({ save: errorMessageOf(e) }))
  }, [editId, replaces, from])

  const checks = [
    () => ({ children: form.children.length > 0 ? undefined : '请选择要托付的孩子' }),
    () => checkCaregiver(form),
    () => checkParents(form),
    () => checkContactAndPeriod(form),
  ]

  async function next() {
    if (step === 4) {
      draft.clear()
      return void Taro.redirectTo({ url: agreementPage(agreementId) })
    }
    const found = checks[step]!()
    setErrors(found)
    if (hasErrors(found)) return
    if (step < 3) return setStep(step + 1)
    setBusy(true)
    try {
      setSaved(await saveAgreement(agreementId, { ...agreementDraftOf(form), ...(replaces ? { supersedes: replaces } : {}) }))
      setStep(4)
    } catch (error) {
      setErrors({ ...(error instanceof ApiError ? error.fields : {}), save: `没有保存成功：${errorMessageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }

  function stepBack() {
    setErrors({})
    setStep(step - 1)
  }

  return (
    <PageFrame className='agreements' onBack={step > 0 ? stepBack : undefined}>
      {replaces && step < 4 && (
        <Text id='draft-replaces' className='agreements__notice'>
          更换照护人：孩子、父母、紧急联系人和时间已从原协议带过来，请填写新的照护人。新协议双方签字后，原协议就由新协议代替。
        </Text>
      )}
      {from && step < 4 && (
        <Text id='draft-from' className='agreements__notice'>
          另请一位照护人：孩子、父母、紧急联系人和时间已从原来的协议带过来，请填写新的照护人。
        </Text>
      )}
      {step === 0 && <ChildrenScreen children={children} loadError={childrenError} selected={form.children} onChange={(selected) => edit({ ...form, children: selected })} error={errors.children} />}
      {step === 1 && <CaregiverScreen form={form} errors={errors} onChange={edit} onErrors={setErrors} />}
      {step === 2 && <ParentsScreen form={form} errors={errors} onChange={edit} />}
      {step === 3 && <ContactScreen form={form} errors={errors} onChange={edit} />}
      {step === 4 && saved && (
        <View id='screen-draft-duties'>
          <Text className='agreements__step'>第5步，共5步</Text>
          <StepTitle id='draft-duties-title'>请读一遍协议</StepTitle>
          <Text className='page-lead'>协议已保存。请和照护人一起读一遍，特别是要做到的事。</Text>
          <AgreementContent agreement={saved} />
        </View>
      )}
      {errors.save && <Text id='draft-save-error' className='form-error'>{errors.save}</Text>}
      <Button id='next' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={next}>
        {busy ? '正在保存…' : step === 3 ? '保存协议' : step === 4 ? '读完了，请照护人签字' : '下一步'}
      </Button>
      {step > 0 && step < 4 && (
        <Tappable id='back' className='text-link' onClick={stepBack}>
          上一步
        </Tappable>
      )}
    </PageFrame>
  )
}

export default function DraftPage() {
  const session = useSession()
  const { agreementId: editId, replaces, from } = useRouter().params
  return session ? (
    <DraftForm editId={editId} replaces={editId ? undefined : replaces} from={editId || replaces ? undefined : from} />
  ) : (
    <SignInFirst what='填写委托照护协议' block='agreements' />
  )
}
