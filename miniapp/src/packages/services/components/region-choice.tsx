import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import RegionPicker from '../../../components/region-picker'
import { villageLevel, type Region } from '../../../api/regions-api'
import type { PickedRegion } from '../../../lib/check-handover'

interface Props {
  id: string
  /** Where the picker starts: '52' for a place in Guizhou, undefined for any province. */
  startCode?: string
  /** The least precise level accepted: 3 (county) is enough for the rules; a village finds the nearest places. */
  minLevel: 3 | 5
  value: PickedRegion | null
  onChange(region: PickedRegion | null): void
}

/**
 * A place picked level by level. Once a county (or finer) is open it can be taken as it is with
 * "就选这里"; a village is taken at once. Folds to one line once chosen.
 */
export default function RegionChoice({ id, startCode, minLevel, value, onChange }: Props) {
  const [names, setNames] = useState<Record<number, string>>({})
  const [open, setOpen] = useState<Region | null>(null)

  const labelOf = (region: Region, known: Record<number, string>) =>
    [1, 2, 3, 4, 5].filter((level) => level <= region.level).map((level) => known[level]).filter(Boolean).join(' ')

  function choose(region: Region) {
    const kept = Object.fromEntries(Object.entries(names).filter(([level]) => Number(level) < region.level))
    const next = { ...kept, [region.level]: region.name }
    setNames(next)
    setOpen(region)
    if (region.level === villageLevel) onChange({ code: region.code, label: labelOf(region, next) })
  }

  if (value) {
    return (
      <View id={id} className='services__region card'>
        <Text id={`${id}-chosen`} className='services__line'>{value.label}</Text>
        <Tappable id={`${id}-change`} className='text-link' onClick={() => onChange(null)}>
          重新选择
        </Tappable>
      </View>
    )
  }
  return (
    <View id={id}>
      <RegionPicker startCode={startCode} onChange={choose} />
      {open && open.level >= minLevel && open.level < villageLevel && (
        <Button
          id={`${id}-take`}
          className='services__button'
          type='primary'
          fill='outline'
          size='large'
          block
          onClick={() => onChange({ code: open.code, label: labelOf(open, names) })}
        >
          就选{open.name}
        </Button>
      )}
    </View>
  )
}
