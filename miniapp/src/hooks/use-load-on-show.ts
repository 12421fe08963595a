import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Runs `load` when the component mounts and again whenever its page is shown (coming back from a page
 * that changed the data). A component mounted after its page was shown (e.g. after signing in) still
 * loads; the show that comes with the mount does not load a second time.
 */
export function useLoadOnShow(load: () => void): void {
  const lastLoad = useRef(0)
  const run = () => {
    if (Date.now() - lastLoad.current < 1000) return
    lastLoad.current = Date.now()
    load()
  }
  useEffect(run, [])
  useDidShow(run)
}
