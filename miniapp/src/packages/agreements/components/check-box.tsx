import { Text, View } from '@tarojs/components'

/** A whole-row tick box with its sentence, large enough to hit. */
export default function CheckBox({ id, checked, onChange, children }: { id: string; checked: boolean; onChange(checked: boolean): void; children: string }) {
  return (
    <View id={id} className={`consent ${checked ? 'consent--checked' : ''}`} onClick={() => onChange(!checked)}>
      <Text className='consent__box'>{checked ? '✓' : ''}</Text>
      <Text className='consent__text'>{children}</Text>
    </View>
  )
}
