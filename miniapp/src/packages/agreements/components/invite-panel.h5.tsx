import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import QRCode from 'qrcode'
import type { InvitePanelProps } from './invite-panel-props'

/** Portal: the invitation as a link and a QR code the caregiver scans from the parent's screen. */
export default function InvitePanel({ invitation }: InvitePanelProps) {
  const link = `${window.location.origin}${invitation.url}`
  const [qr, setQr] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    QRCode.toDataURL(link, { margin: 1, width: 440 }).then(setQr).catch(() => setQr(null))
  }, [link])

  return (
    <View id='invite-panel' className='card agreements__card'>
      <Text className='agreements__title'>请照护人扫码签字</Text>
      <Text className='agreements__line'>让照护人用手机扫下面的二维码，或者把链接发给照护人。</Text>
      {qr && <Image id='invite-qr' className='agreements__qr' src={qr} />}
      <Text id='invite-link' className='agreements__link'>{link}</Text>
      <Button
        id='invite-copy'
        className='agreements__button'
        type='primary'
        fill='outline'
        size='large'
        block
        onClick={() => {
          Taro.setClipboardData({ data: link }).then(() => setCopied(true)).catch(() => setCopied(false))
        }}
      >
        {copied ? '链接已复制' : '复制链接'}
      </Button>
    </View>
  )
}
