import { subscribeMoments, type SubscribeMessageName, type SubscribeMoment } from '@ccs/shared/notifications/subscribe-messages'
import type { SubscribeCreditsRequest } from '@ccs/shared/notifications/subscribe-schemas'

export interface SubscriptionAskerDeps {
  /** The template id of each message, from the build (WEAPP_SUBSCRIBE_TEMPLATE_IDS); a message without one is not asked for. */
  templateIds: Partial<Record<string, string>>
  /** `wx.requestSubscribeMessage`: the person's answer per template id ('accept', 'reject', 'ban', 'filter'). */
  requestSubscribeMessage: (tmplIds: string[]) => Promise<Record<string, unknown>>
  /** Sends what was accepted to the server (POST /api/me/subscribe-credits), repeated on a dropped connection. */
  report: (answer: SubscribeCreditsRequest) => Promise<unknown>
  newId: () => string
}

/**
 * Asks, at a moment that matters, for the subscribe messages that follow it, and tells the server which were accepted
 * (each acceptance lets it send one). It must be called first thing in the tap's handler, before any `await`: WeChat
 * shows the dialog only from a tap. It never fails the journey: no template ids, a refusal, an error, a lost report,
 * the family carries on and hears by SMS or in the app instead. Resolves once the person has answered; the report
 * goes on in the background, under one id, so a repeat after a weak signal counts once.
 */
export function createSubscriptionAsker(deps: SubscriptionAskerDeps) {
  return function askForSubscriptions(moment: SubscribeMoment): Promise<void> {
    const wanted = subscribeMoments[moment].flatMap((name) => (deps.templateIds[name] ? [[name, deps.templateIds[name]!] as const] : []))
    if (wanted.length === 0) return Promise.resolve()
    let asking: Promise<Record<string, unknown>>
    try {
      asking = deps.requestSubscribeMessage(wanted.map(([, id]) => id))
    } catch {
      return Promise.resolve()
    }
    return asking.then(
      (answer) => {
        const accepted: SubscribeMessageName[] = wanted.filter(([, id]) => answer[id] === 'accept').map(([name]) => name)
        if (accepted.length > 0) deps.report({ requestId: deps.newId(), accepted }).catch(() => undefined)
      },
      () => undefined,
    )
  }
}
