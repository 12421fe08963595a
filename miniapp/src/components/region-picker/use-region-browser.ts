import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { errorMessageOf } from '../../api/api-error'
import { fetchRegion, fetchRegionChildren, villageLevel, type Region, type RegionChild } from '../../api/regions-api'

/** A breadcrumb; the whole country (start without a code) has no code and level 0. */
export interface Crumb {
  code?: string
  name: string
  level: number
}

const country: Crumb = { name: '全国', level: 0 }

export interface RegionBrowser {
  /** Path above the start region, shown for orientation only (a staff member cannot go above their scope). */
  above: Region[]
  trail: Crumb[]
  children: RegionChild[]
  loading: boolean
  error: string | null
  open(child: RegionChild): void
  backTo(index: number): void
  retry(): void
}

/** Loads a region's children on demand and keeps the trail from the start region to the open one. */
export function useRegionBrowser(startCode: string | null | undefined): RegionBrowser {
  const [above, setAbove] = useState<Region[]>([])
  const [trail, setTrail] = useState<Crumb[]>([])
  const [children, setChildren] = useState<RegionChild[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  // Only the latest load may write its result: a slow answer for an old level is dropped.
  const latest = useRef(0)

  const load = useCallback(async (target: Crumb[]) => {
    const ticket = ++latest.current
    setTrail(target)
    setLoading(true)
    setError(null)
    try {
      let crumbs = target
      if (crumbs.length === 0 && startCode) {
        const start = await fetchRegion(startCode)
        if (ticket !== latest.current) return
        setAbove(start.path.filter((region) => region.level < start.level))
        crumbs = [{ code: start.code, name: start.name, level: start.level }]
        setTrail(crumbs)
      } else if (crumbs.length === 0) {
        crumbs = [country]
        setTrail(crumbs)
      }
      const open = crumbs[crumbs.length - 1]
      const list = open && open.level >= villageLevel ? [] : await fetchRegionChildren(open?.code)
      if (ticket !== latest.current) return
      // A level can hold hundreds of villages: React builds the list in slices (a transition), so taps still answer.
      startTransition(() => {
        setChildren(list)
        setLoading(false)
      })
    } catch (e) {
      if (ticket !== latest.current) return
      setChildren([])
      setError(errorMessageOf(e))
      setLoading(false)
    }
  }, [startCode])

  useEffect(() => {
    setAbove([])
    void load([])
  }, [load])

  return {
    above,
    trail,
    children,
    loading,
    error,
    open: (child) => void load([...trail, { code: child.code, name: child.name, level: child.level }]),
    backTo: (index) => void load(trail.slice(0, index + 1)),
    retry: () => void load(trail),
  }
}
