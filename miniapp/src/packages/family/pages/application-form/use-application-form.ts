import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Application } from '@ccs/shared/applications/application-schemas'
import { CONSENT_VERSION } from '@ccs/shared/applications/application-schemas'
import { dropHiddenAnswers, nextQuestionPage, type QuestionPageId } from '@ccs/shared/applications/question-pages'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import { programmes } from '@ccs/shared/rules/programmes'
import { errorMessageOf } from '../../../../api/api-error'
import { fetchApplication, saveFacts, submitApplication } from '../../api/applications-api'
import { clearLocalDraft, loadLocalDraft, localDraftKey, saveLocalDraft } from '../../../../lib/local-draft'
import { newUuid } from '../../../../lib/new-uuid'
import { figureRegionOf, ruleContextFor } from '../../lib/rule-context'
import { useFreshParameters } from '../../../../lib/app-parameters'

/** What the phone keeps of an application being filled in, so a reload or a lost connection loses nothing. */
interface LocalDraft {
  facts: ChildFacts
  /** Answers not yet saved on the server (the save failed); they win over the server's copy. */
  pending: boolean
  /** Sent with the submission; kept so that a retry after a dropped answer is recognised as the same one. */
  idempotencyKey: string
  /** The screen the family was on. */
  step: string | null
  /** The consent on the check screen was ticked. */
  consented: boolean
}

function loadDraft(key: string): LocalDraft {
  const draft = loadLocalDraft<Partial<LocalDraft>>(key) ?? {}
  return {
    facts: draft.facts ?? {},
    pending: draft.pending ?? false,
    idempotencyKey: draft.idempotencyKey ?? newUuid(),
    step: draft.step ?? null,
    consented: draft.consented ?? false,
  }
}

export type Step = { kind: 'questions'; pageId: QuestionPageId } | { kind: 'documents' } | { kind: 'check' } | { kind: 'done' }

const isEditable = (app: Application) => app.status === 'draft' || app.status === 'returned'
export const programmeOf = (app: Application) => programmes.find((programme) => programme.id === app.programme)!

/** The first screen with questions still open, else the documents (or where the family last was). */
function firstStep(app: Application, facts: ChildFacts, stored: string | null): Step {
  if (app.status === 'returned') return { kind: 'check' }
  const page = nextQuestionPage(programmeOf(app), facts, ruleContextFor(app.programme, app.child))
  if (page) return { kind: 'questions', pageId: page.id }
  return stored === 'check' ? { kind: 'check' } : { kind: 'documents' }
}

/**
 * The screens of one application, from its first question to the reference number. Answers are kept on
 * the phone at once and saved on the server after each screen, so a reload or a weak network loses
 * nothing and the draft resumes on any device.
 */
export function useApplicationForm(applicationId: string) {
  const [app, setApp] = useState<Application | null>(null)
  const [facts, setFacts] = useState<ChildFacts>({})
  const [history, setHistory] = useState<Step[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  /** Set by 修改 on the check page: after that screen, go straight back to the check page. */
  const [editing, setEditing] = useState(false)
  const [draftKey] = useState(() => localDraftKey(`application.${applicationId}`))
  const local = useRef<LocalDraft | null>(null)
  const step = history[history.length - 1] ?? null
  useFreshParameters([app && figureRegionOf(app.programme, app.child)])

  function remember(change: Partial<LocalDraft>) {
    local.current = { ...(local.current ?? loadDraft(draftKey)), ...change }
    saveLocalDraft(draftKey, local.current)
  }

  function go(next: Step) {
    setHistory((steps) => [...steps, next])
    if (next.kind === 'documents' || next.kind === 'check') remember({ step: next.kind })
  }

  async function load() {
    setLoadError(null)
    try {
      const loaded = await fetchApplication(applicationId)
      if (!isEditable(loaded)) {
        void Taro.redirectTo({ url: `/packages/family/pages/application/index?id=${applicationId}` })
        return
      }
      const stored = loadDraft(draftKey)
      local.current = stored
      const working = stored.pending ? { ...loaded.facts, ...stored.facts } : loaded.facts
      setApp(loaded)
      setFacts(working)
      setHistory([firstStep(loaded, working, stored.step)])
      // Answers kept on the phone while the network was down go to the server draft now.
      if (stored.pending) {
        saveFacts(loaded.id, working)
          .then((saved) => {
            remember({ facts: saved.facts, pending: false })
            setApp(saved)
          })
          .catch(() => undefined)
      }
    } catch (error) {
      setLoadError(errorMessageOf(error))
    }
  }

  useEffect(() => {
    void load()
  }, [applicationId])

  /** Saves a screen's answers and moves on; throws the Chinese message when the save fails. */
  async function answer(pageId: QuestionPageId, answers: ChildFacts) {
    if (!app) return
    const context = ruleContextFor(app.programme, app.child)
    const kept = dropHiddenAnswers(pageId, programmeOf(app), answers, context)
    setFacts(kept)
    remember({ facts: kept, pending: true })
    const saved = await saveFacts(app.id, kept)
    remember({ facts: saved.facts, pending: false })
    setApp(saved)
    setFacts(saved.facts)
    const page = nextQuestionPage(programmeOf(saved), saved.facts, context)
    if (page && !(editing && page.id === pageId)) go({ kind: 'questions', pageId: page.id })
    else if (editing) {
      setEditing(false)
      go({ kind: 'check' })
    } else go({ kind: 'documents' })
  }

  /** Answers typed on a screen but not yet sent: kept on the phone, so a reload shows them again. */
  function keep(answers: ChildFacts) {
    remember({ facts: { ...facts, ...answers }, pending: true })
  }

  function edit(pageId: QuestionPageId) {
    setEditing(true)
    go({ kind: 'questions', pageId })
  }

  /** Submits with the key kept on the phone, so pressing again after a dropped answer is the same submission. */
  async function submit() {
    if (!app) return
    const draft = local.current ?? loadDraft(draftKey)
    if (draft.pending) await saveFacts(app.id, facts)
    remember({ idempotencyKey: draft.idempotencyKey })
    const submitted = await submitApplication(app.id, draft.idempotencyKey, CONSENT_VERSION)
    clearLocalDraft(draftKey)
    local.current = null
    setApp(submitted)
    setHistory([{ kind: 'done' }])
  }

  /** The consent tick is kept with the answers until the submission goes through. */
  const consented = () => (local.current ?? loadDraft(draftKey)).consented
  const consent = (agreed: boolean) => remember({ consented: agreed })

  async function refresh() {
    setApp(await fetchApplication(applicationId))
  }

  function back() {
    if (history.length > 1) setHistory((steps) => steps.slice(0, -1))
    else void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/index/index' }))
  }

  return { app, facts, step, depth: history.length, loadError, load, answer, keep, edit, submit, refresh, back, go, editing, consented, consent }
}
