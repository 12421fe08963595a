import { useLayoutEffect } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../tappable'

export interface FieldError {
  /** The id of the field's element on the page, where the link moves to. */
  field: string
  message: string
}

/** Moves the page to an element and, on H5, the keyboard into it (its input when it has one). */
function moveTo(id: string, focus: 'self' | 'input') {
  if (process.env.TARO_ENV !== 'h5') {
    void Taro.pageScrollTo({ selector: `#${id}`, duration: 0 }).catch(() => undefined)
    return
  }
  const element = document.getElementById(id)
  if (!element) return
  element.scrollIntoView({ block: focus === 'self' ? 'start' : 'center' })
  const target = focus === 'input' ? (element.querySelector<HTMLElement>('input, textarea, [tabindex]') ?? element) : element
  if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA)$/.test(target.tagName)) target.setAttribute('tabindex', '-1')
  requestAnimationFrame(() => target.focus({ preventScroll: true }))
}

/**
 * What to fix after a failed save, at the top of the form in the GOV.UK manner: the page moves to the list, and
 * each item is a link to its field, so a family on a long form finds every problem without hunting for red text.
 * Shown again for each failed save (give it a new `key`), so the page moves to it each time.
 */
export default function ErrorSummary({ id, errors }: { id: string; errors: FieldError[] }) {
  useLayoutEffect(() => {
    if (errors.length > 0) moveTo(id, 'self')
  }, [])
  if (errors.length === 0) return null
  return (
    <View id={id} className='error-summary' role='alert'>
      <Text className='error-summary__title'>还有 {errors.length} 处要改，点一下就到那里：</Text>
      {errors.map((error) => (
        <Tappable key={error.field} id={`${id}-${error.field}`} role='link' className='error-summary__link' onClick={() => moveTo(error.field, 'input')}>
          {error.message}
        </Tappable>
      ))}
    </View>
  )
}
