import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { formatDate, formatMoment } from '../../../lib/format-date'
import EndAgreement from './end-agreement'

const agreementPage = (id: string) => `/packages/agreements/pages/agreement/index?id=${id}`
export const replaceCaregiverPage = (id: string) => `/packages/agreements/pages/draft/index?replaces=${id}`
/** After the caregiver said no: a new agreement started from this one, with the caregiver left to fill in. */
const askAnotherPage = (id: string) => `/packages/agreements/pages/draft/index?from=${id}`

/** 更换照护人 starts a new agreement, or continues the one already started and not yet signed by both. */
const replaceCaregiver = (agreement: Agreement) =>
  void Taro.navigateTo({ url: agreement.pendingReplacement ? agreementPage(agreement.pendingReplacement) : replaceCaregiverPage(agreement.id) })

/**
 * How the agreement ended or what it needs now (issue 4 §6): the caregiver's no (and for the parent, 另请一位照护人),
 * the director's finding that the caregiver cannot care, an early ending, the new agreement that replaced it; and for
 * the parent of one in force, 更换照护人 and 提前结束协议.
 */
export function AgreementNotices({ agreement }: { agreement: Agreement }) {
  const inForce = agreement.status === 'signed' || agreement.status === 'filed'
  const isParent = agreement.viewerParty === 'parent'
  const unable = agreement.caregiverUnable
  return (
    <View id='agreement-notices'>
      {agreement.termination && (
        <Text id='agreement-termination' className='agreements__notice'>
          已于{formatDate(agreement.termination.on)}提前结束。原因：{agreement.termination.reason}
        </Text>
      )}
      {agreement.supersededBy && (
        <Tappable id='agreement-superseded-by' className='agreements__notice' onClick={() => void Taro.navigateTo({ url: agreementPage(agreement.supersededBy!) })}>
          已换了新的照护人，新协议已签字生效。点这里看新协议
        </Tappable>
      )}
      {agreement.supersedes && (
        <Tappable id='agreement-supersedes' className='text-link' onClick={() => void Taro.navigateTo({ url: agreementPage(agreement.supersedes!) })}>
          这份协议更换了照护人，签好后代替原来的协议。看原来的协议
        </Tappable>
      )}
      {agreement.declined && (
        <View id='agreement-declined' className='agreements__notice'>
          <Text className='agreements__title'>{agreement.caregiver.name}没有答应照顾孩子</Text>
          {agreement.declined.reason && <Text className='agreements__line'>原因：{agreement.declined.reason}</Text>}
          {isParent && <Text className='agreements__line'>这份协议不能再签了。请另请一位照护人：孩子、父母和紧急联系人都已经填好，只要填新的照护人，再请他签字。</Text>}
          {isParent && (
            <Button id='ask-another-caregiver' className='agreements__button' type='primary' size='xlarge' block onClick={() => void Taro.navigateTo({ url: askAnotherPage(agreement.id) })}>
              另请一位照护人
            </Button>
          )}
        </View>
      )}
      {unable && inForce && (
        <View id='caregiver-unable' className='agreements__notice'>
          <Text className='agreements__title'>照护人已不能继续照护</Text>
          <Text className='agreements__line'>村儿童主任的走访记录（{formatMoment(unable.at)}）：{unable.notes}</Text>
          {isParent && <Text className='agreements__line'>请尽快另选一位照护人，签一份新协议。</Text>}
          {isParent && (
            <Button id='replace-caregiver' className='agreements__button' type='primary' size='xlarge' block onClick={() => replaceCaregiver(agreement)}>
              {agreement.pendingReplacement ? '继续更换照护人（新协议还没签完）' : '更换照护人'}
            </Button>
          )}
        </View>
      )}
    </View>
  )
}

/** The parent's actions on an agreement in force, below its text: 更换照护人 and 提前结束协议. */
export default function AgreementLifecycle({ agreement, onChanged }: { agreement: Agreement; onChanged(next: Agreement): void }) {
  const inForce = agreement.status === 'signed' || agreement.status === 'filed'
  if (agreement.viewerParty !== 'parent' || !inForce) return null
  return (
    <View id='agreement-lifecycle'>
      {!agreement.caregiverUnable && (
        <Tappable id='replace-caregiver-link' className='text-link' onClick={() => replaceCaregiver(agreement)}>
          {agreement.pendingReplacement ? '继续更换照护人（新协议还没签完）' : '更换照护人（签一份新协议代替这份）'}
        </Tappable>
      )}
      <EndAgreement agreement={agreement} onEnded={onChanged} />
    </View>
  )
}
