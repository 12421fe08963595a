import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { agreementPartyLabels, type AgreementParty } from '@ccs/shared/agreements/agreement-status'
import { parseResidentId, residentIdProblemMessages } from '@ccs/shared/identity/resident-id'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useLocalDraft } from '../../../../lib/local-draft'
import { askForSubscriptions } from '../../../../lib/ask-for-subscriptions'
import { useSession } from '../../../../session/use-session'
import SignInFirst from '../../../../components/sign-in-first'
import IncompleteLink from '../../../../components/incomplete-link'
import SignaturePad from '../../components/signature-pad'
import SignaturePadFrame from '../../components/signature-pad-frame'
import TextField from '../../components/text-field'
import { fetchAgreement, signAgreement } from '../../api/agreements-api'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'
import { rememberJustSigned } from '../../lib/just-signed'

type Errors = Partial<Record<'residentId' | 'image' | 'sign', string>>

/** Back to the agreement; opened straight from a link or reloaded, the sign page has no page under it to go back to. */
function backToAgreement(agreementId: string) {
  const agreementPage = `/packages/agreements/pages/agreement/index?id=${agreementId}`
  if (Taro.getCurrentPages().length < 2) return void Taro.redirectTo({ url: agreementPage })
  Taro.navigateBack().catch(() => Taro.redirectTo({ url: agreementPage }))
}

interface SignDraft {
  residentId: string
  image: string | null
}

/**
 * Signing by hand: the caregiver first confirms who she is by her ID number (it must match the agreement; her
 * name is shown, and she writes it as her signature). What is
 * typed and the drawn signature are kept on the phone until the signature is in, so a reload or a dropped
 * connection does not make an elderly caregiver write it all again.
 */
function SignForm({ agreementId, party }: { agreementId: string; party: AgreementParty }) {
  const load = useCallback(() => fetchAgreement(agreementId), [agreementId])
  const { data: agreement, error: loadError } = useLoadedOnShow(load)
  const draft = useLocalDraft<SignDraft>(`sign.${agreementId}.${party}`, () => ({ residentId: '', image: null }))
  const { residentId, image } = draft.value
  const change = (fields: Partial<SignDraft>) => draft.set((current) => ({ ...current, ...fields }))
  /** A signature drawn before a reload is shown as it was, until 擦掉重写. */
  const [showKept, setShowKept] = useState(image !== null)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const confirmIdentity = party === 'caregiver'

  async function sign() {
    const parsed = parseResidentId(residentId)
    const found: Errors = confirmIdentity
      ? {
          residentId: residentId.trim() ? (parsed.valid ? undefined : residentIdProblemMessages[parsed.problem]) : '请填写您的身份证号码',
        }
      : {}
    if (!image) found.image = '请先在方框里写下您的名字'
    setErrors(found)
    if (Object.values(found).some(Boolean) || !image) return
    // From the tap itself, as WeChat requires; the agreement's news (reminders, a caregiver unable) goes to the parent.
    if (party === 'parent') void askForSubscriptions('signed')
    setBusy(true)
    try {
      await signAgreement(agreementId, {
        party,
        image,
        identity: confirmIdentity ? { residentId: residentId.trim() } : undefined,
      })
      draft.clear()
      rememberJustSigned(agreementId, party)
      backToAgreement(agreementId)
    } catch (error) {
      const mismatch = error instanceof ApiError && error.code === 'IDENTITY_MISMATCH'
      setErrors({ sign: mismatch ? error.message : `没有签成功：${errorMessageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageFrame id='screen-sign' className='agreements'>
      <Text className='page-title'>{agreementPartyLabels[party]}签字</Text>
      {loadError && <Text id='sign-load-error' className='form-error'>{loadError}</Text>}
      {agreement && (
        <Text className='page-lead'>
          您签字后，协议内容就定下来了。孩子：{agreement.children.map((child) => child.name).join('、')}；照护人：{agreement.caregiver.name}。
        </Text>
      )}
      {confirmIdentity && agreement && (
        <View className='card agreements__card'>
          <Text className='agreements__title'>先确认是您本人</Text>
          <Text id='identity-name' className='agreements__line'>照护人：{agreement.caregiver.name}</Text>
          <TextField id='identity-resident-id' label='您的身份证号码' type='idcard' maxLength={18} value={residentId} onChange={(text) => { change({ residentId: text }); setErrors({}) }} error={errors.residentId} />
        </View>
      )}
      {showKept && image ? (
        <SignaturePadFrame
          id='signature-pad'
          signed
          onClear={() => {
            setShowKept(false)
            change({ image: null })
          }}
        >
          <View className='signature-pad__sheet'>
            <Image id='signature-pad-kept' className='signature-pad__canvas' src={image} mode='aspectFit' nativeProps={{ alt: '您写好的签名' }} />
          </View>
        </SignaturePadFrame>
      ) : (
        <SignaturePad
          id='signature-pad'
          onChange={(drawn) => {
            change({ image: drawn })
            // A name written takes away 请先在方框里写下您的名字.
            if (drawn) setErrors(({ image: _said, ...others }) => others)
          }}
        />
      )}
      {errors.image && <Text id='signature-pad-error' className='form-error'>{errors.image}</Text>}
      {errors.sign && <Text id='sign-error' className='form-error'>{errors.sign}</Text>}
      <Button id='sign-submit' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={sign}>
        {busy ? '正在提交…' : '确认签字'}
      </Button>
    </PageFrame>
  )
}

export default function SignPage() {
  const session = useSession()
  const { id, party } = useRouter().params
  if (!session) return <SignInFirst what='签字' block='agreements' />
  if (!id) return <IncompleteLink reopenFrom='委托照护协议' block='agreements' />
  return <SignForm agreementId={id} party={party === 'caregiver' ? 'caregiver' : 'parent'} />
}
