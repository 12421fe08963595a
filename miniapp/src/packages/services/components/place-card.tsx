import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { NearbyPlace } from '@ccs/shared/services/service-schemas'
import { placeKindLabels } from '@ccs/shared/services/service-labels'
import NavigateButton from './navigate-button'

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)

/** "约 800 米", "约 3.2 公里": how far, rounded as people say it. */
export function distanceText(metres: number): string {
  if (metres < 1000) return `约 ${Math.max(100, Math.round(metres / 100) * 100)} 米`
  return `约 ${(metres / 1000).toFixed(metres < 10_000 ? 1 : 0)} 公里`
}

/** A place: what it is, how far, where, when it is open, a button that calls it and one that shows the way. */
export default function PlaceCard({ place }: { place: NearbyPlace }) {
  return (
    <View id={`place-${place.id}`} className='card services__card'>
      <Text className='services__title'>{place.name}</Text>
      <Text className='services__line'>
        <Text className='services__tag'>{placeKindLabels[place.kind]}</Text>
        {place.distanceMetres !== undefined && <Text id={`place-${place.id}-distance`}>{distanceText(place.distanceMetres)}</Text>}
      </Text>
      <Text className='services__line'>地址：{place.address}</Text>
      <Text className='services__line'>开放时间：{place.hours}</Text>
      <Tappable id={`place-${place.id}-call`} className='call-button' onClick={() => call(place.phone)}>
        打电话 {place.phone}
      </Tappable>
      {place.location && <NavigateButton place={place} location={place.location} />}
    </View>
  )
}
