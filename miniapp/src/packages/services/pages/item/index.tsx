import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { ListedServiceItem } from '@ccs/shared/services/service-schemas'
import { serviceCategoryLabels } from '@ccs/shared/services/service-labels'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchServiceItem } from '../../api/services-api'
import NearbyPlaces from '../../components/nearby-places'
import LinkedPlaces from '../../components/linked-places'
import { loadServiceRegion } from '../../lib/service-region'
import '../../services.scss'
import PageFrame from '../../../../components/page-frame'

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className='card services__card'>
      <Text className='services__title'>{title}</Text>
      {children}
    </View>
  )
}

/** One service: who it is for, what it gives, who provides it, how to ask, what to bring, where to go. */
export default function ServiceItemPage() {
  const { id = '' } = useRouter().params
  const region = loadServiceRegion()
  const [item, setItem] = useState<ListedServiceItem | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function load() {
    setError(null)
    try {
      setItem(await fetchServiceItem(decodeURIComponent(id), region?.code ?? '52'))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useEffect(() => {
    void load()
  }, [id])

  if (!item) {
    return (
      <PageFrame className='services'>
        {error ? (
          <>
            <Text className='form-error'>{error}</Text>
            <Button type='primary' fill='outline' size='large' onClick={() => void load()}>
              重新加载
            </Button>
          </>
        ) : (
          <Text className='services__line muted'>正在加载…</Text>
        )}
      </PageFrame>
    )
  }

  return (
    <PageFrame id='service-item' className='services'>
      <Text className='services__tag'>{serviceCategoryLabels[item.category]}</Text>
      <Text id='service-item-title' className='page-title'>{item.title}</Text>
      {item.handledAt === 'hukou' && item.crossRegion && (
        <Text id='service-item-cross-region' className='services__notice'>这项要由户口所在地办理。{item.crossRegion}</Text>
      )}
      <Part title='谁可以享受'>
        <Text className='services__line'>{item.forWhom}</Text>
      </Part>
      <Part title='能得到什么'>
        <Text className='services__line'>{item.gives}</Text>
      </Part>
      <Part title='怎么办'>
        <Text className='services__line'>{item.howToApply}</Text>
        <Text className='services__line muted'>负责部门：{item.department}</Text>
      </Part>
      {item.documents.length > 0 && (
        <Part title='要带的材料'>
          {item.documents.map((document) => (
            <Text key={document} className='services__line'>· {document}</Text>
          ))}
        </Part>
      )}
      {item.hotline && (
        <Tappable id='service-item-hotline' className='call-button' onClick={() => call(item.hotline!)}>
          打电话问 {item.hotline}
        </Tappable>
      )}
      {item.programme && (
        <Button
          id='service-item-apply'
          className='services__button'
          type='primary'
          size='xlarge'
          block
          onClick={() => void Taro.navigateTo({ url: `/packages/family/pages/apply/index?programme=${item.programme}` })}
        >
          在手机上申请
        </Button>
      )}
      {item.placeIds && item.placeIds.length > 0 && (
        <>
          <Text className='services__section'>去哪里办</Text>
          <LinkedPlaces ids={item.placeIds} />
        </>
      )}
      {item.placeKinds.length > 0 && region && (
        <>
          <Text className='services__section'>{item.placeIds?.length ? '附近的其他地方' : '去哪里办'}</Text>
          <NearbyPlaces kinds={item.placeKinds} regionCode={region.code} limit={3} except={item.placeIds} />
        </>
      )}
    </PageFrame>
  )
}
