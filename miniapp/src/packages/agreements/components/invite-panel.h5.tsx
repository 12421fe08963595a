import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import QRCode from 'qrcode'
import type { InvitePanelProps } from './invite-panel-props'
import CopyLinkButton from './copy-link-button'
import InviteSms from './invite-sms'

/** Portal: the invitation went by SMS; here also as a link and a QR code the caregiver scans from the parent's screen. */
export default function InvitePanel({ invitation, onResendSms }: InvitePanelProps) {
  const link = `${window.location.origin}${invitation.url}`
  const [qr, setQr] = useState<string | null>(null)
  useEffect(() => {
    QRCode.toDataURL(link, { margin: 1, width: 440 }).then(setQr).catch(() => setQr(null))
  }, [link])

  return (
    <View id='invite-panel' className='card agreements__card'>
      <Text className='agreements__title'>请照护人签字</Text>
      <InviteSms sms={invitation.sms} onResend={onResendSms} />
      <Text className='agreements__line'>照护人在您身边，也可以用手机扫下面的二维码；或者把链接发给照护人。</Text>
      {qr && <Image id='invite-qr' className='agreements__qr' src={qr} nativeProps={{ alt: '邀请照护人签字的二维码' }} />}
      <Text id='invite-link' className='agreements__link'>{link}</Text>
      <CopyLinkButton id='invite-copy' link={link} copiedText='链接已复制' />
    </View>
  )
}
