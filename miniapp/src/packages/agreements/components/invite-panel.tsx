import { Button, Text, View } from '@tarojs/components'
import type { InvitePanelProps } from './invite-panel-props'

/** Mini-program: the invitation goes as a WeChat share card (the page's onShareAppMessage gives its path). */
export default function InvitePanel(_props: InvitePanelProps) {
  return (
    <View id='invite-panel' className='card agreements__card'>
      <Text className='agreements__title'>请照护人签字</Text>
      <Text className='agreements__line'>点下面的按钮，把协议发给照护人的微信。照护人打开后在自己的手机上签字。</Text>
      <Button id='invite-share' className='agreements__share' openType='share'>
        发给照护人
      </Button>
    </View>
  )
}
