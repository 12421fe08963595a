import { Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'

interface TextFieldProps {
  id: string
  label: string
  value: string
  onChange(value: string): void
  error?: string
  placeholder?: string
  type?: 'text' | 'number' | 'idcard'
  maxLength?: number
  onBlur?(): void
}

/** A labelled input with its inline error below (`<id>-error`); no placeholder rather than NutUI's 请输入内容. */
export default function TextField({ id, label, value, onChange, error, placeholder, type = 'text', maxLength, onBlur }: TextFieldProps) {
  return (
    <>
      <Text className='field-label'>{label}</Text>
      <Input id={id} className='field-input' type={type} maxLength={maxLength} placeholder={placeholder ?? ''} value={value} onChange={onChange} onBlur={onBlur} />
      {error && <Text id={`${id}-error`} className='form-error'>{error}</Text>}
    </>
  )
}
