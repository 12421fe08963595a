import { Text, View } from '@tarojs/components'
import { useOnline } from './use-online'
import './index.scss'

/**
 * Said at the top of the page while the phone has no connection: what was filled in stays on the phone and
 * goes out with the next tap once the signal is back. Words and a sign, not only a colour; never a pop-up.
 */
export default function NetworkBanner() {
  const online = useOnline()
  if (online) return null
  return (
    <View id='network-banner' className='network-banner' role='status' aria-live='polite'>
      <Text className='network-banner__title'>⚠ 现在没有网络</Text>
      <Text className='network-banner__text'>您填的内容都存在这部手机上，不会丢。等有信号了，再点一次刚才的按钮，就会发出去。</Text>
    </View>
  )
}
