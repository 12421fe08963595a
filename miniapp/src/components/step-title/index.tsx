import { useId, useLayoutEffect, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'

interface Props {
  id?: string
  className?: string
}

/**
 * The title of a step or page that replaces another on the same screen (the next question, 申请已提交, the
 * services of the county just chosen). Mounting it puts the screen back at its top and, on H5, the keyboard
 * and screen-reader focus on it: Taro's H5 page scrolls inside its own element and kept the last step's position,
 * hiding the new title and first question, and a screen reader stayed on the button just pressed.
 */
export default function StepTitle({ id, className = 'page-title', children }: PropsWithChildren<Props>) {
  const ownId = `step-title-${useId().replace(/:/g, '')}`
  const elementId = id ?? ownId

  useLayoutEffect(() => {
    if (process.env.TARO_ENV !== 'h5') {
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
      return
    }
    const title = document.getElementById(elementId)
    if (!title) return
    for (let element = title.parentElement; element; element = element.parentElement) element.scrollTop = 0
    window.scrollTo(0, 0)
    // Focusable by the page, not a stop for the keyboard. Focused a frame later: Taro's Text element is not
    // ready to take focus in the commit that adds it (a submitted application's title stayed unfocused).
    title.setAttribute('tabindex', '-1')
    const frame = requestAnimationFrame(() => title.focus({ preventScroll: true }))
    return () => cancelAnimationFrame(frame)
  }, [])

  return (
    <Text id={elementId} className={`${className} step-title`}>
      {children}
    </Text>
  )
}
