import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import '../components/desk.scss'

/** The width from which a staff page is laid out for a desk; `components/desk.scss` uses the same. */
const deskQuery = '(min-width: 1024px)'

/** Whether the portal is as wide as a desk's screen now (a window can be resized either way). */
export function useDesk(): boolean {
  const [desk, setDesk] = useState(() => matchMedia(deskQuery).matches)
  useEffect(() => {
    const query = matchMedia(deskQuery)
    const follow = () => setDesk(query.matches)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
  return desk
}

/** Staff pages showing now; H5 keeps pages under the one on top in the document, so each says when it shows. */
const shownPages = new Set<object>()

/**
 * Marks `<html>` with `desk` while a staff page shows: Taro sizes the root font from the screen's shorter side, up to
 * twice the phone's at 750 px, and `desk.scss` gives a desk the phone's size back (family pages are left as they are).
 */
export function useDeskRoot(): void {
  const [page] = useState(() => ({}))
  const mark = (shown: boolean) => {
    if (shown) shownPages.add(page)
    else shownPages.delete(page)
    document.documentElement.classList.toggle('desk', shownPages.size > 0)
  }
  useEffect(() => {
    mark(true)
    return () => mark(false)
  }, [])
  useDidShow(() => mark(true))
  useDidHide(() => mark(false))
}
