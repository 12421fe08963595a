import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Place } from '@ccs/shared/services/service-schemas'
import Tappable from '../../../components/tappable'
import { errorMessageOf } from '../../../api/api-error'
import { fetchPlacesByIds } from '../api/services-api'
import PlaceCard from './place-card'

/** The places an item names as serving it (issue 20), each with its address, hours, a call and a way there. */
export default function LinkedPlaces({ ids }: { ids: readonly string[] }) {
  const [places, setPlaces] = useState<Place[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function load() {
    setError(null)
    try {
      setPlaces(await fetchPlacesByIds(ids))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }
  useEffect(() => {
    void load()
  }, [ids.join(',')])

  return (
    <View id='linked-places'>
      {error && (
        <View>
          <Text className='form-error'>{error}</Text>
          <Tappable className='text-link' onClick={() => void load()}>重新加载</Tappable>
        </View>
      )}
      {places?.length === 0 && <Text className='services__line'>办理地点暂时关闭了，可以打上面的电话问，或问村（社区）儿童主任。</Text>}
      {places?.map((place) => <PlaceCard key={place.id} place={place} />)}
    </View>
  )
}
