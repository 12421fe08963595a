import type { Account, TextSize } from '@ccs/shared/auth/auth-schemas'
import type { KeyValueStorage } from '../session/create-session-store'

export interface TextSizeStore {
  get(): TextSize
  /** The person's own choice: kept on this phone at once, and on their account when signed in. */
  choose(size: TextSize): void
  /** At sign-in and refresh: the account's choice wins, unless one made here has not reached it yet. */
  adoptAccount(account: Account): void
  subscribe(listener: () => void): () => void
}

export interface TextSizeStoreDeps {
  storage: KeyValueStorage
  /** Before any choice: whether the phone's own font setting is already larger than standard. */
  platformPrefersLarge: () => boolean
  /** Saves the choice on the signed-in account; resolves false when signed out or the network failed. */
  saveToAccount: (size: TextSize) => Promise<boolean>
}

/** Also read by index.html's first screen (`config/first-screen.ts`), which runs before the app. */
export const textSizeChoiceKey = 'ccs.textSize'
/** Set while a choice made on this phone has not been saved on the account yet (e.g. made offline). */
const unsavedKey = 'ccs.textSize.unsaved'

const isTextSize = (value: unknown): value is TextSize => value === 'standard' || value === 'large'

/** 大字模式: one setting for every page, remembered per person (on the account) and per phone. */
export function createTextSizeStore({ storage, platformPrefersLarge, saveToAccount }: TextSizeStoreDeps): TextSizeStore {
  const stored = storage.get(textSizeChoiceKey)
  let current: TextSize = isTextSize(stored) ? stored : platformPrefersLarge() ? 'large' : 'standard'
  const listeners = new Set<() => void>()

  function keep(size: TextSize) {
    storage.set(textSizeChoiceKey, size)
    if (size === current) return
    current = size
    listeners.forEach((listener) => listener())
  }

  async function save(size: TextSize) {
    storage.set(unsavedKey, true)
    if (await saveToAccount(size)) storage.remove(unsavedKey)
  }

  return {
    get: () => current,
    choose(size) {
      keep(size)
      void save(size)
    },
    adoptAccount(account) {
      const chosenHere = storage.get(textSizeChoiceKey)
      if (isTextSize(chosenHere) && (storage.get(unsavedKey) === true || account.textSize === null)) {
        if (account.textSize !== chosenHere) void save(chosenHere)
      } else if (account.textSize) {
        keep(account.textSize)
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
