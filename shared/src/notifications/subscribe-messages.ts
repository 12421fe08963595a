// Kept free of zod: the mini-program's main package reads it to know what to ask for.
/**
 * The WeChat subscribe messages (订阅消息) the mini-program asks for and the server sends; each is filled by
 * server/src/wechat/subscribe-templates.ts and has its template id in the app's build and the server's settings.
 */
export const subscribeMessageNames = ['caseStep', 'agreementNotice'] as const;
export type SubscribeMessageName = (typeof subscribeMessageNames)[number];

/**
 * What the app asks for at each moment that matters (issue 19 §3): a submission is followed by its steps, an
 * invitation by the caregiver's answer, a signature by the agreement's news (reminders, the caregiver unable).
 * WeChat lets a tap ask for at most three templates.
 */
export const subscribeMoments = {
  submitted: ['caseStep'],
  invited: ['agreementNotice'],
  signed: ['agreementNotice'],
} as const satisfies Record<string, readonly SubscribeMessageName[]>;
export type SubscribeMoment = keyof typeof subscribeMoments;
