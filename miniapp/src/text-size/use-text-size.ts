import { useSyncExternalStore } from 'react'
import type { TextSize } from '@ccs/shared/auth/auth-schemas'
import { textSizeStore } from './text-size-store'

/** The text size every page shows; re-renders when the person or their account changes it. */
export function useTextSize(): TextSize {
  return useSyncExternalStore(textSizeStore.subscribe, textSizeStore.get, textSizeStore.get)
}
