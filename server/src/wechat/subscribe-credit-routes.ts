import { Types } from 'mongoose';
import { subscribeCreditsRequestSchema, subscribeCreditsSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { ownAccount } from '../audit/audit-subjects';
import { recordSubscribeCredits } from './record-subscribe-credits';

/** What the mini-program reports after asking for subscribe messages (miniapp/src/lib/ask-for-subscriptions.ts). */
export function subscribeCreditRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/me/subscribe-credits',
      summary: '记录家长在小程序里同意接收的微信订阅消息（每同意一次可发一条；同一次回答重复发送只算一次）',
      tag: 'auth',
      access: ['family'],
      body: subscribeCreditsRequestSchema,
      response: subscribeCreditsSchema,
      audit: { action: 'account.subscribe', record: ({ principal }) => ownAccount(principal) },
      handler: ({ principal, body }) => recordSubscribeCredits(deps, new Types.ObjectId(principal.accountId), body),
    }),
  ];
}
