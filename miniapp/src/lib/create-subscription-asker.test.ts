import { describe, expect, it } from 'vitest'
import type { SubscribeCreditsRequest } from '@ccs/shared/notifications/subscribe-schemas'
import { createSubscriptionAsker, type SubscriptionAskerDeps } from './create-subscription-asker'

const ids = { caseStep: 'tpl-case', agreementNotice: 'tpl-agreement' }

/** A phone whose WeChat answers the dialog with `answer` (or fails as told), recording what was asked and reported. */
function phone(answer: (tmplIds: string[]) => Promise<Record<string, unknown>>, templateIds: Record<string, string> = ids, reportFails = false) {
  const asked: string[][] = []
  const reported: SubscribeCreditsRequest[] = []
  const deps: SubscriptionAskerDeps = {
    templateIds,
    requestSubscribeMessage: (tmplIds) => (asked.push(tmplIds), answer(tmplIds)),
    report: async (body) => {
      reported.push(body)
      if (reportFails) throw new Error('request:fail timeout')
    },
    newId: () => `answer-${reported.length + 1}`,
  }
  return { ask: createSubscriptionAsker(deps), asked, reported }
}
const accepting = async (tmplIds: string[]) => ({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((id) => [id, 'accept'])) })

describe('asking for subscribe messages at the moments that matter', () => {
  it.each([
    ['after submitting: the case steps', 'submitted', ['tpl-case'], ['caseStep']],
    ['after inviting a caregiver: the agreement’s news', 'invited', ['tpl-agreement'], ['agreementNotice']],
    ['after signing: the agreement’s news', 'signed', ['tpl-agreement'], ['agreementNotice']],
  ] as const)('%s', async (_name, moment, tmplIds, accepted) => {
    const { ask, asked, reported } = phone(accepting)
    await ask(moment)
    expect(asked).toEqual([tmplIds])
    expect(reported).toEqual([{ requestId: 'answer-1', accepted }])
  })

  it('asks WeChat within the tap, before anything is awaited', () => {
    const { ask, asked } = phone(() => new Promise(() => undefined))
    void ask('submitted')
    expect(asked).toHaveLength(1)
  })

  it.each([
    ['the family declines', async (tmplIds: string[]) => ({ errMsg: 'requestSubscribeMessage:ok', [tmplIds[0]!]: 'reject' })],
    ['WeChat bans or filters the template', async (tmplIds: string[]) => ({ errMsg: 'requestSubscribeMessage:ok', [tmplIds[0]!]: 'ban' })],
    ['the dialog fails (not from a tap, an old WeChat)', async () => Promise.reject({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 20004 })],
    ['the call throws', () => {
      throw new Error('requestSubscribeMessage is not a function')
    }],
  ])('%s: nothing is reported and the journey goes on', async (_name, answer) => {
    const { ask, reported } = phone(answer)
    await expect(ask('submitted')).resolves.toBeUndefined()
    expect(reported).toEqual([])
  })

  it('asks for nothing when the build has no template id for the moment (H5, or ids not configured)', async () => {
    const { ask, asked } = phone(accepting, { agreementNotice: 'tpl-agreement' })
    await ask('submitted')
    expect(asked).toEqual([])
  })

  it('a report the network loses does not fail the journey', async () => {
    const { ask, reported } = phone(accepting, ids, true)
    await expect(ask('signed')).resolves.toBeUndefined()
    expect(reported).toHaveLength(1)
  })
})
