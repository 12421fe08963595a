import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { ChildPrivacy, ConsentStatus, DataRequest } from '@ccs/shared/consent/consent-schemas'
import { fetchChildren } from '../../../../api/children-api'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useSession } from '../../../../session/use-session'
import { formatMoment } from '../../../../lib/format-date'
import PageFrame from '../../../../components/page-frame'
import SignInFirst from '../../../../components/sign-in-first'
import DataRequestForm from '../../components/privacy/data-request-form'
import DataRequestList from '../../components/privacy/data-request-list'
import WithdrawConsent from '../../components/privacy/withdraw-consent'
import { fetchChildPrivacy, fetchDataRequests } from '../../api/consent-api'
import '../../family.scss'
import '../../components/privacy/privacy.scss'

const openNotice = () => void Taro.navigateTo({ url: '/packages/family/pages/child-privacy/index' })

function statusText(status: ConsentStatus | null): string {
  if (!status) return '您还没有同意。同意以前，不能在这里添加孩子、为孩子申请。'
  if (status.current) return `您已在${formatMoment(status.givenAt)}同意。`
  if (status.withdrawnAt) return `您在${formatMoment(status.withdrawnAt)}撤回了同意。现在不能添加孩子、填写或提交申请；已经提交的申请会继续办完。`
  return '说明已经更新，请看一看新的说明，同意后才能接着办。'
}

/** 隐私与个人信息 on 我的: the notice, the consent with its date, withdrawing it, and asking to correct or delete. */
function Privacy() {
  const privacy = useLoadedOnShow(fetchChildPrivacy)
  const requests = useLoadedOnShow(fetchDataRequests)
  const children = useLoadedOnShow(fetchChildren)
  const [screen, setScreen] = useState<'overview' | 'withdraw' | 'request'>('overview')
  const [said, setSaid] = useState<string | null>(null)
  const status = privacy.data?.status ?? null

  function withdrawn(updated: ChildPrivacy) {
    privacy.setData(updated)
    setSaid('已经撤回同意。以后不会再保存孩子的新信息；想删掉已有的信息，可以在下面申请删除。')
    setScreen('overview')
  }

  function asked(request: DataRequest) {
    requests.setData([request, ...(requests.data ?? []).filter((r) => r.id !== request.id)])
    if (request.status === 'done') children.setData((children.data ?? []).filter((child) => child.id !== request.childId))
    setSaid(request.status === 'done' ? '孩子的信息已经删除。' : '申请已经提交，儿童主任或县民政局处理完会在这里告诉您结果。')
    setScreen('overview')
  }

  if (screen === 'withdraw' && privacy.data) {
    return (
      <PageFrame className='family'>
        <WithdrawConsent privacy={privacy.data} onDone={withdrawn} onCancel={() => setScreen('overview')} />
      </PageFrame>
    )
  }
  if (screen === 'request') {
    return (
      <PageFrame className='family'>
        <DataRequestForm children={children.data ?? []} onDone={asked} onCancel={() => setScreen('overview')} />
      </PageFrame>
    )
  }

  const error = privacy.error ?? requests.error
  return (
    <PageFrame id='screen-privacy' className='family'>
      <Text className='page-title'>隐私与个人信息</Text>
      {said && <Text id='privacy-said' className='family__notice'>{said}</Text>}
      {error && <Text id='privacy-error' className='form-error'>{error}</Text>}
      <View id='consent-status' className='card family__card'>
        <Text className='family__title'>儿童个人信息保护说明</Text>
        {privacy.data ? <Text className='family__line'>{statusText(status)}</Text> : <Text className='family__line muted'>正在加载…</Text>}
        <Tappable id='open-child-privacy' className='text-link' onClick={openNotice}>
          看说明全文
        </Tappable>
        {status?.current && (
          <Tappable id='withdraw-consent' className='text-link' onClick={() => setScreen('withdraw')}>
            撤回同意
          </Tappable>
        )}
      </View>
      {privacy.data && !status?.current && (
        <Button id='privacy-agree' className='family__button' type='primary' size='xlarge' block onClick={openNotice}>
          阅读并同意
        </Button>
      )}
      <View id='data-request-card' className='card family__card'>
        <Text className='family__title'>更正或删除孩子的信息</Text>
        {requests.data && <DataRequestList requests={requests.data} />}
        {status?.current ? null : (
          <Tappable id='data-request-open' className='text-link' onClick={() => setScreen('request')}>
            申请更正或删除孩子的信息
          </Tappable>
        )}
      </View>
      {status?.current && (
        <Button id='data-request-open' className='family__button' type='primary' size='xlarge' block onClick={() => setScreen('request')}>
          申请更正或删除
        </Button>
      )}
    </PageFrame>
  )
}

export default function PrivacyPage() {
  return useSession() ? <Privacy /> : <SignInFirst what='查看和管理孩子的个人信息' block='family' />
}
