import { startTransition, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import type { ListedServiceItem } from '@ccs/shared/services/service-schemas'
import { serviceCategoryLabels, type ServiceCategory } from '@ccs/shared/services/service-labels'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchRegionServices, searchServices, type ServiceSearchFound } from '../../api/services-api'
import ItemCard from '../../components/item-card'
import CategoryIcon from '../../components/category-icon'
import NearbyPlaces from '../../components/nearby-places'
import RegionChoice from '../../components/region-choice'
import SearchResults from '../../components/search-results'
import { devicePosition, knownPosition } from '../../lib/device-position'
import { loadServiceRegion, saveServiceRegion, type ServiceRegion } from '../../lib/service-region'
import '../../services.scss'
import PageFrame from '../../../../components/page-frame'
import { servicesRegionLead, servicesRegionTitle } from '../../../../first-screen/first-screen-words'
import StepTitle from '../../../../components/step-title'

const categories = Object.keys(serviceCategoryLabels) as ServiceCategory[]
const childrenHomes = ['childrenHome'] as const

/** The service list where the child lives: the check, search, the list by category and the nearest 儿童之家. No sign-in. */
export default function ServicesHome() {
  const [region, setRegion] = useState<ServiceRegion | null>(loadServiceRegion)
  const [items, setItems] = useState<ListedServiceItem[] | null>(null)
  const [category, setCategory] = useState<ServiceCategory | null>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<ServiceSearchFound | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function load(code: string) {
    setError(null)
    try {
      const { items: listed } = await fetchRegionServices(code)
      // Built in slices (a transition): a level's whole list is long and the phone should still answer taps.
      startTransition(() => setItems(listed))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useEffect(() => {
    if (region) void load(region.code)
  }, [region?.code])

  async function search(near = knownPosition()) {
    if (!region || query.trim() === '') return setFound(null)
    setError(null)
    try {
      const result = await searchServices(query, region.code, near)
      startTransition(() => setFound(result))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  if (!region) {
    return (
      <PageFrame id='services-choose-region' className='services'>
        <Text className='page-title'>{servicesRegionTitle}</Text>
        <Text className='page-lead'>{servicesRegionLead}</Text>
        <RegionChoice
          id='services-region'
          startCode='52'
          minLevel={3}
          value={null}
          onChange={(picked) => {
            if (!picked) return
            saveServiceRegion(picked)
            setRegion(picked)
          }}
        />
      </PageFrame>
    )
  }

  const shown = category ? (items ?? []).filter((item) => item.category === category) : []
  return (
    <PageFrame id='services-home' className='services'>
      <View className='services__region'>
        <StepTitle id='services-region-label' className='services__line'>孩子现在住在：{region.label}</StepTitle>
        <Tappable id='services-region-change' className='text-link' onClick={() => setRegion(null)}>
          更换
        </Tappable>
      </View>

      <Tappable id='start-check' className='card services__card' onClick={() => void Taro.navigateTo({ url: '/packages/services/pages/check/index' })}>
        <Text className='services__title'>权益自测</Text>
        <Text className='services__line'>回答几个简单问题，看看孩子在这里能享受哪些补贴和服务。不用登录，答案只留在您的手机上。</Text>
        <Button className='services__button' type='primary' size='xlarge' block>
          开始自测
        </Button>
      </Tappable>

      <Text className='services__section'>找服务</Text>
      <View className='search-row'>
        <Input
          id='services-search'
          className='field-input'
          placeholder='比如：上学、打疫苗、低保'
          value={query}
          onChange={setQuery}
          onConfirm={() => void search()}
        />
        <Button id='services-search-go' type='primary' size='large' onClick={() => void search()}>
          搜索
        </Button>
      </View>
      {found && (
        <SearchResults query={query} found={found} byPosition={knownPosition() !== null} onUsePosition={() => void devicePosition().then((near) => search(near))} />
      )}
      {error && <Text className='form-error'>{error}</Text>}

      <Text className='services__section'>按分类看</Text>
      <View className='category-grid'>
        {categories
          .filter((key) => items?.some((item) => item.category === key))
          .map((key) => (
            <Tappable
              key={key}
              id={`category-${key}`}
              className={`category-grid__item ${category === key ? 'category-grid__item--open' : ''}`}
              aria-expanded={category === key}
              onClick={() => setCategory(category === key ? null : key)}
            >
              <CategoryIcon category={key} />
              <Text>{serviceCategoryLabels[key]}</Text>
            </Tappable>
          ))}
      </View>
      {items === null && !error && <Text className='services__line muted'>正在加载…</Text>}
      {shown.map((item) => <ItemCard key={item.id} item={item} />)}

      <Text className='services__section'>最近的儿童之家</Text>
      <NearbyPlaces kinds={childrenHomes} regionCode={region.code} limit={3} />
    </PageFrame>
  )
}
