import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { shippedParameterFiles, type ParameterSet } from '@ccs/shared/rules/parameters'
import { request } from '../api/request'

/** `GET /api/parameters`: the figures that hold in a region, its own and its levels above. */
interface FigureSet {
  regionCode: string
  version: string
  parameters: ParameterSet
}

const storageKey = (regionCode: string) => `ccs.figures.${regionCode}`
const fresh = new Map<string, ParameterSet>()
let shipped: ParameterSet | null = null

function shippedSet(): ParameterSet {
  shipped ??= shippedParameterFiles()
  return shipped
}

/** A figure the server does not know yet (an app newer than its API) keeps the shipped file's values. */
const withShipped = (set: FigureSet): ParameterSet => ({ ...shippedSet(), ...set.parameters })

function storedSet(regionCode: string): ParameterSet | null {
  const stored = Taro.getStorageSync(storageKey(regionCode)) as FigureSet | ''
  return stored ? withShipped(stored) : null
}

/**
 * The figures for amounts and definitions in a region: as the API last gave them (kept on the phone, so a county's
 * new value needs no new release and holds offline), else the files shipped with the app. The server decides with
 * its own; these are what the family is shown beforehand.
 */
export function appParameters(regionCode?: string): ParameterSet {
  if (!regionCode) return shippedSet()
  const known = fresh.get(regionCode) ?? storedSet(regionCode)
  if (known) fresh.set(regionCode, known)
  return known ?? shippedSet()
}

/** Asks the API for a region's figures and keeps them on the phone. */
export async function refreshAppParameters(regionCode: string): Promise<ParameterSet> {
  const set = await request<FigureSet>('GET', `/api/parameters?region=${encodeURIComponent(regionCode)}`, { auth: false })
  Taro.setStorageSync(storageKey(regionCode), set)
  const params = withShipped(set)
  fresh.set(regionCode, params)
  return params
}

/**
 * Fetches these regions' figures when a page shows them and renders again once they arrive; offline or on an error
 * the stored or shipped figures stay (`appParameters`), so the page never waits for them.
 */
export function useFreshParameters(regionCodes: readonly (string | null | undefined)[]): void {
  const [, setArrived] = useState(0)
  const key = [...new Set(regionCodes.filter((code): code is string => Boolean(code)))].join(',')
  useEffect(() => {
    let live = true
    for (const code of key ? key.split(',') : []) {
      refreshAppParameters(code).then(
        () => live && setArrived((count) => count + 1),
        () => undefined,
      )
    }
    return () => {
      live = false
    }
  }, [key])
}
