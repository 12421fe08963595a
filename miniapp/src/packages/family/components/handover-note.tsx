import { Text } from '@tarojs/components'
import { crossRegionScope, crossRegionWords } from '@ccs/shared/regions/cross-region-scope'

/**
 * Tells a family whose child's hukou is elsewhere how an application goes: allowances decided at the hukou place
 * are received here and sent there, said 跨省 only when the provinces differ (the shared `crossRegionScope`).
 */
export default function HandoverNote({ hukou, residence }: { hukou: string; residence: string }) {
  const { handling } = crossRegionWords[crossRegionScope(hukou, residence)]
  return (
    <Text id='child-handover-note' className='family__line muted'>
      孩子户口在外地，可以在现在住的地方申请。孤儿、事实无人抚养儿童等补贴由户籍地认定，现居住地乡镇（街道）受理后按“{handling}”转交户籍地，答复会写在“我的申请”里。
    </Text>
  )
}
