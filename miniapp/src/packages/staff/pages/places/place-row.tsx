import { Text, View } from '@tarojs/components'
import type { StaffPlace } from '@ccs/shared/places/place-schemas'
import { placeKindLabels } from '@ccs/shared/services/service-labels'
import Tappable from '../../../../components/tappable'

interface Props {
  place: StaffPlace
  onEdit(): void
  onToggle(): void
}

/** One place in the officer's list: what families read of it, and what can be done. */
export default function PlaceRow({ place, onEdit, onToggle }: Props) {
  return (
    <View id={`staff-place-${place.id}`} className='card staff__card'>
      <Text className='staff__subtitle'>
        {place.name}
        {place.closed ? '（已关闭，家长看不到）' : ''}
      </Text>
      <Text className='staff__line'>
        {placeKindLabels[place.kind]} · {place.regionName}
      </Text>
      <Text className='staff__line'>地址：{place.address}</Text>
      <Text className='staff__line'>
        电话 {place.phone} · {place.hours}
      </Text>
      {!place.location && <Text className='staff__line muted'>没有填位置：家长按所在地区看到它，“离我最近”里没有它</Text>}
      <View className='staff__actions'>
        <Tappable id={`place-edit-${place.id}`} className='text-link' onClick={onEdit}>
          修改
        </Tappable>
        <Tappable id={`place-toggle-${place.id}`} className='text-link' onClick={onToggle}>
          {place.closed ? '重新开放' : '关闭'}
        </Tappable>
      </View>
    </View>
  )
}
