import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { ListedServiceItem } from '@ccs/shared/services/service-schemas'
import { placeKindLabels } from '@ccs/shared/services/service-labels'
import { waysToAct, type WayToAct } from '@ccs/shared/services/ways-to-act'
import type { ServiceSearchFound } from '../api/services-api'
import ItemCard from './item-card'
import PlaceCard from './place-card'

const wayText = (way: WayToAct) =>
  way.kind === 'phone'
    ? `打 ${way.number}`
    : way.kind === 'place'
      ? `到${placeKindLabels[way.placeKind]}`
      : way.kind === 'namedPlace'
        ? '到办理地点（点开看地址）'
        : way.step === 'apply'
          ? '在手机上申请'
          : '在手机上签协议'

/** Under a result, in a line, how to act on it, so a family sees it before opening the item. */
function WaysToActLine({ item }: { item: ListedServiceItem }) {
  const ways = waysToAct(item)
  if (ways.length === 0) return null
  return <Text className='ways-to-act'>怎么办：{[...new Set(ways.map(wayText))].join(' · ')}</Text>
}

interface Props {
  query: string
  found: ServiceSearchFound
  /** Whether the places are ordered from the phone's position. */
  byPosition: boolean
  onUsePosition: () => void
}

/** What a search found: the places it asked for first (with distance, hours, call and the way there), then the services. */
export default function SearchResults({ query, found, byPosition, onUsePosition }: Props) {
  const { hits, places } = found
  return (
    <View id='search-results'>
      {places.length > 0 && (
        <View id='search-places'>
          <Text className='services__line'>{byPosition ? '这些地方离您最近，最近的在前面：' : '这些地方在您选的地区，同村、同乡镇的在前面：'}</Text>
          {!byPosition && (
            <Tappable id='search-use-my-position' className='call-button' onClick={onUsePosition}>
              用我的位置找最近的
            </Tappable>
          )}
          {places.map((place) => (
            <PlaceCard key={place.id} place={place} />
          ))}
        </View>
      )}
      {hits.length === 0 && places.length === 0 ? (
        <Text className='services__line'>没有找到“{query}”。换个说法试试，比如“上学”“看病”“补贴”，或者按下面的分类找。</Text>
      ) : (
        hits.map(({ item }) => (
          <View key={item.id}>
            <ItemCard item={item} />
            <WaysToActLine item={item} />
          </View>
        ))
      )}
    </View>
  )
}
