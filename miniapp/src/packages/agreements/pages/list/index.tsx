import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { agreementPartyLabels } from '@ccs/shared/agreements/agreement-status'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { formatDate } from '../../../../lib/format-date'
import { useSession } from '../../../../session/use-session'
import SignInFirst from '../../../../components/sign-in-first'
import { fetchAgreements } from '../../api/agreements-api'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'
import EmptyState from '../../../../components/empty-state'

const startAgreement = () => void Taro.navigateTo({ url: '/packages/agreements/pages/draft/index' })

/** 委托照护协议: the agreements the person is party to (as parent or caregiver), and starting a new one. */
function AgreementList() {
  const { data: agreements, error } = useLoadedOnShow(fetchAgreements)
  return (
    <PageFrame id='screen-agreements' className='agreements'>
      <Text className='page-title'>委托照护协议</Text>
      <Text className='page-lead'>父母外出打工前，和照顾孩子的人签一份协议，交给村里存档。</Text>
      <Tappable id='invitation-code-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/agreements/pages/invite/index' })}>
        我有邀请码（收到了请我照顾孩子的短信）
      </Tappable>
      {error && <Text id='agreements-error' className='form-error'>{error}</Text>}
      {agreements === null && !error && <Text className='agreements__line muted'>正在加载…</Text>}
      {agreements?.length === 0 && (
        <EmptyState id='agreements-empty' text='还没有协议。外出前，点下面的按钮写一份，再请照顾孩子的人签字。' actionId='agreement-new' action='新建委托照护协议' onAction={startAgreement} />
      )}
      {agreements?.map((agreement) => (
        <Tappable
          key={agreement.id}
          id={`agreement-${agreement.id}`}
          className='card agreements__card go-card'
          onClick={() => void Taro.navigateTo({ url: `/packages/agreements/pages/agreement/index?id=${agreement.id}` })}
        >
          <Text className='agreements__title'>{agreement.children.map((child) => child.name).join('、')}</Text>
          <Text className='agreements__line'>照护人：{agreement.caregiver.name}</Text>
          <Text className='agreements__line'>
            {formatDate(agreement.period.start)} 到 {formatDate(agreement.period.end)}
          </Text>
          <Text className='agreements__line agreements__ok'>{agreement.statusLabel}</Text>
          {agreement.viewerParty !== 'staff' && (
            <Text className='agreements__line muted'>您是{agreementPartyLabels[agreement.viewerParty]}</Text>
          )}
        </Tappable>
      ))}
      {agreements?.length !== 0 && (
        <Button id='agreement-new' className='agreements__button' type='primary' size='xlarge' block onClick={startAgreement}>
          新建委托照护协议
        </Button>
      )}
    </PageFrame>
  )
}

export default function AgreementListPage() {
  return useSession() ? <AgreementList /> : <SignInFirst what='签委托照护协议' block='agreements' />
}
