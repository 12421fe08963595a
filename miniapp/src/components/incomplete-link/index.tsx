import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import PageFrame from '../page-frame'

const goHome = () => void Taro.switchTab({ url: '/pages/index/index' })

/**
 * Shown instead of a page opened without the id of what it shows (a link cut short when copied, an old share card):
 * says so and leads back to 首页, rather than asking the server for nothing. `reopenFrom` names where the person
 * finds the thing again; `block` is the page's style block, as for SignInFirst.
 */
export default function IncompleteLink({ reopenFrom, block }: { reopenFrom: string; block: string }) {
  return (
    <PageFrame id='incomplete-link' className={block}>
      <Text className='page-title'>这个链接不完整</Text>
      <Text className='page-lead'>{`打不开要看的内容。请回到首页，在“${reopenFrom}”里重新打开。`}</Text>
      <Button id='incomplete-link-home' type='primary' size='xlarge' block onClick={goHome}>
        回到首页
      </Button>
    </PageFrame>
  )
}
