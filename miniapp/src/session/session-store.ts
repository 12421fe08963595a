import Taro from '@tarojs/taro'
import { createSessionStore } from './create-session-store'

/** The app's one session store, persisted with Taro storage (localStorage on H5). */
export const sessionStore = createSessionStore({
  get: (key) => Taro.getStorageSync(key) as unknown,
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
})
