import { startTransition, useEffect, useLayoutEffect, useState, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useTextSize } from '../../text-size/use-text-size'
import NetworkBanner from '../network-banner'
import PrivacyAuthorization from '../privacy-authorization'
import BackLink from '../back-link'
import { removeFirstScreen } from '../../lib/remove-first-screen'

interface PageFrameProps {
  id?: string
  /** The page's own block class, e.g. `family`. */
  className?: string
  /** For a page with steps of its own: what the back link at its top does instead of leaving the page (H5). */
  onBack?: () => void
}

/** Every page's root, so that 大字模式 applies to every page the same way. */
export default function PageFrame({ id, className, onBack, children }: PropsWithChildren<PageFrameProps>) {
  const large = useTextSize() === 'large'
  const shown = useContentShown()

  useEffect(() => {
    // H5 draws its tab bar outside the page; the mini-program's is native and follows WeChat's font setting.
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('text-large', large)
  }, [large])

  // In the same commit as the content, so that the first screen's words and the page's never show together.
  useLayoutEffect(() => {
    if (shown) removeFirstScreen()
  }, [shown])

  return (
    <View id={id} className={`page${className ? ` ${className}` : ''}${large ? ' page--large' : ''}`}>
      <NetworkBanner />
      <PrivacyAuthorization />
      {shown && <BackLink onBack={onBack} />}
      {shown && children}
    </View>
  )
}

/**
 * The page's content is drawn in a transition after its frame, so React builds it in slices of a few
 * milliseconds and the phone answers taps in between, instead of freezing while a whole page is built.
 */
function useContentShown(): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => startTransition(() => setShown(true)), [])
  return shown
}
