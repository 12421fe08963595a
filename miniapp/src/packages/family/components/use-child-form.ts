import { useEffect, useState } from 'react'
import type { Child } from '@ccs/shared/children/child-schemas'
import { guardianRelationLabels, type GuardianRelation } from '@ccs/shared/children/guardian-relations'
import { parseResidentId, residentIdProblemMessages } from '@ccs/shared/identity/resident-id'
import { ApiError, errorMessageOf } from '../../../api/api-error'
import { saveChild } from '../../../api/children-api'
import { useLocalDraft } from '../../../lib/local-draft'
import { useLoadedOnShow } from '../../../hooks/use-load-on-show'
import { fetchChildPrivacy, giveChildConsent } from '../api/consent-api'
import { newUuid } from '../../../lib/new-uuid'
import type { Village } from './village-field'

export type Errors = Partial<Record<'name' | 'residentId' | 'relation' | 'guardianName' | 'hukou' | 'hukouAddress' | 'residence' | 'consent' | 'save', string>>

/** A hukou chosen only to its county or township: this service has no villages there, so the address is written. */
export const isOutsideHukou = (hukou: Village | null): boolean => !!hukou && hukou.code.length < 12

function residentIdHint(text: string, editing: boolean): string | undefined {
  // Editing, a blank ID number keeps the one saved.
  if (text.trim() === '') return editing ? undefined : '请填写孩子的身份证号码（在户口簿上能找到）'
  const parsed = parseResidentId(text)
  return parsed.valid ? undefined : residentIdProblemMessages[parsed.problem]
}

/** What is typed, kept on the phone with the child's id until the child is saved. */
interface ChildDraft {
  childId: string
  name: string
  residentId: string
  relation: GuardianRelation | null
  /** The applicant's own name; absent from drafts kept before the form asked it. */
  guardianName?: string
  hukou: Village | null
  /** 户籍详细地址, with a hukou outside the villages this service has; absent from older drafts. */
  hukouAddress?: string
  livesElsewhere: boolean
  residence: Village | null
}

const relationKeyOf = (child: Child) =>
  (Object.keys(guardianRelationLabels) as GuardianRelation[]).find((key) => key === child.relation || guardianRelationLabels[key] === child.relation) ?? null

/** What the form starts from: the child being edited, or an empty child with the villages already picked elsewhere. */
function startingDraft(editing: Child | undefined, initial: ChildFormOptions['initial']): ChildDraft {
  if (editing) {
    return {
      childId: editing.id,
      name: editing.name,
      residentId: '',
      relation: relationKeyOf(editing),
      guardianName: editing.guardianName ?? '',
      hukou: { code: editing.hukouRegion.code, label: editing.hukouRegion.name },
      hukouAddress: editing.hukouAddress ?? '',
      livesElsewhere: editing.residenceRegion !== null,
      residence: editing.residenceRegion && { code: editing.residenceRegion.code, label: editing.residenceRegion.name },
    }
  }
  return {
    childId: newUuid(),
    name: '',
    residentId: '',
    relation: null,
    guardianName: '',
    hukou: initial?.hukou ?? null,
    livesElsewhere: Boolean(initial?.residence && initial.residence.code !== initial.hukou?.code),
    residence: initial?.residence ?? null,
  }
}

export interface ChildFormOptions {
  onSaved(child: Child): void
  /** Villages already picked elsewhere (the entitlement check), so they are not picked twice. */
  initial?: { hukou: Village | null; residence: Village | null }
  /** The child being edited; none when adding. */
  editing?: Child
}

/**
 * The child form's state: what is typed (kept on the phone with the child's id, so a reload loses nothing and
 * 保存 pressed again after a dropped answer adds the child once), what is wrong with it, whether the child privacy
 * consent is in place, and saving.
 */
