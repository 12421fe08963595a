import { ScrollView, Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'

export interface Chip<T extends string> {
  value: T | 'all'
  label: string
}

interface Props<T extends string> {
  idPrefix: string
  title: string
  chips: Chip<T>[]
  selected: T | 'all'
  onSelect(value: T | 'all'): void
}

/**
 * One line of choices always on screen (no pop-up), scrolled sideways when they do not fit; the chosen one
 * is marked with a tick as well as colour.
 */
export default function FilterChips<T extends string>({ idPrefix, title, chips, selected, onSelect }: Props<T>) {
  return (
    <View className='chips'>
      <Text className='chips__title'>{title}</Text>
      <ScrollView scrollX className='chips__row' enhanced showScrollbar={false}>
        {chips.map((chip) => {
          const isSelected = chip.value === selected
          return (
            <Tappable
              key={chip.value}
              id={`${idPrefix}-${chip.value}`}
              className={`chips__chip${isSelected ? ' chips__chip--on' : ''}`}
              aria-pressed={isSelected}
              onClick={() => onSelect(chip.value)}
            >
              {isSelected ? `✓ ${chip.label}` : chip.label}
            </Tappable>
          )
        })}
      </ScrollView>
    </View>
  )
}
