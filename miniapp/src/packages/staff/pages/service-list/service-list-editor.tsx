import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Account } from '@ccs/shared/auth/auth-schemas'
import type { ServiceItem } from '@ccs/shared/services/service-schemas'
import { formatMoment } from '../../../../lib/format-date'
import DeskFrame from '../../components/desk-frame'
import DraftItemCard from './draft-item-card'
import { waysToAct } from '@ccs/shared/services/ways-to-act'
import ItemFormPanel from './item-form'
import { emptyItemForm, itemFormOf, newItemId } from './item-form-model'
import PublishPanel from './publish-panel'
import { useServiceListEditor } from './use-service-list-editor'
import VersionsPanel from './versions-panel'

export const levelWord: Record<number, string> = { 2: '省', 4: '市', 6: '县' }

/** The one line saying what this list is: a county or city adds to the lists above it, a province keeps the national base. */
const scopeNote: Record<number, string> = {
  2: '省级清单必须包含全部国家基础服务项目，这些项目可以修改，但不能删除。',
  4: '这里只列本市自己增加的服务；省里的服务由省统一编制，这里不能修改。',
  6: '这里只列本县自己增加的服务；省里、市里的服务（如低保、上学）由上级统一编制，这里不能修改。',
}

/** The draft and versions of one list, for someone who may edit it. */
export default function ServiceListEditor({ account, regionCode }: { account: Account; regionCode: string }) {
  const editor = useServiceListEditor(regionCode)
  const { overview, loadError, editing, busy, listNotice } = editor
  const level = levelWord[regionCode.length]!
  const placeName = account.regionName ?? `本${level}`

  if (!overview) {
    return (
      <DeskFrame id='screen-service-list' layout='reading'>
        <Text className='page-title'>服务清单</Text>
        {loadError ? <Text id='service-list-error' className='form-error'>{loadError}</Text> : <Text className='staff__empty'>正在读取…</Text>}
      </DeskFrame>
    )
  }

  const { draft, versions } = overview
  const lackingWays = draft.items.filter((item) => waysToAct(item, undefined, editor.openPlaceIds).length === 0).length
  const formFor = (heading: string, itemId: string, original?: ServiceItem) => (
    <ItemFormPanel
      key={itemId}
      heading={heading}
      initial={original ? itemFormOf(original) : emptyItemForm(`${placeName}民政局发布`)}
      itemId={itemId}
      original={original}
      places={editor.places}
      busy={busy}
      saveError={editor.saveError}
      onSave={editor.saveItem}
      cancelLabel={original ? '不改了，收起' : '先不添加，收起'}
      onCancel={() => editor.startEditing(null)}
    />
  )

  return (
    <DeskFrame id='screen-service-list' layout='reading' className='service-list'>
      <Text className='page-title'>服务清单</Text>
      <Text id='service-list-region' className='page-lead'>
        {placeName}（{regionCode}）的{level}级服务清单
      </Text>
      <Text id='service-list-scope-note' className='service-list__note'>{scopeNote[regionCode.length]}</Text>
      {loadError && <Text id='service-list-error' className='form-error'>{loadError}</Text>}

      <Text className='section-title'>已发布的版本</Text>
      <VersionsPanel versions={versions} />

      <Text className='section-title'>草稿：本{level}的服务（{draft.items.length} 项）</Text>
      <Text id='draft-status' className={`service-list__status${draft.publishedAs === null ? ' staff__warn' : ' staff__ok'}`}>
        {draft.publishedAs !== null
          ? `草稿已发布为版本 ${draft.publishedAs}，之后还没有修改。`
          : draft.savedAt
            ? `草稿有修改，还没有发布（最后保存：${formatMoment(draft.savedAt)}）。家长还看不到这些修改。`
            : '草稿还没有发布。'}
      </Text>
      {listNotice && (
        <Text id='list-notice' className={`service-list__notice ${listNotice.ok ? 'staff__ok' : 'staff__warn'}`}>
          {listNotice.text}
        </Text>
      )}
      {lackingWays > 0 && (
        <Text id='draft-lacking-ways' className='service-list__status staff__warn'>
          有 {lackingWays} 项还没写怎么办（电话、办理地点或在手机上办），家长看了不知道找谁。
        </Text>
      )}
      {draft.items.length === 0 && <Text className='staff__empty'>本{level}还没有自己增加的服务。</Text>}
      {draft.items.map((item) =>
        editing?.kind === 'edit' && editing.id === item.id ? (
          <View key={item.id}>{formFor(`修改：${item.title}`, item.id, item)}</View>
        ) : (
          <DraftItemCard key={item.id} item={item} editor={editor} />
        ),
      )}
      {editing?.kind === 'add' ? (
        formFor(`添加本${level}服务`, editing.id)
      ) : (
        <Button
          id='item-add'
          className='staff__submit'
          type='primary'
          fill='outline'
          size='xlarge'
          block
          disabled={busy || editing !== null}
          onClick={() => editor.startEditing({ kind: 'add', id: newItemId(regionCode, draft.items.map((item) => item.id)) })}
        >
          ＋ 添加本{level}服务
        </Button>
      )}

      <Text className='section-title'>发布</Text>
      <PublishPanel overview={overview} placeName={placeName} editor={editor} />
    </DeskFrame>
  )
}
