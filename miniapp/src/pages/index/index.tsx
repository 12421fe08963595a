import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../components/tappable'
import Hotlines from '../../components/hotlines'
import { familyFeatures, type FamilyFeature } from '../../features/family-features'
import './index.scss'
import PageFrame from '../../components/page-frame'
import TextSizeSwitch from '../../components/text-size-switch'
import { homeTitle } from '../../first-screen/first-screen-words'

function openFeature(feature: FamilyFeature) {
  void Taro.navigateTo({ url: feature.url })
}

/** 首页: the family's four services as large cards, each with its picture, and the hotlines. */
export default function HomePage() {
  return (
    <PageFrame className='home'>
      <Text className='page-title'>{homeTitle}</Text>
      <TextSizeSwitch />
      {familyFeatures.map((feature) => (
        <Tappable
          key={feature.key}
          id={`home-entry-${feature.key}`}
          className='home__entry card'
          onClick={() => openFeature(feature)}
        >
          <View className='home__entry-icon' aria-hidden>
            <feature.icon size={30} />
          </View>
          <View className='home__entry-text'>
            <Text className='home__entry-title'>{feature.title}</Text>
            <Text className='home__entry-summary'>{feature.summary}</Text>
          </View>
          <Text className='home__entry-arrow'>›</Text>
        </Tappable>
      ))}
      <Hotlines />
    </PageFrame>
  )
}
