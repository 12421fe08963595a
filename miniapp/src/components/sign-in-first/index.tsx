import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { rememberReturnPage } from '../../session/return-after-sign-in'
import PageFrame from '../page-frame'
import { signInFirstLead, signInFirstTitle } from '../../first-screen/first-screen-words'

function goSignIn() {
  rememberReturnPage()
  void Taro.switchTab({ url: '/pages/mine/index' })
}

/**
 * Shown instead of a page that needs a signed-in family: says why and leads to sign-in. `block` is the
 * page's style block (family, agreements), so it reads in the same large type as the page it stands for.
 * After signing in, 我的 brings the person back to this page.
 */
export default function SignInFirst({ what, block }: { what: string; block: string }) {
  return (
    <PageFrame id='sign-in-first' className={block}>
      <Text className='page-title'>{signInFirstTitle}</Text>
      <Text className='page-lead'>{signInFirstLead(what)}</Text>
      <Button id='go-sign-in' type='primary' size='xlarge' block onClick={goSignIn}>
        去登录
      </Button>
    </PageFrame>
  )
}
