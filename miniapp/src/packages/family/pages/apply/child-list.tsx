import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import type { Child } from '@ccs/shared/children/child-schemas'

/** The family's children as cards to tap; the hukou place helps tell apart two children of one family. */
export default function ChildList({ children, onPick }: { children: Child[]; onPick(child: Child): void }) {
  return (
    <View id='child-list'>
      {children.map((child) => (
        <Tappable key={child.id} id={`child-${child.id}`} className='card family__card go-card' onClick={() => onPick(child)}>
          <Text className='family__title'>{child.name}</Text>
          <Text className='family__line muted'>身份证 {child.maskedResidentId}</Text>
          <Text className='family__line muted'>户口在 {child.hukouRegion.name}</Text>
        </Tappable>
      ))}
    </View>
  )
}
