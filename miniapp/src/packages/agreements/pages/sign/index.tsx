import { useCallback, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { agreementPartyLabels, type AgreementParty } from '@ccs/shared/agreements/agreement-status'
import { parseResidentId, residentIdProblemMessages } from '@ccs/shared/identity/resident-id'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useSession } from '../../../../session/use-session'
import SignInFirst from '../../../../components/sign-in-first'
import SignaturePad from '../../components/signature-pad'
import TextField from '../../components/text-field'
import { fetchAgreement, signAgreement } from '../../api/agreements-api'
import '../../agreements.scss'

type Errors = Partial<Record<'name' | 'residentId' | 'image' | 'sign', string>>

function backToAgreement(agreementId: string) {
  Taro.navigateBack().catch(() => Taro.redirectTo({ url: `/packages/agreements/pages/agreement/index?id=${agreementId}` }))
}

/** Signing by hand: the caregiver first confirms name and ID number (they must match the agreement). */
function SignForm({ agreementId, party }: { agreementId: string; party: AgreementParty }) {
  const load = useCallback(() => fetchAgreement(agreementId), [agreementId])
  const { data: agreement, error: loadError } = useLoadedOnShow(load)
  const [name, setName] = useState('')
  const [residentId, setResidentId] = useState('')
  const [image, setImage] = useState<string | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const confirmIdentity = party === 'caregiver'

  async function sign() {
    const parsed = parseResidentId(residentId)
    const found: Errors = confirmIdentity
      ? {
          name: name.trim() ? undefined : '请填写您的姓名',
          residentId: residentId.trim() ? (parsed.valid ? undefined : residentIdProblemMessages[parsed.problem]) : '请填写您的身份证号码',
        }
      : {}
    if (!image) found.image = '请先在方框里写下您的名字'
    setErrors(found)
    if (Object.values(found).some(Boolean) || !image) return
    setBusy(true)
    try {
      await signAgreement(agreementId, {
        party,
        image,
        identity: confirmIdentity ? { name: name.trim(), residentId: residentId.trim() } : undefined,
      })
      backToAgreement(agreementId)
    } catch (error) {
      const mismatch = error instanceof ApiError && error.code === 'IDENTITY_MISMATCH'
      setErrors({ sign: mismatch ? error.message : `没有签成功：${errorMessageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id='screen-sign' className='page agreements'>
      <Text className='page-title'>{agreementPartyLabels[party]}签字</Text>
      {loadError && <Text id='sign-load-error' className='form-error'>{loadError}</Text>}
      {agreement && (
        <Text className='page-lead'>
          您签字后，协议内容就定下来了。孩子：{agreement.children.map((child) => child.name).join('、')}；照护人：{agreement.caregiver.name}。
        </Text>
      )}
      {confirmIdentity && (
        <View className='card agreements__card'>
          <Text className='agreements__title'>先确认是您本人</Text>
          <TextField id='identity-name' label='您的姓名' value={name} onChange={(text) => { setName(text); setErrors({}) }} error={errors.name} />
          <TextField id='identity-resident-id' label='您的身份证号码' type='idcard' maxLength={18} value={residentId} onChange={(text) => { setResidentId(text); setErrors({}) }} error={errors.residentId} />
        </View>
      )}
      <SignaturePad id='signature-pad' onChange={setImage} />
      {errors.image && <Text id='signature-pad-error' className='form-error'>{errors.image}</Text>}
      {errors.sign && <Text id='sign-error' className='form-error'>{errors.sign}</Text>}
      <Button id='sign-submit' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={sign}>
        {busy ? '正在提交…' : '确认签字'}
      </Button>
    </View>
  )
}

export default function SignPage() {
  const session = useSession()
  const { id = '', party } = useRouter().params
  if (!session) return <SignInFirst what='签字' block='agreements' />
  return <SignForm agreementId={id} party={party === 'caregiver' ? 'caregiver' : 'parent'} />
}
