import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { placeKindLabels, type PlaceKind } from '@ccs/shared/services/service-labels'
import { useSession } from '../../../../session/use-session'
import DeskFrame from '../../components/desk-frame'
import FilterChips from '../../components/filter-chips'
import PlaceFormPanel from './place-form'
import { emptyPlaceForm, placeFormOf } from './place-form-model'
import PlaceImportReportCard from './place-import-report'
import PlaceRow from './place-row'
import { usePlacesPage } from './use-places-page'
import '../staff.scss'

/** The roles that set up places (the server's `placeEditors`). */
const editorRoles = ['countyOfficer', 'admin'] as const
const kinds = Object.entries(placeKindLabels) as [PlaceKind, string][]

/**
 * 服务场所 (issue 20 §2): a county officer or administrator adds, edits, closes and reopens the places of their region
 * (儿童之家, 救助保护机构, hospitals, schools taking migrant children), or imports them from a spreadsheet.
 */
export default function StaffPlacesPage() {
  const account = useSession()?.account
  if (!account?.roles.some((role) => (editorRoles as readonly string[]).includes(role))) {
    return (
      <DeskFrame id='places-refused'>
        <Text className='page-lead'>只有县民政局工作人员和管理员可以设置服务场所。</Text>
      </DeskFrame>
    )
  }
  return <PlacesDesk regionName={account.regionName ?? ''} scope={account.regionScope ?? ''} />
}

function PlacesDesk({ regionName, scope }: { regionName: string; scope: string }) {
  const page = usePlacesPage()
  const { filter, setFilter, editing } = page
  return (
    <DeskFrame id='screen-places'>
      <Text className='page-title'>服务场所</Text>
      <Text className='page-lead muted'>{regionName}的儿童之家、救助保护机构、医院、学校等。这里的修改，家长马上就能看到；关闭的场所家长看不到，记录保留。</Text>
      {page.notice && <Text id='places-notice' className='staff__line staff__ok'>{page.notice}</Text>}
      {page.error && <Text id='places-error' className='form-error'>{page.error}</Text>}

      <View className='desk-columns'>
        <View className='desk-columns__side'>
          {editing ? (
            <PlaceFormPanel
              key={'newId' in editing ? editing.newId : editing.id}
              heading={'newId' in editing ? '添加场所' : `修改：${editing.name}`}
              initial={'newId' in editing ? emptyPlaceForm(scope) : placeFormOf(editing)}
              initialRegionName={'newId' in editing ? regionName : editing.regionName}
              scope={scope}
              busy={page.busy}
              onSave={(fields) => void page.save(fields)}
              onCancel={page.cancel}
            />
          ) : (
            <Button id='place-add' className='staff__submit' type='primary' size='large' block onClick={page.add}>
              添加一个场所
            </Button>
          )}
          <View id='place-import' className='card staff__card'>
            <Text className='staff__title'>用表格批量导入</Text>
            <Text className='staff__line muted'>下载模板，用表格软件填好（每个场所一行），再上传。只要有一行不对，就一个也不导入，并告诉您哪一行哪一列要改；同一个表格再传一次不会重复添加。</Text>
            <Button id='place-template' className='staff__submit' type='default' size='large' block disabled={page.busy} onClick={() => void page.downloadTemplate()}>
              下载场所模板
            </Button>
            <Button id='place-upload' className='staff__submit' type='primary' size='large' block disabled={page.busy} onClick={() => void page.importPlaces()}>
              {page.busy ? '正在处理…' : '上传填好的表格'}
            </Button>
          </View>
          {page.report && <PlaceImportReportCard report={page.report} />}
        </View>
        <View className='desk-columns__main'>
          <Text className='section-title'>本地区的场所</Text>
          <Text className='field-label'>按名称、地址或电话查找</Text>
          <Input id='places-search' className='field-input' maxLength={30} value={filter.q ?? ''} onChange={(q) => setFilter({ ...filter, q: q.trim() || undefined })} />
          <FilterChips
            idPrefix='places-kind'
            title='类型'
            chips={[{ value: 'all', label: '全部' }, ...kinds.map(([value, label]) => ({ value, label }))]}
            selected={filter.kind ?? 'all'}
            onSelect={(kind) => setFilter({ ...filter, kind: kind === 'all' ? undefined : kind })}
          />
          {page.places?.length === 0 && <Text className='staff__line muted'>没有符合条件的场所。</Text>}
          <View id='places-list'>
            {page.places?.map((place) => (
              <PlaceRow key={place.id} place={place} onEdit={() => page.edit(place)} onToggle={() => void page.toggle(place)} />
            ))}
          </View>
        </View>
      </View>
    </DeskFrame>
  )
}
