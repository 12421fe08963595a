import Taro from '@tarojs/taro'

const key = 'ccs.returnAfterSignIn'

/** The current page's path with its query (e.g. the entitlement check's answers), to come back to it later. */
export function currentPageUrl(): string | null {
  const router = Taro.getCurrentInstance().router
  if (!router?.path) return null
  const query = Object.entries(router.params)
    .filter(([name, value]) => name !== '$taroTimestamp' && value !== undefined && value !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&')
  const path = router.path.split('?')[0]!
  return query ? `${path}?${query}` : path
}

/**
 * The page a signed-out person was on when the app sent them to sign in, so that after signing in they
 * land back where they were instead of on 我的.
 */
export function rememberReturnPage(): void {
  const url = currentPageUrl()
  if (url) Taro.setStorageSync(key, url)
}

/** Takes the remembered page (once): the caller goes there after a sign-in. */
export function takeReturnPage(): string | null {
  const url = Taro.getStorageSync(key) as string | ''
  if (!url) return null
  Taro.removeStorageSync(key)
  return url
}
