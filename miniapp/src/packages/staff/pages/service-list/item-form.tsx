import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import {
  placeKindLabels,
  serviceCategoryLabels,
  type PlaceKind,
  type ServiceCategory,
  type ServiceItem,
} from '@ccs/shared/services/service-schemas'
import Tappable from '../../../../components/tappable'
import FormField, { ChoiceChip } from '../../components/form-field'
import type { StaffPlace } from '@ccs/shared/places/place-schemas'
import { itemFromForm, textFields, type ItemForm, type ItemFormErrors, type ItemFormField } from './item-form-model'

const categories = Object.entries(serviceCategoryLabels) as [ServiceCategory, string][]
const placeKinds = Object.entries(placeKindLabels) as [PlaceKind, string][]

interface Props {
  /** 添加本县服务 or 修改：<title>. */
  heading: string
  initial: ItemForm
  itemId: string
  /** The item being changed; fields the form does not show are kept from it. */
  original?: ServiceItem
  /** The region's places to choose from (closed ones only if the item already names them); null while being read. */
  places: StaffPlace[] | null
  busy: boolean
  /** Why the last save failed, from the page. */
  saveError: string | null
  /** Saves the draft with this item; resolves true when it was saved. */
  onSave(item: ServiceItem): Promise<boolean>
  /** The words of the link that closes the form without saving. */
  cancelLabel: string
  onCancel(): void
}

/** The fields a family needs to find and use a service, checked with the shared schema before saving. */
export default function ItemFormPanel({ heading, initial, itemId, original, places, busy, saveError, onSave, cancelLabel, onCancel }: Props) {
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<ItemFormErrors>({})
  const set = <K extends ItemFormField>(field: K) => (value: ItemForm[K]) => setForm((current) => ({ ...current, [field]: value }))
  const text = (field: keyof typeof textFields) => ({
    label: textFields[field].label,
    value: form[field],
    onChange: set(field),
    error: errors[field],
    maxLength: textFields[field].max,
  })

  async function save() {
    const result = itemFromForm(form, itemId, original)
    if (result.errors) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    await onSave(result.item)
  }

  const togglePlace = (kind: PlaceKind) =>
    set('placeKinds')(form.placeKinds.includes(kind) ? form.placeKinds.filter((k) => k !== kind) : [...form.placeKinds, kind])
  const togglePlaceId = (id: string) => set('placeIds')(form.placeIds.includes(id) ? form.placeIds.filter((p) => p !== id) : [...form.placeIds, id])
  const choosable = (places ?? []).filter((place) => !place.closed || form.placeIds.includes(place.id))
  const errorCount = Object.keys(errors).length

  return (
    <View id='item-form' className='card staff__card service-list__form'>
      <Text className='staff__title'>{heading}</Text>

      <Text className='field-label'>服务类别</Text>
      <View id='item-category' className='form-choices'>
        {categories.map(([key, label]) => (
          <ChoiceChip key={key} id={`item-category-${key}`} label={label} on={form.category === key} onClick={() => set('category')(key)} />
        ))}
      </View>
      {errors.category && <Text id='item-category-error' className='form-error'>{errors.category}</Text>}

      <FormField id='item-title' placeholder='例如：县图书馆少儿阅览室' {...text('title')} />
      <FormField id='item-for-whom' hint='哪些孩子、哪些家庭可以用' placeholder='例如：全县14岁以下的孩子' rows={2} {...text('forWhom')} />
      <FormField id='item-gives' hint='孩子或家里能得到什么' placeholder='例如：免费看书、借书，周末有故事会' rows={3} {...text('gives')} />
      <FormField id='item-department' placeholder='例如：修文县文化和旅游局' {...text('department')} />
      <FormField id='item-how-to-apply' hint='一步一步写，家长照着做就能办' placeholder='例如：1. 带孩子去县图书馆二楼；2. 在前台办少儿借书证' rows={4} {...text('howToApply')} />
      <FormField
        id='item-documents'
        label='要带的材料（选填）'
        hint='一行写一样；不用带材料就空着'
        placeholder={'例如：\n户口簿\n孩子的身份证'}
        rows={3}
        value={form.documents}
        onChange={set('documents')}
        error={errors.documents}
      />
      <FormField id='item-hotline' label='咨询电话（选填）' placeholder='例如 0851-82345678' value={form.hotline} onChange={set('hotline')} error={errors.hotline} maxLength={20} />

      <Text className='field-label'>在哪里办（选填）</Text>
      <Text className='service-list__hint'>选了以后，家长能看到离自己最近的这类地方</Text>
      <View id='item-places' className='form-choices'>
        {placeKinds.map(([kind, label]) => (
          <ChoiceChip key={kind} id={`item-place-${kind}`} label={label} on={form.placeKinds.includes(kind)} onClick={() => togglePlace(kind)} />
        ))}
      </View>
      {errors.placeKinds && <Text id='item-places-error' className='form-error'>{errors.placeKinds}</Text>}

      <Text className='field-label'>本地的办理地点（选填）</Text>
      <Text className='service-list__hint'>选了以后，家长在这项服务里能看到这些地方的地址、电话和开放时间，可以直接打电话、导航。地点在“服务场所”里添加。</Text>
      <View id='item-place-ids' className='form-choices'>
        {places === null && <Text className='staff__line muted'>正在读取本地的场所…</Text>}
        {places?.length === 0 && <Text className='staff__line muted'>本地还没有场所，请先到“服务场所”添加。</Text>}
        {choosable.map((place) => (
          <ChoiceChip
            key={place.id}
            id={`item-place-id-${place.id}`}
            label={place.closed ? `${place.name}（已关闭）` : place.name}
            on={form.placeIds.includes(place.id)}
            onClick={() => togglePlaceId(place.id)}
          />
        ))}
      </View>
      {errors.placeIds && <Text id='item-place-ids-error' className='form-error'>{errors.placeIds}</Text>}

      <FormField
        id='item-keywords'
        label='搜索用的词（选填）'
        hint='家长可能会搜的词，用空格或“、”隔开'
        placeholder='例如：看书 图书馆 阅览室'
        value={form.keywords}
        onChange={set('keywords')}
        error={errors.keywords}
      />
      <FormField id='item-source' hint='哪个部门、哪个文件发布的' {...text('source')} />

      {errorCount > 0 && (
        <Text id='item-form-errors' className='form-error'>
          有 {errorCount} 处要改，请看上面的红字。
        </Text>
      )}
      {saveError && <Text id='item-save-error' className='form-error'>{saveError}</Text>}
      <Button id='item-save' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={save}>
        {busy ? '正在保存…' : '保存草稿'}
      </Button>
      <Tappable id='item-cancel' className='text-link' onClick={onCancel}>
        {cancelLabel}
      </Tappable>
    </View>
  )
}
