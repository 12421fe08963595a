import type { FunctionComponent } from 'react'
import Wallet from '@nutui/icons-react-taro/dist/es/icons/Wallet.js'
import Order from '@nutui/icons-react-taro/dist/es/icons/Order.js'
import List from '@nutui/icons-react-taro/dist/es/icons/List.js'
import Clock from '@nutui/icons-react-taro/dist/es/icons/Clock.js'

/** The four services on the family home page, each opening its own page. */
export interface FamilyFeature {
  key: 'apply' | 'agreements' | 'services' | 'applications'
  title: string
  summary: string
  url: string
  /** A picture of what the service is about, so it is found again without reading (NutUI's icon set). */
  icon: FunctionComponent<{ size?: string | number; color?: string }>
}

export const familyFeatures: FamilyFeature[] = [
  {
    key: 'apply',
    title: '申请补贴',
    summary: '为孩子申请生活费、生活补贴',
    url: '/packages/family/pages/apply/index',
    icon: Wallet,
  },
  {
    key: 'agreements',
    title: '委托照护协议',
    summary: '外出打工前，把孩子托付给可靠的人',
    url: '/packages/agreements/pages/list/index',
    icon: Order,
  },
  {
    key: 'services',
    title: '服务清单与权益自测',
    summary: '看看孩子能享受哪些服务和补贴',
    url: '/packages/services/pages/home/index',
    icon: List,
  },
  {
    key: 'applications',
    title: '我的申请',
    summary: '查看申请办到哪一步了',
    url: '/packages/family/pages/applications/index',
    icon: Clock,
  },
]
