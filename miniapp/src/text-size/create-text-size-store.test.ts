import { describe, expect, it } from 'vitest'
import type { Account, TextSize } from '@ccs/shared/auth/auth-schemas'
import { createTextSizeStore, type TextSizeStoreDeps } from './create-text-size-store'

const account = (textSize: TextSize | null): Account =>
  ({ id: 'a1', name: '李秀兰', roles: ['family'], phoneMasked: null, regionScope: null, regionName: null, textSize })

function phone({ stored = {}, prefersLarge = false, online = true }: { stored?: Record<string, unknown>; prefersLarge?: boolean; online?: boolean }) {
  const values = new Map(Object.entries(stored))
  const saved: TextSize[] = []
  const deps: TextSizeStoreDeps = {
    storage: { get: (key) => values.get(key) ?? '', set: (key, value) => values.set(key, value), remove: (key) => values.delete(key) },
    platformPrefersLarge: () => prefersLarge,
    saveToAccount: async (size) => {
      if (!online) return false
      saved.push(size)
      return true
    },
  }
  return { store: createTextSizeStore(deps), values, saved }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('大字模式 setting', () => {
  it('starts large when WeChat\'s own font is set larger than standard, standard otherwise', () => {
    expect(phone({ prefersLarge: true }).store.get()).toBe('large')
    expect(phone({}).store.get()).toBe('standard')
  })

  it('keeps a choice on the phone across restarts, over the platform setting', () => {
    const first = phone({ prefersLarge: true })
    first.store.choose('standard')
    const restarted = phone({ stored: Object.fromEntries(first.values), prefersLarge: true })
    expect(restarted.store.get()).toBe('standard')
  })

  it('tells the pages when it changes, once per change', () => {
    const { store } = phone({})
    let told = 0
    store.subscribe(() => (told += 1))
    store.choose('large')
    store.choose('large')
    expect(told).toBe(1)
  })

  it('takes the account\'s choice at sign-in on a new phone', () => {
    const { store, saved } = phone({})
    store.adoptAccount(account('large'))
    expect(store.get()).toBe('large')
    expect(saved).toEqual([])
  })

  it('carries a choice made before sign-in to an account that has none', async () => {
    const { store, saved } = phone({})
    store.choose('large')
    await settle()
    store.adoptAccount(account(null))
    await settle()
    expect(saved).toContain('large')
    expect(store.get()).toBe('large')
  })

  it('does not let an older account copy undo a choice made offline; it saves it when the network is back', async () => {
    const offline = phone({ online: false })
    offline.store.choose('large')
    await settle()
    const online = phone({ stored: Object.fromEntries(offline.values) })
    online.store.adoptAccount(account('standard'))
    await settle()
    expect(online.store.get()).toBe('large')
    expect(online.saved).toEqual(['large'])
    online.store.adoptAccount(account('standard'))
    expect(online.store.get()).toBe('standard')
  })
})
