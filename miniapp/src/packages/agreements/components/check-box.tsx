import { Text } from '@tarojs/components'
import Tappable from '../../../components/tappable'

/** A whole-row tick box with its sentence, large enough to hit. */
export default function CheckBox({ id, checked, onChange, children }: { id: string; checked: boolean; onChange(checked: boolean): void; children: string }) {
  return (
    <Tappable id={id} className={`consent ${checked ? 'consent--checked' : ''}`} role='checkbox' aria-checked={checked} onClick={() => onChange(!checked)}>
      <Text className='consent__box'>{checked ? '✓' : ''}</Text>
      <Text className='consent__text'>{children}</Text>
    </Tappable>
  )
}
