import { startTransition, useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import type { Child } from '@ccs/shared/children/child-schemas'
import { programmes, type ProgrammeId } from '@ccs/shared/rules/programmes'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { fetchChildren } from '../../../../api/children-api'
import { fetchApplications, saveFacts, startDraft, type ApplicationSummary } from '../../api/applications-api'
import { clearCheckHandover, loadCheckHandover } from '../../../../lib/check-handover'
import { checkMismatch } from '../../lib/check-describes'
import { ruleContextFor } from '../../lib/rule-context'
import { useFreshParameters } from '../../../../lib/app-parameters'

const isProgramme = (id: string | undefined): id is ProgrammeId => programmes.some((programme) => programme.id === id)

/**
 * 申请补贴 steps 1 and 2 as state: the family's children and unfinished drafts, the child chosen, and starting the
 * draft for the programme picked. Answers handed over by the 权益自测 (kept on the phone, so they survive signing
 * in first) go only to the child they describe.
 */
export function useApplyFlow() {
  const query = useRouter().params
  const [children, setChildren] = useState<Child[] | null>(null)
  const [drafts, setDrafts] = useState<ApplicationSummary[]>([])
  const [child, setChild] = useState<Child | null>(null)
  const [adding, setAdding] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [existingId, setExistingId] = useState<string | null>(null)
  // Answers handed over by the entitlement check (kept on the phone, so they survive signing in first).
  const [handover] = useState(() => (query.from === 'check' ? loadCheckHandover() : null))
  const programmeAsked = handover?.programme ?? query.programme
  /** Why the check's answers stay behind for the child chosen: they describe another child. */
  const [mismatch, setMismatch] = useState<string | null>(null)
  const queryFacts = handover && !mismatch ? handover.facts : undefined
  // The figures of the places the children's programmes are decided at, for the amounts the list shows.
  useFreshParameters(children?.flatMap((each) => [each.hukouRegion.code, each.residenceRegion?.code]) ?? [])

  async function pick(programme: ProgrammeId, forChild: Child, carried = queryFacts) {
    setBusy(true)
    setError(null)
    setExistingId(null)
    try {
      let draft = await startDraft(forChild.id, programme, carried)
      // A draft resumed from another day keeps its answers; answers just given in the check are newer.
      if (carried) draft = await saveFacts(draft.id, { ...draft.facts, ...carried })
      if (handover) clearCheckHandover()
      void Taro.navigateTo({ url: `/packages/family/pages/application-form/index?applicationId=${draft.id}` })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'APPLICATION_EXISTS') setExistingId(e.data?.applicationId ?? null)
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  /**
   * The check's answers go only to the child they describe, and straight on to the application only when that
   * child may qualify; otherwise the programme list says why first, before any question or photo.
   */
  function choose(picked: Child) {
    setChild(picked)
    const differs = handover ? checkMismatch(handover.described ?? {}, picked) : null
    setMismatch(differs)
    if (!isProgramme(programmeAsked) || differs) return
    const programme = programmes.find((candidate) => candidate.id === programmeAsked)!
    const { date, regionCode, params } = ruleContextFor(programmeAsked, picked)
    const facts = { birthDate: picked.birthDate, hukouRegion: picked.hukouRegion.code, ...handover?.facts }
    if (!handover || programme.eligibility(facts, date, regionCode, params).eligible !== false) void pick(programmeAsked, picked, handover?.facts)
  }

  async function load() {
    setError(null)
    try {
      // Both at once: on a weak signal the second request does not wait for the first to come back. The screen
      // is then built in slices (a transition), so the phone still answers taps meanwhile.
      const [list, applications] = await Promise.all([fetchChildren(), fetchApplications()])
      startTransition(() => {
        setChildren(list)
        setAdding(list.length === 0)
        setDrafts(applications.filter((application) => application.status === 'draft' || application.status === 'returned'))
      })
      const chosen = list.find((candidate) => candidate.id === query.childId)
      if (chosen) choose(chosen)
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }

  useEffect(() => {
    void load()
  }, [])
  return {
    children,
    drafts,
    child,
    adding,
    busy,
    error,
    existingId,
    handover,
    mismatch,
    queryFacts,
    load,
    pick,
    choose,
    setAdding,
    /** A child added on this page joins the list and is chosen at once. */
    added(saved: Child) {
      setChildren([...(children ?? []).filter((c) => c.id !== saved.id), saved])
      setAdding(false)
      choose(saved)
    },
    changeChild() {
      setChild(null)
      setMismatch(null)
    },
  }
}

export type ApplyFlowState = ReturnType<typeof useApplyFlow>
