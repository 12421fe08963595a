import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { sessionStore } from '../session/session-store'

/**
 * Forms keep what was typed on the phone (Taro storage: localStorage on H5), so a reload, a killed app or
 * a lost connection loses nothing. Drafts are kept per account, so a phone shared in the family shows each
 * person only their own; `guest` before sign-in.
 */
export function localDraftKey(name: string): string {
  return `ccs.draft.${sessionStore.get()?.account.id ?? 'guest'}.${name}`
}

export function loadLocalDraft<T>(key: string): T | null {
  const stored = Taro.getStorageSync(key) as T | ''
  return stored === '' || stored === undefined ? null : stored
}

export function saveLocalDraft<T>(key: string, value: T): void {
  Taro.setStorageSync(key, value)
}

/** After the form was sent: the next one starts empty. */
export function clearLocalDraft(key: string): void {
  Taro.removeStorageSync(key)
}

/**
 * A form's state like `useState`, restored from the phone on the first render and kept there on every
 * change. `restored` says the form came back from an earlier visit, so the server's copy should not
 * overwrite it; `clear` forgets it once it has been sent.
 */
export function useLocalDraft<T extends object>(name: string, initial: () => T) {
  // The key is fixed at the first render: signing in on the form must not move its draft.
  const [key] = useState(() => localDraftKey(name))
  const [start] = useState(() => {
    const stored = loadLocalDraft<Partial<T>>(key)
    return { value: stored ? { ...initial(), ...stored } : initial(), restored: stored !== null }
  })
  const [value, setValue] = useState<T>(start.value)
  const set = useCallback(
    (next: T | ((current: T) => T)) =>
      setValue((current) => {
        const updated = typeof next === 'function' ? next(current) : next
        saveLocalDraft(key, updated)
        return updated
      }),
    [key],
  )
  const clear = useCallback(() => clearLocalDraft(key), [key])
  return { value, set, clear, restored: start.restored }
}
