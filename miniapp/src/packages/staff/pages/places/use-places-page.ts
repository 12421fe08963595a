import { useEffect, useState } from 'react'
import type { PlaceFields, StaffPlace } from '@ccs/shared/places/place-schemas'
import type { PlaceImportReport } from '@ccs/shared/places/place-import-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { createPlace, fetchStaffPlaces, setPlaceClosed, updatePlace, type PlaceFilter } from '../../api/places-api'
import { chooseAndUploadSpreadsheet, downloadSpreadsheet } from '../../lib/spreadsheet-file'
import { newPlaceId } from './place-form-model'

/** The places page's state: the filtered list, the form (a new place keeps its id across retries), the last import's report. */
export function usePlacesPage() {
  const [filter, setFilter] = useState<PlaceFilter>({})
  const [places, setPlaces] = useState<StaffPlace[] | null>(null)
  const [editing, setEditing] = useState<StaffPlace | { newId: string } | null>(null)
  const [report, setReport] = useState<PlaceImportReport | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    try {
      setPlaces(await fetchStaffPlaces(filter))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }
  useEffect(() => {
    void load()
  }, [filter.kind, filter.q])

  /** Runs one change (one at a time), then shows the list again; what went wrong stays on screen in words. */
  const run = async (change: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await change()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      await load()
      setBusy(false)
    }
  }

  return {
    filter, setFilter, places, editing, report, notice, error, busy,
    add: () => setEditing({ newId: newPlaceId() }),
    edit: (place: StaffPlace) => setEditing(place),
    cancel: () => setEditing(null),
    save: (fields: PlaceFields) =>
      run(async () => {
        if (!editing) return
        const saved = 'newId' in editing ? await createPlace({ id: editing.newId, ...fields }) : await updatePlace(editing.id, fields, editing.revision)
        setEditing(null)
        setNotice(`已保存“${saved.name}”，家长现在就能看到。`)
      }),
    toggle: (place: StaffPlace) =>
      run(async () => {
        const changed = await setPlaceClosed(place.id, !place.closed, place.revision)
        setNotice(changed.closed ? `已关闭“${place.name}”，家长不再看到它；记录还在，可以重新开放。` : `已重新开放“${place.name}”。`)
      }),
    downloadTemplate: () => run(() => downloadSpreadsheet('/api/staff/places/template', '服务场所导入模板.xlsx')),
    importPlaces: () =>
      run(async () => {
        const answer = await chooseAndUploadSpreadsheet<PlaceImportReport>('/api/staff/place-imports')
        if (answer) setReport(answer)
      }),
  }
}
