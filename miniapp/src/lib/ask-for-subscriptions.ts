import Taro from '@tarojs/taro'
import { request } from '../api/request'
import { createSubscriptionAsker } from './create-subscription-asker'
import { newUuid } from './new-uuid'

/** The mini-program asks WeChat for subscribe messages (lib/create-subscription-asker.ts); H5 has none (`.h5.ts`). */
export const askForSubscriptions = createSubscriptionAsker({
  templateIds: SUBSCRIBE_TEMPLATE_IDS,
  // Taro's type also requires Alipay's entityIds, which WeChat does not take.
  requestSubscribeMessage: (tmplIds) =>
    Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0]) as unknown as Promise<Record<string, unknown>>,
  report: (body) => request('POST', '/api/me/subscribe-credits', { body, repeatable: true }),
  newId: newUuid,
})
