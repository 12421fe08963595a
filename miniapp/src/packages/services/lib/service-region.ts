import Taro from '@tarojs/taro'
import { serviceRegionKey as key } from './service-region-key'

/** The place the family chose to see services for (where the child lives now); kept on the phone. */
export interface ServiceRegion {
  code: string
  /** e.g. 修文县 六广镇 */
  label: string
}

export function loadServiceRegion(): ServiceRegion | null {
  return (Taro.getStorageSync(key) as ServiceRegion | '') || null
}

export function saveServiceRegion(region: ServiceRegion): void {
  Taro.setStorageSync(key, region)
}
