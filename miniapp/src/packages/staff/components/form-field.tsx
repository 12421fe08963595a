import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import Tappable from '../../../components/tappable'
import './form-field.scss'

export interface FieldProps {
  id: string
  label: string
  hint?: string
  value: string
  onChange(value: string): void
  error?: string
  placeholder?: string
  /** Rows of a multi-line box; without it, a one-line input. */
  rows?: number
  maxLength?: number
}

/** A labelled input or text box with a hint above and its error below (`<id>-error`). */
export default function FormField({ id, label, hint, value, onChange, error, placeholder, rows, maxLength }: FieldProps) {
  return (
    <View className='form-field'>
      <Text className='field-label'>{label}</Text>
      {hint && <Text className='form-field__hint'>{hint}</Text>}
      {rows ? (
        <TextArea id={id} className='staff__textarea' value={value} rows={rows} maxLength={maxLength} placeholder={placeholder ?? ''} onChange={onChange} />
      ) : (
        <Input id={id} className='field-input' value={value} maxLength={maxLength} placeholder={placeholder ?? ''} onChange={onChange} />
      )}
      {error && <Text id={`${id}-error`} className='form-error'>{error}</Text>}
    </View>
  )
}

export interface ChoiceProps {
  id: string
  label: string
  on: boolean
  onClick(): void
}

/** A choice always on screen (no pop-up), marked with a tick as well as colour: the staff pages' chip. */
export function ChoiceChip({ id, label, on, onClick }: ChoiceProps) {
  return (
    <Tappable id={id} className={`chips__chip${on ? ' chips__chip--on' : ''}`} aria-pressed={on} onClick={onClick}>
      {on ? `✓ ${label}` : label}
    </Tappable>
  )
}

