import { useRef, useState } from 'react'
import type { ServiceItem } from '@ccs/shared/services/service-schemas'
import type { StaffPlace } from '@ccs/shared/places/place-schemas'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { useLoadOnShow } from '../../../../hooks/use-load-on-show'
import { newUuid } from '../../../../lib/new-uuid'
import {
  fetchServiceList,
  publishServiceList,
  saveServiceListDraft,
  type ServiceListOverview,
} from '../../api/service-lists-api'
import { fetchStaffPlaces } from '../../api/places-api'

const STALE_HINT = '别人刚刚也改了这份草稿，已为您换成最新的草稿。您填写的内容还在，请看一下草稿里的服务，再保存一次。'

export type Editing = { kind: 'add'; id: string } | { kind: 'edit'; id: string } | null
export interface Notice {
  ok: boolean
  text: string
}

/**
 * The state of one list's editor: its draft and versions as loaded, which item is open, and what the last save or
 * publish said. Saving sends the draft's revision, so a draft changed by someone else meanwhile is reloaded, never
 * overwritten; publishing sends one Idempotency-Key per draft revision, so a retry after a lost answer publishes once.
 */
export function useServiceListEditor(regionCode: string) {
  const [overview, setOverview] = useState<ServiceListOverview | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [listNotice, setListNotice] = useState<Notice | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [publishNotice, setPublishNotice] = useState<Notice | null>(null)
  const attempt = useRef<{ revision: number; key: string } | null>(null)
  /** The region's places, for naming an item's places and knowing which are open; null until read. */
  const [places, setPlaces] = useState<StaffPlace[] | null>(null)

  async function reload(): Promise<ServiceListOverview | null> {
    try {
      const [loaded, found] = await Promise.all([fetchServiceList(regionCode), fetchStaffPlaces({})])
      setOverview(loaded)
      setPlaces(found)
      setLoadError(null)
      return loaded
    } catch (e) {
      setLoadError(errorMessageOf(e))
      return null
    }
  }
  useLoadOnShow(() => void reload())

  /** Saves the draft with `change` applied to its items; null when saved, else why not (a stale revision reloads). */
  async function saveDraft(change: (items: ServiceItem[]) => ServiceItem[], done: string): Promise<string | null> {
    if (!overview) return null
    setBusy(true)
    setSaveError(null)
    setListNotice(null)
    setPublishNotice(null)
    try {
      const saved = await saveServiceListDraft(regionCode, change(overview.draft.items), overview.draft.revision)
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

  function askToPublish() {
    setPublishNotice(null)
    setConfirming(true)
  }

  async function publish() {
    if (!overview) return
    const revision = overview.draft.revision
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

  return {
    overview,
    places,
    /** The ids of the region's open places: an item naming only closed ones has no way to act. */
    openPlaceIds: places ? new Set(places.filter((place) => !place.closed).map((place) => place.id)) : undefined,
    loadError,
    editing,
    deleting,
    busy,
    saveError,
    listNotice,
    confirming,
    publishNotice,
    saveItem,
    deleteItem,
    startEditing,
    setDeleting,
    askToPublish,
    cancelPublish: () => setConfirming(false),
    publish,
  }
}

export type ServiceListEditorState = ReturnType<typeof useServiceListEditor>
