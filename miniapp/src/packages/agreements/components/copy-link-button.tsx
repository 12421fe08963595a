import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { privacyAuthorized } from '../../../lib/privacy-authorization'

/**
 * Taro's setClipboardData pops up its own 内容已复制 toast; the button's words say it instead. The browser's
 * clipboard copies silently; otherwise (an older browser, the mini-program) the toast is taken down at once.
 */
async function copyQuietly(text: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5' && navigator.clipboard) {
    const copied = await navigator.clipboard.writeText(text).then(() => true, () => false)
    if (copied) return
  }
  // Declined: nothing is copied and the button does not say it was.
  if (!(await privacyAuthorized())) throw new Error('privacy authorisation declined')
  await Taro.setClipboardData({ data: text })
  Taro.hideToast()
}

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
        copyQuietly(link).then(() => setCopied(true)).catch(() => setCopied(false))
      }}
    >
      {copied ? copiedText : '复制链接'}
    </Button>
  )
}
