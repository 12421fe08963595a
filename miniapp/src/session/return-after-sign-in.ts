import Taro from '@tarojs/taro'

const key = 'ccs.returnAfterSignIn'

/**
 * The page a signed-out person was on when the app sent them to sign in, so that after signing in they
 * land back where they were (with its query, e.g. the entitlement check's answers) instead of on 我的.
 */
export function rememberReturnPage(): void {
  const router = Taro.getCurrentInstance().router
  if (!router?.path) return
  const query = Object.entries(router.params)
    .filter(([name, value]) => name !== '$taroTimestamp' && value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&')
  const path = router.path.split('?')[0]!
  Taro.setStorageSync(key, query ? `${path}?${query}` : path)
}

/** Takes the remembered page (once): the caller goes there after a sign-in. */
export function takeReturnPage(): string | null {
  const url = Taro.getStorageSync(key) as string | ''
  if (!url) return null
  Taro.removeStorageSync(key)
  return url
}
