import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { ServiceItem } from '@ccs/shared/services/service-schemas'
import { serviceCategoryLabels } from '@ccs/shared/services/service-labels'
import CategoryIcon from './category-icon'

export const openItem = (id: string) => void Taro.navigateTo({ url: `/packages/services/pages/item/index?id=${encodeURIComponent(id)}` })

/** One service in a list: its picture, name, category and what it gives, the whole card tappable. */
export default function ItemCard({ item }: { item: ServiceItem }) {
  return (
    <Tappable id={`item-${item.id}`} className='tap-card go-card tap-card--icon' onClick={() => openItem(item.id)}>
      <CategoryIcon category={item.category} />
      <Text className='tap-card__title'>{item.title}</Text>
      <Text className='tap-card__line'>
        <Text className='services__tag'>{serviceCategoryLabels[item.category]}</Text>
        {item.gives.length > 40 ? `${item.gives.slice(0, 40)}…` : item.gives}
      </Text>
    </Tappable>
  )
}
