import Taro from '@tarojs/taro'
import { sessionStore } from '../session/session-store'
import { createApiClient, type Transport } from './create-api-client'

const taroTransport: Transport = async ({ method, url, data, headers }) => {
  const response = await Taro.request({ method, url, data, header: headers, dataType: 'json', timeout: 15_000 })
  return { status: response.statusCode, data: response.data as unknown }
}

/** Sends people whose session could not be renewed to the sign-in on 我的. */
function goToSignIn() {
  Taro.switchTab({ url: '/pages/mine/index' }).catch(() => undefined)
}

export const request = createApiClient({
  baseUrl: API_BASE,
  transport: taroTransport,
  sessions: sessionStore,
  onSignedOut: goToSignIn,
})
