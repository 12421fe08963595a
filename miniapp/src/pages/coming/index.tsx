import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { findFamilyFeature } from '../../features/family-features'
import './index.scss'
import PageFrame from '../../components/page-frame'

function goHome() {
  void Taro.switchTab({ url: '/pages/index/index' })
}

/** Placeholder for a service not built yet: says so honestly, says what it will do, leads back home. */
export default function ComingPage() {
  const feature = findFamilyFeature(useRouter().params.feature)
  const title = feature?.title ?? '这项服务'

  useEffect(() => {
    if (feature) void Taro.setNavigationBarTitle({ title: feature.title })
  }, [feature])

  return (
    <PageFrame className='coming'>
      <Text id='coming-title' className='page-title'>{title}</Text>
      <Text className='coming__status'>这项服务正在建设中，现在还不能在手机上办理。</Text>
      {feature && (
        <View className='card'>
          <Text className='coming__subtitle'>建好以后，您可以：</Text>
          {feature.willDo.map((line) => (
            <Text key={line} className='coming__item'>
              · {line}
            </Text>
          ))}
        </View>
      )}
      <Text className='coming__help muted'>现在需要办理的，请联系村里（社区）的儿童主任。</Text>
      <Button id='coming-home' type='primary' size='xlarge' block onClick={goHome}>
        回到首页
      </Button>
    </PageFrame>
  )
}
