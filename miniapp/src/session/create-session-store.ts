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

const storageKey = 'ccs.session'

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null
  return typeof v?.accessToken === 'string' && typeof v.refreshToken === 'string' && typeof v.account === 'object'
}

/** Keeps the signed-in session in memory and in persistent storage, and tells listeners on change. */
export function createSessionStore(storage: KeyValueStorage): SessionStore {
  const stored = storage.get(storageKey)
  let current: Session | null = isSession(stored) ? stored : null
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  return {
    get: () => current,
    set(session) {
      current = session
      storage.set(storageKey, session)
      notify()
    },
    clear() {
      current = null
      storage.remove(storageKey)
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
