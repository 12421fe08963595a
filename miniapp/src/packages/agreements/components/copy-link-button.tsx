import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'

/** Copies a link for the parent to paste into a chat, and says so on the button itself (no pop-up). */
export default function CopyLinkButton({ id, link, copiedText }: { id: string; link: string; copiedText: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <Button
      id={id}
      className='agreements__button'
      type='primary'
      fill='outline'
      size='large'
      block
      onClick={() => {
        Taro.setClipboardData({ data: link }).then(() => setCopied(true)).catch(() => setCopied(false))
      }}
    >
      {copied ? copiedText : '复制链接'}
    </Button>
  )
}
