import { startTransition, useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { programmes, type ProgrammeId } from '@ccs/shared/rules/programmes'
import { ApiError, errorMessageOf } from '../../../../api/api-error'
import { fetchChildren } from '../../../../api/children-api'
import { useSession } from '../../../../session/use-session'
import { fetchApplications, saveFacts, startDraft, type ApplicationSummary } from '../../api/applications-api'
import ChildForm from '../../components/child-form'
import SignInFirst from '../../../../components/sign-in-first'
import { clearCheckHandover, loadCheckHandover, type PickedRegion } from '../../../../lib/check-handover'
import ChildList from './child-list'
import ProgrammeList from './programme-list'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'
import { applyChildTitle, applyWhat } from '../../../../first-screen/first-screen-words'
import { checkMismatch } from '../../lib/check-describes'
import { ruleContextFor } from '../../lib/rule-context'

const villageLevelCode = /^\d{12}$/
/** A place from the check that the child form can take as it is: only a village. */
const villageOf = (region: PickedRegion | null) => (region && villageLevelCode.test(region.code) ? region : null)

const isProgramme = (id: string | undefined): id is ProgrammeId => programmes.some((programme) => programme.id === id)

const openApplication = (id: string) => void Taro.navigateTo({ url: `/packages/family/pages/application/index?id=${id}` })
const continueApplication = (id: string) =>
  void Taro.navigateTo({ url: `/packages/family/pages/application-form/index?applicationId=${id}` })

/** 申请补贴 step 1 and 2: which child, which programme; then the application's own screens take over. */
function ApplyFlow() {
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

  if (child) {
    return (
      <PageFrame className='family'>
        {mismatch && (
          <Text id='check-mismatch' className='family__notice'>
            {mismatch}，不是同一个孩子，所以自测的回答没有带过来。请为{child.name}重新回答问题，或者换一个孩子。
          </Text>
        )}
        <ProgrammeList child={child} facts={{ birthDate: child.birthDate, hukouRegion: child.hukouRegion.code, ...queryFacts }} busy={busy} onPick={(id) => void pick(id, child)} />
        {busy && <Text className='family__line muted'>正在打开申请…</Text>}
        {error && <Text id='apply-error' className='form-error'>{error}</Text>}
        {existingId && (
          <Tappable id='existing-application' className='text-link' onClick={() => openApplication(existingId)}>
            查看这份申请
          </Tappable>
        )}
        <Tappable id='change-child' className='text-link' onClick={() => { setChild(null); setMismatch(null) }}>
          换一个孩子
        </Tappable>
      </PageFrame>
    )
  }

  return (
    <PageFrame id='screen-child' className='family'>
      {drafts.length > 0 && (
        <View className='family__notice'>
          {drafts.map((draft) => (
            <Tappable key={draft.id} id={`resume-${draft.id}`} className='family__line' onClick={() => continueApplication(draft.id)}>
              {draft.childName}的“{draft.programmeName}”{draft.status === 'returned' ? '需要补充材料' : '还没填完'}，点这里继续 ›
            </Tappable>
          ))}
        </View>
      )}
      <Text className='page-title'>{applyChildTitle}</Text>
      {handover && (
        <Text id='handover-notice' className='family__notice'>您在权益自测里的回答已经带过来了。自测说的是哪个孩子？选好这个孩子就接着申请，不用再填一遍。</Text>
      )}
      {children === null && !error && <Text className='family__line muted'>正在加载…</Text>}
      {children && children.length > 0 && <ChildList children={children} onPick={choose} />}
      {error && <Text id='apply-error' className='form-error'>{error}</Text>}
      {error && children === null && (
        <Button id='retry' type='primary' fill='outline' size='large' onClick={() => void load()}>
          重新加载
        </Button>
      )}
      {adding ? (
        <View className='card family__card'>
          <Text className='family__title'>添加孩子</Text>
          <ChildForm
            onSaved={(saved) => {
              setChildren([...(children ?? []).filter((c) => c.id !== saved.id), saved])
              setAdding(false)
              choose(saved)
            }}
            initial={handover ? { hukou: villageOf(handover.hukou), residence: villageOf(handover.residence) } : undefined}
            onCancel={children && children.length > 0 ? () => setAdding(false) : undefined}
          />
        </View>
      ) : (
        children && (
          <Button id='child-add' className='family__button' type='primary' fill='outline' size='xlarge' block onClick={() => setAdding(true)}>
            添加孩子
          </Button>
        )
      )}
    </PageFrame>
  )
}

export default function ApplyPage() {
  const session = useSession()
  return session ? <ApplyFlow /> : <SignInFirst what={applyWhat} block='family' />
}
