import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { PlaceFields } from '@ccs/shared/places/place-schemas'
import { placeKindLabels, type PlaceKind } from '@ccs/shared/services/service-labels'
import RegionPicker from '../../../../components/region-picker'
import Tappable from '../../../../components/tappable'
import FormField, { ChoiceChip } from '../../components/form-field'
import { placeFromForm, type PlaceForm, type PlaceFormErrors, type PlaceFormField } from './place-form-model'

const kinds = Object.entries(placeKindLabels) as [PlaceKind, string][]

interface Props {
  /** 添加场所 or 修改：<name>. */
  heading: string
  initial: PlaceForm
  /** The initial region in words (the administrator's own for a new place). */
  initialRegionName: string
  /** The administrator's region: the picker starts there and goes no higher. */
  scope: string
  busy: boolean
  onSave(fields: PlaceFields): void
  onCancel(): void
}

/** A place's fields, checked with the shared schema before saving, each message under its box. */
export default function PlaceFormPanel({ heading, initial, initialRegionName, scope, busy, onSave, onCancel }: Props) {
  const [form, setForm] = useState(initial)
  const [regionName, setRegionName] = useState(initialRegionName)
  const [errors, setErrors] = useState<PlaceFormErrors>({})
  const set = (field: PlaceFormField) => (value: string) => setForm((current) => ({ ...current, [field]: value }))
  const box = (field: PlaceFormField) => ({ id: `place-${field}`, value: form[field], onChange: set(field), error: errors[field] })

  const save = () => {
    const result = placeFromForm(form)
    setErrors(result.errors ?? {})
    if (!result.errors) onSave(result.fields)
  }
  const errorCount = Object.keys(errors).length

  return (
    <View id='place-form' className='card staff__card'>
      <Text className='staff__title'>{heading}</Text>
      <Text className='field-label'>类型</Text>
      <View id='place-kind' className='form-choices'>
        {kinds.map(([kind, label]) => (
          <ChoiceChip key={kind} id={`place-kind-${kind}`} label={label} on={form.kind === kind} onClick={() => set('kind')(kind)} />
        ))}
      </View>
      {errors.kind && <Text id='place-kind-error' className='form-error'>{errors.kind}</Text>}
      <FormField label='名称' placeholder='例如：六广村儿童之家' maxLength={60} {...box('name')} />
      <Text className='field-label'>在哪里</Text>
      <Text id='place-region' className='staff__line'>
        {regionName}
      </Text>
      <Text className='staff__line muted'>在村（社区）的，先点乡镇，再点村；服务全乡镇或全县的，点到乡镇或不点。</Text>
      <RegionPicker
        startCode={scope}
        onChange={(region) => {
          set('regionCode')(region.code)
          setRegionName(region.name)
        }}
      />
      {errors.regionCode && <Text id='place-regionCode-error' className='form-error'>{errors.regionCode}</Text>}
      <FormField label='地址' placeholder='例如：修文县六广镇六广村村委会一楼' maxLength={120} {...box('address')} />
      <FormField label='电话' placeholder='例如 0851-82351201' maxLength={20} {...box('phone')} />
      <FormField label='开放时间' placeholder='例如：周一至周五 15:30—18:00' maxLength={80} {...box('hours')} />
      <FormField label='纬度（选填）' hint='和经度一起填，用手机定位得到的坐标；不填时家长按所在地区看到它' placeholder='例如 27.0512' maxLength={12} {...box('latitude')} />
      <FormField label='经度（选填）' placeholder='例如 106.5826' maxLength={12} {...box('longitude')} />
      {errorCount > 0 && (
        <Text id='place-form-errors' className='form-error'>
          有 {errorCount} 处要改，请看上面的红字。
        </Text>
      )}
      <Button id='place-save' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={save}>
        {busy ? '正在保存…' : '保存'}
      </Button>
      <Tappable id='place-cancel' className='text-link' onClick={onCancel}>
        不保存，收起
      </Tappable>
    </View>
  )
}
