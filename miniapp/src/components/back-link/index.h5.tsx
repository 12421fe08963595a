import Taro from '@tarojs/taro'
import Tappable from '../tappable'

/** The tab pages: reached from the tab bar, so they have nothing to go back to. */
const tabPages = ['/pages/index/index', '/pages/mine/index']

/**
 * H5 has no WeChat bar with a back button: every other page gets a visible 返回 at its top (GOV.UK's back link).
 * A page with steps of its own passes `onBack`, so 返回 goes back one step, as its 上一步 does. A page opened from
 * a link, with nothing before it, goes to 首页 instead.
 */
export default function BackLink({ onBack }: { onBack?: () => void }) {
  const path = Taro.getCurrentInstance().router?.path.split('?')[0] ?? ''
  if (tabPages.includes(path)) return null
  const first = Taro.getCurrentPages().length <= 1
  function back() {
    if (onBack) onBack()
    else if (first) void Taro.switchTab({ url: '/pages/index/index' })
    else void Taro.navigateBack()
  }
  return (
    <Tappable id='back-link' className='back-link' role='link' onClick={back}>
      {first && !onBack ? '‹ 返回首页' : '‹ 返回'}
    </Tappable>
  )
}
