import { View } from '@tarojs/components'
import type { ViewProps } from '@tarojs/components/types/View'

// On H5 a tapped View must also be reachable from the keyboard and let a page that scrolls be scrolled
// without a finger (axe-core's scrollable-region-focusable); the mini-program has no keyboard focus.
const keyboardFocus = process.env.TARO_ENV === 'h5' ? ({ tabIndex: 0 } as object) : {}

/**
 * A View people tap: screen readers (TalkBack, WeChat's 读屏) call it a button unless `role` says otherwise
 * (radio, checkbox, switch, link), with its state in aria-checked or aria-pressed.
 */
export default function Tappable({ role = 'button', className, ...props }: ViewProps) {
  // Drawn pressed while touched (app.scss), so a tap is seen to have landed.
  return <View role={role} {...keyboardFocus} hoverClass='tappable--pressed' className={`tappable${className ? ` ${className}` : ''}`} {...props} />
}
