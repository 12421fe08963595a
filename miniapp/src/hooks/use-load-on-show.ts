import { startTransition, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { errorMessageOf } from '../api/api-error'

/**
 * Runs `load` when the component mounts and again whenever its page is shown (coming back from a page
 * that changed the data). A component mounted after its page was shown (e.g. after signing in) still
 * loads; the show that comes with the mount does not load a second time. A show after the page was hidden
 * always loads, however soon: a quick tap through another page (agreeing to a notice) changes what is shown here.
 */
export function useLoadOnShow(load: () => void): void {
  const lastLoad = useRef(0)
  const hidden = useRef(false)
  const run = () => {
    lastLoad.current = Date.now()
    load()
  }
  useEffect(run, [])
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current && Date.now() - lastLoad.current < 1000) return
    hidden.current = false
    run()
  })
}

/**
 * What `fetch` gives, loaded as `useLoadOnShow` loads: null until it arrives, and the Chinese message
 * of the last failure (cleared by the next success); `setData` shows a local change at once. What arrives is
 * drawn in a transition, so React builds a long list in slices of a few milliseconds and a cheap phone still
 * answers taps meanwhile.
 */
export function useLoadedOnShow<T>(fetch: () => Promise<T>): { data: T | null; error: string | null; setData(data: T): void } {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  useLoadOnShow(() => {
    fetch()
      .then((loaded) =>
        startTransition(() => {
          setData(loaded)
          setError(null)
        }),
      )
      .catch((e: unknown) => setError(errorMessageOf(e)))
  })
  return { data, error, setData }
}
