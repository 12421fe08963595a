/** The four services on the family home page; until each is built, it opens pages/coming. */
export interface FamilyFeature {
  key: 'apply' | 'agreements' | 'services' | 'applications'
  title: string
  summary: string
  /** The page of a service that is built. */
  url?: string
  /** What the finished service will let the family do, in plain words. */
  willDo: string[]
}

export const familyFeatures: FamilyFeature[] = [
  {
    key: 'apply',
    title: '申请补贴',
    summary: '为孩子申请生活费、生活补贴',
    url: '/packages/family/pages/apply/index',
    willDo: [
      '在手机上为孩子申请孤儿基本生活费、事实无人抚养儿童生活补贴等。',
      '拍照上传户口簿等材料，不用来回跑。',
      '申请先交给村里的儿童主任，再由乡镇、县里审核。',
    ],
  },
  {
    key: 'agreements',
    title: '委托照护协议',
    summary: '外出打工前，把孩子托付给可靠的人',
    url: '/packages/agreements/pages/list/index',
    willDo: [
      '父母外出打工前，和照顾孩子的亲友在手机上签订委托照护协议。',
      '协议交到村里备案，儿童主任会定期了解孩子的情况。',
      '外出期间，父母每周至少和孩子、照护人联系一次。',
    ],
  },
  {
    key: 'services',
    title: '服务清单与权益自测',
    summary: '看看孩子能享受哪些服务和补贴',
    url: '/packages/services/pages/home/index',
    willDo: [
      '查看本地的关爱服务清单：上学、看病、医保、托育等。',
      '回答几个简单问题，看看孩子可能享受哪些补贴和服务。',
      '告诉您找哪个部门、去哪里办、打哪个电话。',
    ],
  },
  {
    key: 'applications',
    title: '我的申请',
    summary: '查看申请办到哪一步了',
    url: '/packages/family/pages/applications/index',
    willDo: [
      '查看每份申请现在由谁在办、大概哪天办完。',
      '需要补充材料时，告诉您缺什么、为什么。',
      '审批通过后，查看每月发放的金额。',
    ],
  },
]

export function findFamilyFeature(key: string | undefined): FamilyFeature | undefined {
  return familyFeatures.find((feature) => feature.key === key)
}
