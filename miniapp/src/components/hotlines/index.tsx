import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './index.scss'

/** Public hotlines named in the policy seeds (004: 12355; DOMAIN.md: 12338). */
const hotlines = [
  { number: '12355', name: '青少年服务热线', use: '孩子受欺负、心里难受、需要保护' },
  { number: '12338', name: '妇女儿童维权热线', use: '妇女儿童权益受到侵害' },
]

function call(phoneNumber: string) {
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

export default function Hotlines() {
  return (
    <View className='hotlines'>
      <Text className='section-title'>遇到困难，可以打电话</Text>
      {hotlines.map((line) => (
        <View key={line.number} id={`hotline-${line.number}`} className='hotlines__item card' onClick={() => call(line.number)}>
          <View className='hotlines__text'>
            <Text className='hotlines__name'>{line.name}</Text>
            <Text className='hotlines__use'>{line.use}</Text>
          </View>
          <Text className='hotlines__number'>{line.number}</Text>
        </View>
      ))}
      <Text className='hotlines__note'>遇到危险，请马上拨打 110。</Text>
    </View>
  )
}
