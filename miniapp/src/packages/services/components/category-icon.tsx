import type { FunctionComponent } from 'react'
import { View } from '@tarojs/components'
import type { ServiceCategory } from '@ccs/shared/services/service-labels'
import Wallet from '@nutui/icons-react-taro/dist/es/icons/Wallet.js'
import Edit from '@nutui/icons-react-taro/dist/es/icons/Edit.js'
import Health from '@nutui/icons-react-taro/dist/es/icons/Health.js'
import Heart from '@nutui/icons-react-taro/dist/es/icons/Heart.js'
import ShieldCheck from '@nutui/icons-react-taro/dist/es/icons/ShieldCheck.js'
import Comment from '@nutui/icons-react-taro/dist/es/icons/Comment.js'
import Articles from '@nutui/icons-react-taro/dist/es/icons/Articles.js'
import Star from '@nutui/icons-react-taro/dist/es/icons/Star.js'
import Home from '@nutui/icons-react-taro/dist/es/icons/Home.js'
import Transit from '@nutui/icons-react-taro/dist/es/icons/Transit.js'
import Repairman from '@nutui/icons-react-taro/dist/es/icons/Repairman.js'

/** One picture per kind of service, from NutUI's icon set; each file imported alone, so the page carries only these. */
const icons: Record<ServiceCategory, FunctionComponent<{ size?: string | number }>> = {
  basicLiving: Wallet,
  education: Edit,
  health: Health,
  disability: Heart,
  protection: ShieldCheck,
  psychological: Comment,
  familyEducation: Articles,
  culture: Star,
  housing: Home,
  transport: Transit,
  parentsJobs: Repairman,
}

/** The picture of a kind of service, beside its words and never instead of them: screen readers skip it. */
export default function CategoryIcon({ category, size = 24 }: { category: ServiceCategory; size?: number }) {
  const Icon = icons[category]
  return (
    <View className='category-icon' aria-hidden>
      <Icon size={size} />
    </View>
  )
}
