import Taro from '@tarojs/taro'
import type { Position } from '../api/services-api'
import { privacyAuthorized } from '../../../lib/privacy-authorization'

/** Kept in memory only while the app runs, so the next page can use it without asking again. */
let lastPosition: Position | null = null

export const knownPosition = (): Position | null => lastPosition

/**
 * The phone's position, asked only when the person taps "用我的位置" (their consent). WGS-84, the system
 * the places are stored in. Null when they refuse or the phone cannot tell: the chosen region is used then.
 */
export async function devicePosition(): Promise<Position | null> {
  if (!(await privacyAuthorized())) return null
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84' })
    lastPosition = { latitude, longitude }
  } catch {
    lastPosition = null
  }
  return lastPosition
}
