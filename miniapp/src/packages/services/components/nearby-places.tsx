import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { NearbyPlace, PlaceKind } from '@ccs/shared/services/service-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { fetchPlaces } from '../api/services-api'
import { devicePosition, knownPosition } from '../lib/device-position'
import PlaceCard from './place-card'

interface Props {
  kinds: readonly PlaceKind[]
  regionCode: string
  limit: number
  /** Places already shown above (the item's own), left out here. */
  except?: readonly string[]
}

/**
 * The places of these kinds nearest the family: from the phone's position once they agree to share it
 * (a tap, never asked unprompted), otherwise from the region they chose.
 */
export default function NearbyPlaces({ kinds, regionCode, limit, except = [] }: Props) {
  const [places, setPlaces] = useState<NearbyPlace[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [byPosition, setByPosition] = useState(knownPosition() !== null)
  const [notice, setNotice] = useState<string | null>(null)

  async function load(usePosition: boolean) {
    setError(null)
    try {
      const position = usePosition ? knownPosition() ?? (await devicePosition()) : null
      if (usePosition && !position) setNotice('没能取得手机的位置，下面按您选的地区排列。')
      setByPosition(position !== null)
      setPlaces((await fetchPlaces(position ? { near: position } : { regionCode }, kinds, limit)).filter((place) => !except.includes(place.id)))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useEffect(() => {
    void load(knownPosition() !== null)
  }, [regionCode, kinds.join(',')])

  return (
    <View className='nearby-places'>
      {!byPosition && (
        <Tappable id='use-my-position' className='call-button' onClick={() => void load(true)}>
          用我的位置找最近的
        </Tappable>
      )}
      <Text className='services__line muted'>{byPosition ? '按离您的距离排列，最近的在前面。' : '按您选的地区排列。位置只用来排序，不会保存。'}</Text>
      {notice && <Text className='services__notice'>{notice}</Text>}
      {error && (
        <View>
          <Text className='form-error'>{error}</Text>
          <Tappable className='text-link' onClick={() => void load(byPosition)}>重新加载</Tappable>
        </View>
      )}
      {places?.length === 0 && <Text className='services__line'>附近还没有登记这类地点，可以问村（社区）儿童主任。</Text>}
      {places?.map((place) => <PlaceCard key={place.id} place={place} />)}
      {places && places.length >= limit && (
        <Tappable
          id='more-places'
          className='text-link'
          onClick={() => void Taro.navigateTo({ url: `/packages/services/pages/places/index?kinds=${kinds.join(',')}` })}
        >
          查看更多地点 ›
        </Tappable>
      )}
    </View>
  )
}
