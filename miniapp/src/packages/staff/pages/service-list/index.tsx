import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Account } from '@ccs/shared/auth/auth-schemas'
import { placeKindLabels, serviceCategoryLabels, type ServiceItem } from '@ccs/shared/services/service-schemas'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { useLoadOnShow } from '../../../../hooks/use-load-on-show'
import { formatDate, formatMoment } from '../../../../lib/format-date'
import { newUuid } from '../../../../lib/new-uuid'
import { useSession } from '../../../../session/use-session'
import {
  fetchServiceList,
  publishServiceList,
  saveServiceListDraft,
  type ServiceListOverview,
} from '../../api/service-lists-api'
import ItemFormPanel from './item-form'
import { emptyItemForm, itemFormOf, newItemId } from './item-form-model'
import '../staff.scss'
import './index.scss'
import PageFrame from '../../../../components/page-frame'

/** The roles that edit and publish lists (the server's `serviceListEditors`). */
const editorRoles = ['countyOfficer', 'admin'] as const
const levelWord: Record<number, string> = { 2: '省', 4: '市', 6: '县' }

/** The one line saying what this list is: a county or city adds to the lists above it, a province keeps the national base. */
const scopeNote: Record<number, string> = {
  2: '省级清单必须包含全部国家基础服务项目，这些项目可以修改，但不能删除。',
  4: '这里只列本市自己增加的服务；省里的服务由省统一编制，这里不能修改。',
  6: '这里只列本县自己增加的服务；省里、市里的服务（如低保、上学）由上级统一编制，这里不能修改。',
}

const STALE_HINT = '别人刚刚也改了这份草稿，已为您换成最新的草稿。您填写的内容还在，请看一下草稿里的服务，再保存一次。'
const domId = (itemId: string) => itemId.replace(/\./g, '-')
const publishedOn = (iso: string) => formatDate(toIsoDate(new Date(iso)))

type Editing = { kind: 'add'; id: string } | { kind: 'edit'; id: string } | null

