import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import type { IsoDate } from '@ccs/shared/calendar/iso-date'
import { formatDate } from '../../../lib/format-date'

interface Props {
  birthDate?: IsoDate
  ageYears?: number
  error?: string
  onChange(answer: { birthDate?: IsoDate; ageYears?: number }): void
}

/** The child's birth date from a date wheel, or, for someone who does not know it offhand, the age in years. */
export default function AgeOrBirthDate({ birthDate, ageYears, error, onChange }: Props) {
  const [byAge, setByAge] = useState(ageYears !== undefined && birthDate === undefined)
  const [ageText, setAgeText] = useState(ageYears === undefined ? '' : String(ageYears))
  const today = new Date().toISOString().slice(0, 10)

  return (
    <View id='question-age-block' className='question card services__card'>
      <Text className='services__title'>孩子的出生日期或年龄</Text>
      <View className='choice-row'>
        <Tappable id='age-by-date' className={`choice ${!byAge ? 'choice--selected' : ''}`} role='radio' aria-checked={!byAge} onClick={() => setByAge(false)}>
          <View className='choice__mark' />
          <Text>填出生日期</Text>
        </Tappable>
        <Tappable id='age-by-years' className={`choice ${byAge ? 'choice--selected' : ''}`} role='radio' aria-checked={byAge} onClick={() => setByAge(true)}>
          <View className='choice__mark' />
          <Text>只填几岁</Text>
        </Tappable>
      </View>
      {byAge ? (
        <View className='number-row'>
          <Input
            id='question-ageYears'
            className='field-input'
            type='number'
            placeholder='填数字'
            value={ageText}
            onChange={(typed) => {
              setAgeText(typed)
              const years = Number(typed)
              const valid = typed.trim() !== '' && Number.isInteger(years) && years >= 0 && years <= 25
              onChange({ ageYears: valid ? years : undefined })
            }}
          />
          <Text>周岁</Text>
        </View>
      ) : (
        <Picker mode='date' value={birthDate ?? '2015-01-01'} start='2000-01-01' end={today} onChange={(event) => onChange({ birthDate: event.detail.value as IsoDate })}>
          <View id='question-birthDate' className='field-input services__picker'>
            {birthDate ? formatDate(birthDate) : '点这里选出生日期'}
          </View>
        </Picker>
      )}
      {error && <Text id='question-age-error' className='form-error'>{error}</Text>}
    </View>
  )
}
