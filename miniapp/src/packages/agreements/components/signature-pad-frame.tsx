import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'

/** What both signature pads show around the canvas: what to do, and 重写 to start again. */
export default function SignaturePadFrame({ id, signed, onClear, children }: { id: string; signed: boolean; onClear(): void; children: ReactNode }) {
  return (
    <View id={id} className='signature-pad'>
      <Text className='signature-pad__hint'>请用手指在下面的方框里写下您的名字</Text>
      {children}
      <View className='signature-pad__row'>
        <Text id={`${id}-state`} className={signed ? 'signature-pad__ok' : 'muted'}>
          {signed ? '已写好' : '还没有写'}
        </Text>
        <Tappable id={`${id}-clear`} className='text-link signature-pad__clear' onClick={onClear}>
          擦掉重写
        </Tappable>
      </View>
    </View>
  )
}
