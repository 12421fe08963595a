import { Button, Text, View } from '@tarojs/components'
import type { InvitePanelProps } from './invite-panel-props'
import InviteSms from './invite-sms'

/** Mini-program: the invitation went by SMS, and goes as a WeChat share card too (the page's onShareAppMessage gives its path). */
export default function InvitePanel({ invitation, onResendSms }: InvitePanelProps) {
  return (
    <View id='invite-panel' className='card agreements__card'>
      <Text className='agreements__title'>请照护人签字</Text>
      <InviteSms sms={invitation.sms} onResend={onResendSms} />
      <Text className='agreements__line'>也可以点下面的按钮，把协议发给照护人的微信。照护人打开后在自己的手机上签字。</Text>
      <Button id='invite-share' className='agreements__share' openType='share'>
        发给照护人
      </Button>
    </View>
  )
}
