import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'

/** Mini-program: whether the phone has a connection, from WeChat's network status. The H5 version is use-online.h5.ts. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true)
  useEffect(() => {
    const listener = (result: { isConnected: boolean }) => setOnline(result.isConnected)
    Taro.getNetworkType()
      .then((result) => setOnline(result.networkType !== 'none'))
      .catch(() => undefined)
    Taro.onNetworkStatusChange(listener)
    return () => Taro.offNetworkStatusChange(listener)
  }, [])
  return online
}
