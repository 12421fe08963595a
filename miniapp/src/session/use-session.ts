import { useSyncExternalStore } from 'react'
import type { Session } from '@ccs/shared/auth/auth-schemas'
import { sessionStore } from './session-store'

/** The current session (null when signed out); re-renders on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get)
}
