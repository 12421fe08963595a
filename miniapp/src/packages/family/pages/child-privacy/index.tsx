import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { useSession } from '../../../../session/use-session'
import { rememberReturnPage } from '../../../../session/return-after-sign-in'
import { formatMoment } from '../../../../lib/format-date'
import PageFrame from '../../../../components/page-frame'
import PrivacyNotice from '../../components/privacy/privacy-notice'
import { fetchChildPrivacy, giveChildConsent } from '../../api/consent-api'
import '../../family.scss'

/**
 * Back to the page that sent the family here (the child form keeps what was typed): by the page stack, else by the
 * page it named (opened by link or reloaded, the stack holds this page only), else to 隐私与个人信息.
 */
function carryOn() {
  if (Taro.getCurrentPages().length > 1) return void Taro.navigateBack()
  const back = Taro.getCurrentInstance().router?.params.back
  void Taro.redirectTo({ url: back ? decodeURIComponent(back) : '/packages/family/pages/privacy/index' })
}

function goSignIn() {
  rememberReturnPage()
  void Taro.switchTab({ url: '/pages/mine/index' })
}

/**
 * 儿童个人信息保护说明: the notice, and the guardian's own separate consent to it: a tick nobody else sets and
 * 同意并继续. Anyone may read it; agreeing needs the family signed in.
 */
export default function ChildPrivacyPage() {
  const session = useSession()
  const { data, error: loadError, setData } = useLoadedOnShow(fetchChildPrivacy)
  const [ticked, setTicked] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const status = data?.status

  async function agree() {
    if (!data) return
    if (!ticked) return setError('请先勾选上面的“我已看完并同意”，再点同意并继续。')
    setBusy(true)
    setError(null)
    try {
      setData(await giveChildConsent(data.notice.version))
      carryOn()
    } catch (e) {
      setError(`没有记下您的同意：${errorMessageOf(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageFrame id='screen-child-privacy' className='family'>
      <Text className='page-title'>{data?.notice.title ?? '儿童个人信息保护说明'}</Text>
      {loadError && <Text id='child-privacy-error' className='form-error'>{loadError}</Text>}
      {!data && !loadError && <Text className='family__line muted'>正在加载…</Text>}
      {data && <PrivacyNotice notice={data.notice} />}
      {data && status?.current && (
        <>
          <Text id='child-privacy-given' className='family__notice'>您已在{formatMoment(status.givenAt)}同意这份说明。</Text>
          <Button id='child-privacy-back' className='family__button' type='primary' size='xlarge' block onClick={carryOn}>
            返回
          </Button>
        </>
      )}
      {data && !status?.current && !session && (
        <Button id='go-sign-in' className='family__button' type='primary' size='xlarge' block onClick={goSignIn}>
          登录后同意
        </Button>
      )}
      {data && !status?.current && session && (
        <>
          <Tappable
            id='child-privacy-tick'
            className={`consent ${ticked ? 'consent--checked' : ''}`}
            role='checkbox'
            aria-checked={ticked}
            onClick={() => {
              setTicked(!ticked)
              setError(null)
            }}
          >
            <Text className='consent__box'>{ticked ? '✓' : ''}</Text>
            <Text className='consent__text'>我是孩子的父母或监护人，我已看完并同意：按这份说明保存和使用孩子的信息。</Text>
          </Tappable>
          {error && <Text id='child-privacy-agree-error' className='form-error'>{error}</Text>}
          <Button id='child-privacy-agree' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void agree()}>
            {busy ? '正在记录…' : '同意并继续'}
          </Button>
          <Text className='family__line muted'>不同意也没关系：您仍然可以看政策、做权益自测，只是不能在这里保存孩子的信息。</Text>
        </>
      )}
    </PageFrame>
  )
}
