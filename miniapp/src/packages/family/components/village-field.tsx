import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import RegionPicker from '../../../components/region-picker'
import { villageLevel, type Region } from '../../../api/regions-api'

export interface Village {
  code: string
  /** County, township and village names, e.g. 修文县 六广镇 六广村. */
  label: string
}

interface Props {
  id: string
  value: Village | null
  onChange(village: Village | null): void
}

/** A village picked with the region picker from Guizhou (52) down; folds to one line once chosen. */
export default function VillageField({ id, value, onChange }: Props) {
  const [names, setNames] = useState<Record<number, string>>({})

  function choose(region: Region) {
    const kept = Object.fromEntries(Object.entries(names).filter(([level]) => Number(level) < region.level))
    const next = { ...kept, [region.level]: region.name }
    setNames(next)
    if (region.level === villageLevel) {
      const label = [3, 4, 5].map((level) => (next as Record<number, string>)[level]).filter(Boolean).join(' ')
      onChange({ code: region.code, label })
    }
  }

  if (value) {
    return (
      <View id={id} className='village-field card'>
        <Text id={`${id}-chosen`} className='family__line'>{value.label}</Text>
        <Tappable id={`${id}-change`} className='text-link' onClick={() => onChange(null)}>
          重新选择
        </Tappable>
      </View>
    )
  }
  return (
    <View id={id} className='village-field'>
      <RegionPicker startCode='52' onChange={choose} />
    </View>
  )
}
