import Taro from '@tarojs/taro'

/**
 * Mini-program: WeChat's privacy authorisation (《小程序隐私协议开发指南》, base library 2.32.3+). A privacy API
 * (choosing photos, the camera, the position, the clipboard) called before the person agreed to the mini-program's
 * privacy guide waits; `onNeedPrivacyAuthorization` hands us its `resolve`, the page shows the request in its own
 * words (components/privacy-authorization) and a button with open-type agreePrivacyAuthorization, and only after
 * that button's agree event is `resolve` told `agree` with the button's id, which WeChat checks was tapped.
 * The H5 portal has nothing of this: privacy-authorization.h5.ts.
 */
type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

export const AGREE_BUTTON_ID = 'privacy-authorization-agree'

let resolves: Resolve[] = []
let waiting: ((agreed: boolean) => void)[] = []
let needed = false
const listeners = new Set<(needed: boolean) => void>()

function show(next: boolean) {
  needed = next
  for (const listener of listeners) listener(next)
}

function finish(agreed: boolean) {
  for (const resolve of resolves) resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
  for (const done of waiting) done(agreed)
  resolves = []
  waiting = []
  show(false)
}

/** Registered once at app start, before any page can call a privacy API. */
export function startPrivacyAuthorization(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    resolves.push(resolve)
    show(true)
  })
}

/**
 * Asked before each privacy API: true at once when WeChat already has the person's agreement (or the
 * base library is too old to ask); otherwise the page shows the request and this waits for the answer.
 */
export function privacyAuthorized(): Promise<boolean> {
  return new Promise((done) => {
    if (typeof Taro.getPrivacySetting !== 'function') return done(true)
    Taro.getPrivacySetting({
      success: ({ needAuthorization }) => {
        if (!needAuthorization) return done(true)
        waiting.push(done)
        show(true)
      },
      // The API itself then raises onNeedPrivacyAuthorization if an agreement is missing.
      fail: () => done(true),
    })
  })
}

export const privacyAuthorizationNeeded = (): boolean => needed

export function onPrivacyAuthorizationChange(listener: (needed: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The request is on screen: WeChat is told, as its guide asks, before the person answers. */
export function exposePrivacyAuthorization(): void {
  for (const resolve of resolves) resolve({ event: 'exposureAuthorization' })
}

/** The agree button's own event: WeChat has recorded the agreement, the waiting API goes on. */
export const agreePrivacyAuthorization = (): void => finish(true)
export const declinePrivacyAuthorization = (): void => finish(false)
