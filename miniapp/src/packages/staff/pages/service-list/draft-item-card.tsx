import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { placeKindLabels, serviceCategoryLabels, type ServiceItem } from '@ccs/shared/services/service-schemas'
import { waysToAct } from '@ccs/shared/services/ways-to-act'
import type { ServiceListEditorState } from './use-service-list-editor'

export const domId = (itemId: string) => itemId.replace(/\./g, '-')

/** One item of the draft with 修改 and 删除, the deletion asked once more before it is saved. */
export default function DraftItemCard({ item, editor }: { item: ServiceItem; editor: ServiceListEditorState }) {
  const { busy, editing, deleting } = editor
  const placeNames = new Map((editor.places ?? []).map((place) => [place.id, place.closed ? `${place.name}（已关闭）` : place.name]))
  return (
    <View id={`item-${domId(item.id)}`} className='card staff__card service-list__item'>
      <Text className='service-list__item-title'>{item.title}</Text>
      <Text className='service-list__tag'>{serviceCategoryLabels[item.category]}</Text>
      {item.placeKinds.length > 0 && (
        <Text className='service-list__meta'>在{item.placeKinds.map((kind) => placeKindLabels[kind]).join('、')}办</Text>
      )}
      {(item.placeIds ?? []).length > 0 && (
        <Text id={`item-place-names-${domId(item.id)}`} className='service-list__meta'>
          办理地点：{(item.placeIds ?? []).map((id) => placeNames.get(id) ?? id).join('、')}
        </Text>
      )}
      {waysToAct(item, undefined, editor.openPlaceIds).length === 0 && (
        <Text id={`item-no-way-${domId(item.id)}`} className='service-list__meta staff__warn'>
          还没写怎么办：请填咨询电话，或选在哪里办、本地的办理地点
        </Text>
      )}
      {deleting === item.id ? (
        <View className='service-list__confirm'>
          <Text className='staff__line'>从草稿里删除“{item.title}”？发布以后家长就看不到了。</Text>
          <View className='service-list__buttons'>
            <Button id={`item-delete-confirm-${domId(item.id)}`} type='danger' size='large' disabled={busy} onClick={() => void editor.deleteItem(item)}>
              确定删除
            </Button>
            <Button id={`item-delete-cancel-${domId(item.id)}`} type='default' size='large' onClick={() => editor.setDeleting(null)}>
              不删了
            </Button>
          </View>
        </View>
      ) : (
        <View className='service-list__buttons'>
          <Button id={`item-edit-${domId(item.id)}`} type='default' size='large' disabled={busy || editing !== null} onClick={() => editor.startEditing({ kind: 'edit', id: item.id })}>
            修改
          </Button>
          <Button id={`item-delete-${domId(item.id)}`} type='default' size='large' disabled={busy || editing !== null} onClick={() => editor.setDeleting(item.id)}>
            删除
          </Button>
        </View>
      )}
    </View>
  )
}
