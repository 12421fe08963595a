import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import Tappable from '../../../components/tappable'
import RegionPicker from '../../../components/region-picker'
import { villageLevel, type Region, type RegionChild } from '../../../api/regions-api'

export interface Village {
  /** A village; for a hukou outside the villages this service has, a county or township (6 or 9 digits). */
  code: string
  /** County, township and village names, e.g. 修文县 六广镇 六广村; from the province down for a place elsewhere. */
  label: string
}

interface Props {
  id: string
  value: Village | null
  onChange(village: Village | null): void
  /**
   * A hukou from anywhere in China: starts in Guizhou (52), where most families' hukou is, with a link to the other
   * provinces; where this service has no villages a township, or a county taken as it is, will do (the family then
   * writes the address). Otherwise a village in Guizhou.
   */
  anywhere?: boolean
}

const levelsOf = (country: boolean) => (country ? [1, 2, 3, 4, 5] : [3, 4, 5])

/** A place picked with the region picker; folds to one line once chosen. */
export default function VillageField({ id, value, onChange, anywhere = false }: Props) {
  const [names, setNames] = useState<Record<number, string>>({})
  // A county opened whose townships list no villages: it may be taken as it is.
  const [bareCounty, setBareCounty] = useState<Region | null>(null)
  const [country, setCountry] = useState(false)

  const labelOf = (region: Region, known: Record<number, string>) =>
    levelsOf(country).filter((level) => level <= region.level).map((level) => known[level]).filter(Boolean).join(' ')

  function choose(region: Region | RegionChild) {
    const kept = Object.fromEntries(Object.entries(names).filter(([level]) => Number(level) < region.level))
    const next = { ...kept, [region.level]: region.name }
    setNames(next)
    const leaf = 'hasChildren' in region && !region.hasChildren
    if (region.level === villageLevel || (anywhere && leaf && region.level >= 3)) onChange({ code: region.code, label: labelOf(region, next) })
  }

  function listed(open: Region | null, children: RegionChild[]) {
    setBareCounty(anywhere && open?.level === 3 && children.length > 0 && children.every((child) => !child.hasChildren) ? open : null)
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
      <RegionPicker key={country ? 'country' : '52'} startCode={country ? undefined : '52'} onChange={choose} onListed={listed} />
      {anywhere && !country && (
        <Tappable id={`${id}-other-province`} className='text-link' onClick={() => setCountry(true)}>
          户口不在贵州省？从全国选
        </Tappable>
      )}
      {bareCounty && (
        <Button
          id={`${id}-take-county`}
          type='primary'
          fill='outline'
          size='large'
          block
          onClick={() => onChange({ code: bareCounty.code, label: labelOf(bareCounty, names) })}
        >
          不清楚乡镇（街道），就选{bareCounty.name}
        </Button>
      )}
    </View>
  )
}
