import { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { placeKindLabels, type PlaceKind } from '@ccs/shared/services/service-labels'
import NearbyPlaces from '../../components/nearby-places'
import { loadServiceRegion } from '../../lib/service-region'
import '../../services.scss'
import PageFrame from '../../../../components/page-frame'

const kindsOf = (text: string | undefined): PlaceKind[] =>
  (text ?? '').split(',').filter((kind): kind is PlaceKind => Object.keys(placeKindLabels).includes(kind))

/** More places of the kinds asked for, nearest first. */
export default function PlacesPage() {
  const kinds = kindsOf(useRouter().params.kinds)
  const region = loadServiceRegion()
  return (
    <PageFrame id='places' className='services'>
      <Text className='page-title'>{kinds.length > 0 ? kinds.map((kind) => placeKindLabels[kind]).join('、') : '服务地点'}</Text>
      <NearbyPlaces kinds={kinds} regionCode={region?.code ?? '52'} limit={20} />
    </PageFrame>
  )
}
