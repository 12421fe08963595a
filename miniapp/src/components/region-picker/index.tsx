import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { villageLevel, type Region, type RegionChild } from '../../api/regions-api'
import { useRegionBrowser } from './use-region-browser'
import './index.scss'

const levelNames = ['全国', '省', '市', '县（区）', '乡镇（街道）', '村（社区）']

export interface RegionPickerProps {
  /** Region to start from (a staff member's scope); without one, the provinces. */
  startCode?: string | null
  onChange?: (region: Region) => void
  /** Told each time a region's children are listed, e.g. to offer a county whose townships have no villages as it is. */
  onListed?: (open: Region | null, children: RegionChild[]) => void
}

/**
 * Cascading region browser: breadcrumbs from the start region to the open one, and the open
 * region's children, loaded when needed. Villages (level 5) are the last level.
 */
export default function RegionPicker({ startCode, onChange, onListed }: RegionPickerProps) {
  const browser = useRegionBrowser(startCode)
  const [selectedCode, setSelectedCode] = useState<string | null>(null)
  const open = browser.trail[browser.trail.length - 1]
  useEffect(() => {
    if (browser.loading || browser.error || !open) return
    onListed?.(open.code ? { code: open.code, name: open.name, level: open.level as Region['level'] } : null, browser.children)
  }, [browser.children, browser.loading])

  function choose(child: RegionChild) {
    setSelectedCode(child.code)
    onChange?.(child)
    if (child.level < villageLevel && child.hasChildren) browser.open(child)
  }

  function goBack(index: number) {
    const crumb = browser.trail[index]
    if (crumb?.code) onChange?.({ code: crumb.code, name: crumb.name, level: crumb.level as Region['level'] })
    browser.backTo(index)
  }

  return (
    <View className='region-picker'>
      {browser.above.length > 0 && (
        <Text className='region-picker__above'>{browser.above.map((region) => region.name).join(' / ')}</Text>
      )}
      <View className='region-picker__crumbs'>
        {browser.trail.map((crumb, index) => (
          <Tappable
            key={crumb.code ?? 'country'}
            id={`region-crumb-${index}`}
            className={`region-picker__crumb ${index === browser.trail.length - 1 ? 'region-picker__crumb--open' : ''}`}
            onClick={() => goBack(index)}
          >
            {crumb.name}
          </Tappable>
        ))}
      </View>
      {open && open.level < villageLevel && !browser.error && (
        <Text className='region-picker__hint'>请选择{levelNames[open.level + 1]}</Text>
      )}
      {browser.loading && <Text className='region-picker__status'>正在加载地区…</Text>}
      {browser.error && (
        <View className='region-picker__status'>
          <Text className='form-error'>{browser.error}</Text>
          <Button id='region-retry' type='primary' fill='outline' size='large' onClick={browser.retry}>
            重新加载
          </Button>
        </View>
      )}
      {!browser.loading && !browser.error && browser.children.length === 0 && (
        <Text className='region-picker__status'>这里已经是最细的一级，没有下级地区了。</Text>
      )}
      {!browser.loading && (
        <View className='region-picker__list'>
          {browser.children.map((child) => (
            <Tappable
              key={child.code}
              id={`region-${child.code}`}
              className={`region-picker__item ${child.code === selectedCode ? 'region-picker__item--selected' : ''}`}
              onClick={() => choose(child)}
            >
              <Text>{child.name}</Text>
              <Text className='region-picker__mark'>
                {child.level < villageLevel && child.hasChildren ? '›' : child.code === selectedCode ? '✓' : ''}
              </Text>
            </Tappable>
          ))}
        </View>
      )}
    </View>
  )
}