/** The draft and versions of one list, for someone who may edit it. */
function ServiceListEditor({ account, regionCode }: { account: Account; regionCode: string }) {
  const level = levelWord[regionCode.length]!
  const placeName = account.regionName ?? `本${level}`
  const [overview, setOverview] = useState<ServiceListOverview | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [listNotice, setListNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [publishNotice, setPublishNotice] = useState<{ ok: boolean; text: string } | null>(null)
  // One publish attempt: its key is made once and sent again on every retry of the same draft revision.
  const attempt = useRef<{ revision: number; key: string } | null>(null)

  async function reload(): Promise<ServiceListOverview | null> {
    try {
      const loaded = await fetchServiceList(regionCode)
      setOverview(loaded)
      setLoadError(null)
      return loaded
    } catch (e) {
      setLoadError(errorMessageOf(e))
      return null
    }
  }
  useLoadOnShow(() => void reload())

  if (!overview) {
    return (
      <PageFrame id='screen-service-list' className='staff'>
        <Text className='page-title'>服务清单</Text>
        {loadError ? (
          <Text id='service-list-error' className='form-error'>{loadError}</Text>
        ) : (
          <Text className='staff__empty'>正在读取…</Text>
        )}
      </PageFrame>
    )
  }

  const { draft, versions } = overview

  /** Saves the draft with `change` applied to its items; null when saved, else why not (a stale revision reloads). */
  async function saveDraft(change: (items: ServiceItem[]) => ServiceItem[], done: string): Promise<string | null> {
    setBusy(true)
    setSaveError(null)
    setListNotice(null)
    setPublishNotice(null)
    try {
      const saved = await saveServiceListDraft(regionCode, change(draft.items), draft.revision)
      setOverview((current) => (current ? { ...current, draft: saved } : current))
      setListNotice({ ok: true, text: done })
      return null
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'SERVICE_LIST_STALE')) return `没有保存成功：${errorMessageOf(e)}`
      await reload()
      return STALE_HINT
    } finally {
      setBusy(false)
    }
  }

  async function saveItem(item: ServiceItem): Promise<boolean> {
    const failed = await saveDraft(
      (items) => (items.some((it) => it.id === item.id) ? items.map((it) => (it.id === item.id ? item : it)) : [...items, item]),
      `已把“${item.title}”保存到草稿。发布以后，家长才能看到。`,
    )
    if (failed) setSaveError(failed)
    else setEditing(null)
    return !failed
  }

  async function deleteItem(item: ServiceItem) {
    const failed = await saveDraft((items) => items.filter((it) => it.id !== item.id), `已从草稿里删除“${item.title}”。发布以后，家长就看不到了。`)
    if (failed) setListNotice({ ok: false, text: failed })
    setDeleting(null)
  }

  function startEditing(next: Editing) {
    setEditing(next)
    setDeleting(null)
    setSaveError(null)
    setListNotice(null)
  }

  async function publish() {
    const revision = draft.revision
    if (attempt.current?.revision !== revision) attempt.current = { revision, key: newUuid() }
    setBusy(true)
    setPublishNotice(null)
    try {
      const published = await publishServiceList(regionCode, revision, attempt.current.key)
      attempt.current = null
      setConfirming(false)
      const summary = { version: published.version, publishedAt: published.publishedAt, draftRevision: revision, itemCount: published.items.length }
      setOverview((current) =>
        current && {
          ...current,
          versions: [summary, ...current.versions.filter((v) => v.version !== published.version)],
          draft: current.draft.revision === revision ? { ...current.draft, publishedAs: published.version } : current.draft,
        },
      )
      setListNotice(null)
      setPublishNotice({ ok: true, text: `已发布为版本 ${published.version}。家长现在看到的就是这一版。` })
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setPublishNotice({ ok: false, text: errorMessageOf(e) })
      } else if (e.code === 'NETWORK' || e.status >= 500) {
        // The answer may have been lost after the server published: the retry sends the same key.
        setPublishNotice({ ok: false, text: `${errorMessageOf(e)}请再点一次“确认发布”，不会重复发布。` })
      } else {
        // Refused: a later try is a new attempt with a new key.
        attempt.current = null
        setConfirming(false)
        if (e.code === 'SERVICE_LIST_STALE') {
          await reload()
          setPublishNotice({ ok: false, text: '别人刚刚改了这份草稿，没有发布。已为您换成最新的草稿，请看过以后再发布。' })
        } else {
          setPublishNotice({ ok: false, text: `没有发布：${errorMessageOf(e)}` })
        }
      }
    } finally {
      setBusy(false)
    }
  }

  const latest = versions[0]
  const taken = draft.items.map((item) => item.id)
  const formFor = (heading: string, itemId: string, original?: ServiceItem) => (
    <ItemFormPanel
      key={itemId}
      heading={heading}
      initial={original ? itemFormOf(original) : emptyItemForm(`${placeName}民政局发布`)}
      itemId={itemId}
      original={original}
      busy={busy}
      saveError={saveError}
      onSave={saveItem}
      cancelLabel={original ? '不改了，收起' : '先不添加，收起'}
      onCancel={() => startEditing(null)}
    />
  )

  return (
    <PageFrame id='screen-service-list' className='staff service-list'>
      <Text className='page-title'>服务清单</Text>
      <Text id='service-list-region' className='page-lead'>
        {placeName}（{regionCode}）的{level}级服务清单
      </Text>
      <Text id='service-list-scope-note' className='service-list__note'>{scopeNote[regionCode.length]}</Text>
      {loadError && <Text id='service-list-error' className='form-error'>{loadError}</Text>}

      <Text className='section-title'>已发布的版本</Text>
      <View id='service-list-versions' className='card staff__card'>
        {versions.length === 0 && <Text className='staff__line'>还没有发布过。</Text>}
        {versions.map((v, index) => (
          <View key={v.version} id={`version-${v.version}`} className='service-list__version'>
            <Text className='service-list__version-name'>版本 {v.version}</Text>
            {index === 0 && <Text className='service-list__current'>（家长现在看到的）</Text>}
            <Text className='service-list__version-line'>
              {publishedOn(v.publishedAt)}发布，共 {v.itemCount} 项
            </Text>
          </View>
        ))}
        <Text className='service-list__hint'>已发布的版本不能再改。要改，就改下面的草稿，再发布成新版本。</Text>
      </View>

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
      {draft.items.length === 0 && <Text className='staff__empty'>本{level}还没有自己增加的服务。</Text>}
      {draft.items.map((item) =>
        editing?.kind === 'edit' && editing.id === item.id ? (
          <View key={item.id}>{formFor(`修改：${item.title}`, item.id, item)}</View>
        ) : (
          <View key={item.id} id={`item-${domId(item.id)}`} className='card staff__card service-list__item'>
            <Text className='service-list__item-title'>{item.title}</Text>
            <Text className='service-list__tag'>{serviceCategoryLabels[item.category]}</Text>
            {item.placeKinds.length > 0 && (
              <Text className='service-list__meta'>在{item.placeKinds.map((kind) => placeKindLabels[kind]).join('、')}办</Text>
            )}
            {deleting === item.id ? (
              <View className='service-list__confirm'>
                <Text className='staff__line'>从草稿里删除“{item.title}”？发布以后家长就看不到了。</Text>
                <View className='service-list__buttons'>
                  <Button id={`item-delete-confirm-${domId(item.id)}`} type='danger' size='large' disabled={busy} onClick={() => void deleteItem(item)}>
                    确定删除
                  </Button>
                  <Button id={`item-delete-cancel-${domId(item.id)}`} type='default' size='large' onClick={() => setDeleting(null)}>
                    不删了
                  </Button>
                </View>
              </View>
            ) : (
              <View className='service-list__buttons'>
                <Button id={`item-edit-${domId(item.id)}`} type='default' size='large' disabled={busy || editing !== null} onClick={() => startEditing({ kind: 'edit', id: item.id })}>
                  修改
                </Button>
                <Button id={`item-delete-${domId(item.id)}`} type='default' size='large' disabled={busy || editing !== null} onClick={() => setDeleting(item.id)}>
                  删除
                </Button>
              </View>
            )}
          </View>
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
          onClick={() => startEditing({ kind: 'add', id: newItemId(regionCode, taken) })}
        >
          ＋ 添加本{level}服务
        </Button>
      )}

      <Text className='section-title'>发布</Text>
      <View id='publish-panel' className='card staff__card'>
        {publishNotice && (
          <Text id='publish-notice' className={`staff__line ${publishNotice.ok ? 'staff__ok' : 'staff__warn'}`}>
            {publishNotice.text}
          </Text>
        )}
        {draft.publishedAs !== null ? (
          <Text id='publish-nothing' className='staff__line'>
            草稿和{latest ? `版本 ${latest.version} ` : '已发布的清单'}一样，没有要发布的修改。
          </Text>
        ) : confirming ? (
          <View id='publish-confirm-panel'>
            <Text className='staff__line service-list__confirm-text'>
              发布后，{placeName}的家长马上就能看到草稿里的 {draft.items.length} 项服务（和省、市的服务一起）。发布的版本以后不能修改，要改就再发布一个新版本。
            </Text>
            {editing && <Text className='staff__line staff__warn'>正在填写的那项服务还没保存，不会发布。</Text>}
            <Button id='publish-confirm' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={() => void publish()}>
              {busy ? '正在发布…' : '确认发布'}
            </Button>
            <Tappable id='publish-cancel' className='text-link' onClick={() => setConfirming(false)}>
              先不发布
            </Tappable>
          </View>
        ) : (
          <>
            <Text className='staff__line'>草稿检查好以后再发布。发布后会成为版本 {(latest?.version ?? 0) + 1}。</Text>
            <Button
              id='publish'
              className='staff__submit'
              type='primary'
              size='xlarge'
              block
              disabled={busy}
              onClick={() => {
                setPublishNotice(null)
                setConfirming(true)
              }}
            >
              发布
            </Button>
          </>
        )}
      </View>
    </PageFrame>
  )
}

/** 服务清单: a county officer (or admin) edits their list's draft and publishes it as a new version. */
export default function StaffServiceListPage() {
  const account = useSession()?.account
  const regionCode = account?.regionScope ?? null
  if (!account) {
    return (
      <PageFrame className='staff'>
        <Text className='page-lead'>请先用工作人员账号登录。</Text>
      </PageFrame>
    )
  }
  if (!account.roles.some((role) => (editorRoles as readonly string[]).includes(role))) {
    return (
      <PageFrame id='service-list-refused' className='staff'>
        <Text className='page-lead'>只有县民政局工作人员和管理员可以编辑服务清单。</Text>
      </PageFrame>
    )
  }
  if (!regionCode || !levelWord[regionCode.length]) {
    return (
      <PageFrame id='service-list-refused' className='staff'>
        <Text className='page-lead'>服务清单按省、市、县编制，您负责的地区没有单独的清单。</Text>
      </PageFrame>
    )
  }
  return <ServiceListEditor account={account} regionCode={regionCode} />
}
