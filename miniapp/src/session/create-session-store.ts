import type { Session } from '@ccs/shared/auth/auth-schemas'

/** The slice of a key-value store the session needs (Taro storage in the app, a Map in tests). */
export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

export interface SessionStore {
  get(): Session | null
  set(session: Session): void
  clear(): void
  subscribe(listener: () => void): () => void
}

/** Also read by index.html's first screen (`first-screen/first-screens.ts`), which runs before the app. */
export const sessionStorageKey = 'ccs.session'

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null
  return typeof v?.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.account === 'object'
}

/** Keeps the signed-in session in memory and in persistent storage, and tells listeners on change. */
export function createSessionStore(storage: KeyValueStorage): SessionStore {
  const stored = storage.get(sessionStorageKey)
  let current: Session | null = isSession(stored) ? stored : null
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  return {
    get: () => current,
    set(session) {
      current = session
      storage.set(sessionStorageKey, session)
      notify()
    },
    clear() {
      current = null
      storage.remove(sessionStorageKey)
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
