/** The four services on the family home page, each opening its own page. */
export interface FamilyFeature {
  key: 'apply' | 'agreements' | 'services' | 'applications'
  title: string
  summary: string
  url: string
}

export const familyFeatures: FamilyFeature[] = [
  {
    key: 'apply',
    title: '申请补贴',
    summary: '为孩子申请生活费、生活补贴',
    url: '/packages/family/pages/apply/index',
  },
  {
    key: 'agreements',
    title: '委托照护协议',
    summary: '外出打工前，把孩子托付给可靠的人',
    url: '/packages/agreements/pages/list/index',
  },
  {
    key: 'services',
    title: '服务清单与权益自测',
    summary: '看看孩子能享受哪些服务和补贴',
    url: '/packages/services/pages/home/index',
  },
  {
    key: 'applications',
    title: '我的申请',
    summary: '查看申请办到哪一步了',
    url: '/packages/family/pages/applications/index',
  },
]
