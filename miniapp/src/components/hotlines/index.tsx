import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../tappable'
import { hotlinesNote } from '../../first-screen/first-screen-words'
import './index.scss'

/** Public hotlines named in the policy seeds (004: 12355; docs/policy.md: 12338). */
const hotlines = [
  { number: '12355', name: '青少年服务热线' },
  { number: '12338', name: '妇女儿童维权热线' },
]

function call(phoneNumber: string) {
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

export default function Hotlines() {
  return (
    <View className='hotlines'>
      <Text className='hotlines__title'>遇到困难，可以打电话</Text>
      <View className='hotlines__row'>
        {hotlines.map((line) => (
          <Tappable key={line.number} id={`hotline-${line.number}`} className='hotlines__item' onClick={() => call(line.number)}>
            <Text className='hotlines__number'>{line.number}</Text>
            <Text className='hotlines__name'>{line.name}</Text>
          </Tappable>
        ))}
      </View>
      <Text className='hotlines__note'>{hotlinesNote}</Text>
    </View>
  )
}