export function useChildForm({ onSaved, initial, editing }: ChildFormOptions) {
  const draft = useLocalDraft<ChildDraft>(editing ? `child-${editing.id}` : 'child', () => startingDraft(editing, initial))
  const { childId, name, residentId, relation, hukou, livesElsewhere, residence } = draft.value
  const guardianName = (draft.value.guardianName ?? '').trim()
  const outside = isOutsideHukou(hukou)
  const hukouAddress = (draft.value.hukouAddress ?? '').trim()
  // A child whose hukou is elsewhere applies where it lives: the place it lives is asked whatever the tick says.
  const residenceAsked = livesElsewhere || outside
  const [errors, setErrors] = useState<Errors>({})
  const set = <K extends keyof ChildDraft>(field: K, value: ChildDraft[K]) => {
    draft.set((current) => ({ ...current, [field]: value }))
    // A field answered again stops showing what was wrong with it: a grandparent who has just picked 祖父母 should
    // not still read 请选择您是孩子的什么人 under it.
    setErrors((current) => (field in current ? { ...current, [field]: undefined } : current))
  }
  const [busy, setBusy] = useState(false)
  /** Counts failed saves: each shows the error summary afresh and moves the page to it. */
  const [failures, setFailures] = useState(0)
  const failed = (found: Errors) => {
    setErrors(found)
    setFailures((count) => count + 1)
  }

  // The guardian's separate consent to the child privacy notice comes before any child is saved: ticked on this
  // form (or agreed on the notice's own page, what is typed staying on the phone), and sent first on saving.
  const privacy = useLoadedOnShow(fetchChildPrivacy)
  const [refused, setRefused] = useState(false)
  const [consentTicked, setConsentTicked] = useState(false)
  const consented = privacy.data?.status?.current === true
  const needsConsent = refused || !consented
  useEffect(() => {
    if (consented) setRefused(false)
  }, [privacy.data])
  const tickConsent = (ticked: boolean) => {
    setConsentTicked(ticked)
    setErrors((current) => ({ ...current, consent: undefined }))
  }

  const parsed = parseResidentId(residentId)

  async function save() {
    const found: Errors = {
      name: name.trim() ? undefined : '请填写孩子的姓名',
      residentId: residentIdHint(residentId, !!editing),
      relation: relation ? undefined : '请选择您是孩子的什么人',
      guardianName: guardianName ? undefined : '请填写您的姓名，村里的儿童主任上门前会按这个名字联系您',
      hukou: hukou ? undefined : '请一级一级选到户口所在的村（社区）',
      hukouAddress: outside && hukouAddress.length < 4 ? '请按户口簿填写户籍详细地址，写到村（社区）、门牌' : undefined,
      residence: outside && !residence ? '户口在外地时，请选择孩子现在住的村（社区），在那里申请' : undefined,
    }
    if (needsConsent && !consentTicked) found.consent = '请先勾选“我已阅读并同意”，我们才能保存孩子的信息'
    if (livesElsewhere && !outside && !residence) found.save = '请选择孩子现在住的村（社区），或者取消勾选“孩子现在不住在户口所在地”'
    if (Object.values(found).some(Boolean) || !relation || !hukou) return failed(found)
    setErrors({})
    setBusy(true)
    try {
      if (needsConsent && privacy.data) {
        privacy.setData(await giveChildConsent(privacy.data.notice.version))
        setRefused(false)
      }
      const child = await saveChild(childId, {
        name: name.trim(),
        ...(residentId.trim() ? { residentId: residentId.trim() } : {}),
        relation,
        guardianName,
        hukouRegion: hukou.code,
        hukouAddress: outside ? hukouAddress : null,
        residenceRegion: residenceAsked && residence ? residence.code : null,
      })
      draft.clear()
      onSaved(child)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONSENT_REQUIRED') {
        setRefused(true)
        setConsentTicked(false)
        return failed({ consent: error.message })
      }
      const fields = error instanceof ApiError ? error.fields ?? {} : {}
      const plain = error instanceof ApiError && (error.code === 'CHILD_EXISTS' || error.code === 'CHILD_IN_USE')
      // The server names a field by where it was in the request (`body.residentId`).
      failed({
        name: fields['body.name'],
        residentId: fields['body.residentId'],
        guardianName: fields['body.guardianName'],
        hukou: fields['body.hukouRegion'],
        hukouAddress: fields['body.hukouAddress'],
        residence: fields['body.residenceRegion'],
        save: plain ? error.message : `没有保存成功：${errorMessageOf(error)}`,
      })
    } finally {
      setBusy(false)
    }
  }

  /** Leaving the ID box says at once what is wrong with the number typed. */
  const checkResidentId = () => residentId && setErrors({ ...errors, residentId: residentIdHint(residentId, !!editing) })

  return { draft: draft.value, outside, residenceAsked, set, errors, busy, failures, privacy, needsConsent, consentTicked, tickConsent, parsed, save, checkResidentId }
}
