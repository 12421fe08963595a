import { Text } from '@tarojs/components'
import Tappable from '../tappable'
import { textSizeStore } from '../../text-size/text-size-store'
import { useTextSize } from '../../text-size/use-text-size'
import './index.scss'

/** 大字模式 on or off, for every page; the words say which, not only the look. */
export default function TextSizeSwitch() {
  const large = useTextSize() === 'large'
  return (
    <Tappable
      id='text-size-switch'
      className='text-size-switch'
      role='switch'
      aria-checked={large}
      onClick={() => textSizeStore.choose(large ? 'standard' : 'large')}
    >
      <Text className='text-size-switch__mark'>{large ? '大' : '字'}</Text>
      <Text className='text-size-switch__text'>{large ? '大字模式已打开，点这里恢复正常字号' : '字太小？点这里打开大字模式'}</Text>
    </Tappable>
  )
}
