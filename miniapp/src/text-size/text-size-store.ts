import Taro from '@tarojs/taro'
import type { Account } from '@ccs/shared/auth/auth-schemas'
import { request } from '../api/request'
import { sessionStore } from '../session/session-store'
import { createTextSizeStore } from './create-text-size-store'
import { platformPrefersLarge } from './platform-prefers-large'

/** The app's one text-size setting, in Taro storage (localStorage on H5) and on the signed-in account. */
export const textSizeStore = createTextSizeStore({
  storage: {
    get: (key) => Taro.getStorageSync(key) as unknown,
    set: (key, value) => Taro.setStorageSync(key, value),
    remove: (key) => Taro.removeStorageSync(key),
  },
  platformPrefersLarge,
  async saveToAccount(textSize) {
    if (!sessionStore.get()) return false
    try {
      const account = await request<Account>('PUT', '/api/me/preferences', { body: { textSize } })
      const session = sessionStore.get()
      if (session) sessionStore.set({ ...session, account })
      return true
    } catch {
      return false
    }
  },
})

sessionStore.subscribe(() => {
  const session = sessionStore.get()
  if (session) textSizeStore.adoptAccount(session.account)
})
