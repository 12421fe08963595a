import { useCallback, useRef, useState } from 'react'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Agreement, Invitation } from '@ccs/shared/agreements/agreement-schemas'
import type { AgreementParty } from '@ccs/shared/agreements/agreement-status'
import { errorMessageOf } from '../../../../api/api-error'
import { askForSubscriptions } from '../../../../lib/ask-for-subscriptions'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useSession } from '../../../../session/use-session'
import AgreementContent from '../../components/agreement-content'
import InvitePanel from '../../components/invite-panel'
import { invitePath } from '../../components/invite-panel-props'
import SignInFirst from '../../../../components/sign-in-first'
import IncompleteLink from '../../../../components/incomplete-link'
import SignaturesPanel from '../../components/signatures-panel'
import TellSchool from '../../components/tell-school'
import AgreementLifecycle, { AgreementNotices } from '../../components/agreement-lifecycle'
import ContactCard from '../../components/contact-card'
import AgreementPdfButton from '../../components/agreement-pdf-button'
import { fetchAgreement, inviteCaregiver } from '../../api/agreements-api'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'
import TextSizeSwitch from '../../../../components/text-size-switch'
import StepTitle from '../../../../components/step-title'
import { takeJustSigned } from '../../lib/just-signed'

const editable = (agreement: Agreement) => agreement.status === 'draft' || agreement.status === 'awaitingSignatures'
const hasSigned = (agreement: Agreement, party: AgreementParty) => agreement.signatures.some((each) => each.party === party)
const bothSigned = (agreement: Agreement) => hasSigned(agreement, 'parent') && hasSigned(agreement, 'caregiver')
const signPage = (agreement: Agreement, party: AgreementParty) => `/packages/agreements/pages/sign/index?id=${agreement.id}&party=${party}`

/** What happens after a signature, for the one who has just signed. */
function afterSigning(agreement: Agreement, party: AgreementParty): string {
  if (agreement.status !== 'draft' && agreement.status !== 'awaitingSignatures') {
    return '双方都签好了，协议已经生效。村里的儿童主任会收到协议并存档，您不用再做什么。'
  }
  return party === 'caregiver'
    ? '谢谢您。还要等孩子的父母签字，父母签好后协议就生效。'
    : '还要等照护人签字，照护人签好后协议就生效。'
}

/** One agreement: its text (大字模式 one tap away), who signed when, and the one thing the viewer should do next. */
function AgreementView({ agreementId }: { agreementId: string }) {
  const load = useCallback(() => fetchAgreement(agreementId), [agreementId])
  const { data: agreement, error, setData } = useLoadedOnShow(load)
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [inviteError, setInviteError] = useState<string | null>(null)
  const share = useRef<{ title: string; path: string } | null>(null)
  const [justSigned, setJustSigned] = useState<AgreementParty | null>(null)
  useDidShow(() => setJustSigned(takeJustSigned(agreementId)))

  useShareAppMessage(() => share.current ?? { title: '委托照护协议', path: '/pages/index/index' })

  if (!agreement) {
    return (
      <PageFrame className='agreements'>
        {error ? <Text id='agreement-error' className='form-error'>{error}</Text> : <Text className='agreements__line muted'>正在打开协议…</Text>}
      </PageFrame>
    )
  }

  const isParent = agreement.viewerParty === 'parent'
  const myParty: AgreementParty | null = agreement.viewerParty === 'staff' ? null : agreement.viewerParty
  const iHaveSigned = myParty ? hasSigned(agreement, myParty) : true
  const caregiverSigned = hasSigned(agreement, 'caregiver')
  const open = editable(agreement)
  const inviteFirst = isParent && open && !caregiverSigned
  if (invitation) share.current = { title: '请您签一份委托照护协议', path: invitePath(invitation.token) }
  else if (agreement.verificationPath) share.current = { title: '委托照护协议核验', path: `/packages/agreements/pages/verify/index?code=${agreement.verificationCode}` }

  async function invite() {
    // From the tap itself, as WeChat requires: the caregiver's answer and the reminders reach the parent.
    void askForSubscriptions('invited')
    setInviteError(null)
    try {
      setInvitation(await inviteCaregiver(agreementId))
    } catch (e) {
      setInviteError(errorMessageOf(e))
    }
  }
  const resendSms = async () => setInvitation(await inviteCaregiver(agreementId, true))

  return (
    <PageFrame id='screen-agreement' className='agreements'>
      {justSigned && (
        <View id='signed-notice' className='agreements__notice'>
          <StepTitle id='signed-title'>签好了</StepTitle>
          <Text className='agreements__line'>{afterSigning(agreement, justSigned)}</Text>
        </View>
      )}
      <Text className='page-title'>委托照护协议</Text>
      <Text id='agreement-status' className='agreements__line agreements__ok'>{agreement.statusLabel}</Text>
      <Text className='agreements__line muted'>备案的村：{agreement.village.name}</Text>
      <AgreementNotices agreement={agreement} />
      <TextSizeSwitch />
      <AgreementContent agreement={agreement} />
      <SignaturesPanel agreement={agreement} />
      {bothSigned(agreement) && <AgreementPdfButton agreementId={agreement.id} />}
      <AgreementLifecycle agreement={agreement} onChanged={setData} />
      {(agreement.status === 'signed' || agreement.status === 'filed') && isParent && <ContactCard agreement={agreement} />}
      {(agreement.status === 'signed' || agreement.status === 'filed') && isParent && <TellSchool agreement={agreement} />}

      {inviteError && <Text id='invite-error' className='form-error'>{inviteError}</Text>}
      {inviteFirst && invitation && <InvitePanel invitation={invitation} onResendSms={resendSms} />}
      {inviteFirst && !invitation && (
        <Button id='invite' className='agreements__button' type='primary' size='xlarge' block onClick={invite}>
          邀请照护人签字
        </Button>
      )}
      {open && myParty && !iHaveSigned && (
        inviteFirst && !hasSigned(agreement, 'parent') ? (
          <Tappable id='sign-parent' className='text-link' onClick={() => void Taro.navigateTo({ url: signPage(agreement, 'parent') })}>
            我（父母）先签字
          </Tappable>
        ) : (
          <Button
            id={`sign-${myParty}`}
            className='agreements__button'
            type='primary'
            size='xlarge'
            block
            onClick={() => void Taro.navigateTo({ url: signPage(agreement, myParty) })}
          >
            我看完了，去签字
          </Button>
        )
      )}
      {isParent && open && (
        <Tappable
          id='agreement-edit'
          className='text-link'
          onClick={() => void Taro.navigateTo({ url: `/packages/agreements/pages/draft/index?agreementId=${agreement.id}` })}
        >
          修改协议内容{agreement.signatures.length > 0 ? '（改了以后要重新签字）' : ''}
        </Tappable>
      )}
    </PageFrame>
  )
}

export default function AgreementPage() {
  const session = useSession()
  const agreementId = useRouter().params.id
  if (!session) return <SignInFirst what='查看委托照护协议' block='agreements' />
  return agreementId ? <AgreementView agreementId={agreementId} /> : <IncompleteLink reopenFrom='委托照护协议' block='agreements' />
}
