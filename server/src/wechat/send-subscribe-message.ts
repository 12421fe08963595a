import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { wechatApiBase } from '../auth/wechat-sign-in';
import { wechatAccessToken } from './wechat-access-token';
import { fitSubscribeValue, subscribeTemplates, type SubscribeTemplateName, type SubscribeValues } from './subscribe-templates';

/** WeChat's errcode when the person has not subscribed (or has used up the one message a tap allows). */
const NOT_SUBSCRIBED = 43101;
/**
 * WeChat's errcodes for a message it will refuse however often it is sent: invalid openid (40003), invalid template
 * id (40037), invalid page (41030), a value it does not take (47003). Others (busy, token) may pass on a retry.
 */
const REFUSED_FOR_GOOD = new Set([40003, 40037, 41030, 47003]);

const sendAnswerSchema = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() });

/** `refused <errcode>` when WeChat would refuse the same message again (a wrong template id, a value it does not take). */
export type SubscribeSendResult = 'sent' | 'notSubscribed' | 'noTemplate' | `refused ${number}`;

/**
 * Sends one subscribe message (subscribeMessage.send) to a mini-program user: the configured template, each value
 * cut to its keyword's limit, opening `page` when tapped. `notSubscribed` when the person did not allow it (the
 * family is told in the app and by SMS instead), `noTemplate` when no template id is configured for it, `refused`
 * with WeChat's errcode when sending it again cannot help; WeChat unreachable or busy is WECHAT_UNAVAILABLE, for the
 * outbox to retry.
 */
export async function sendSubscribeMessage<T extends SubscribeTemplateName>(
  deps: AppDeps,
  message: { openid: string; template: T; values: SubscribeValues<T>; page: string },
): Promise<SubscribeSendResult> {
  const templateId = deps.config.WECHAT_SUBSCRIBE_TEMPLATE_IDS[message.template];
  if (!templateId) return 'noTemplate';
  const values = message.values as Record<string, string>;
  const data = Object.fromEntries(
    Object.entries(subscribeTemplates[message.template]).map(([keyword, field]) => [keyword, { value: fitSubscribeValue(keyword, values[field] ?? '') }]),
  );
  const token = await wechatAccessToken(deps);
  let answer: z.infer<typeof sendAnswerSchema>;
  try {
    const response = await fetch(`${wechatApiBase(deps)}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ touser: message.openid, template_id: templateId, page: message.page, data, miniprogram_state: 'formal', lang: 'zh_CN' }),
      signal: AbortSignal.timeout(5_000),
    });
    answer = sendAnswerSchema.parse(await response.json());
  } catch (cause) {
    throw new AppError('WECHAT_UNAVAILABLE', { cause, detail: 'subscribeMessage.send unreachable or malformed' });
  }
  if (answer.errcode === NOT_SUBSCRIBED) return 'notSubscribed';
  if (answer.errcode && REFUSED_FOR_GOOD.has(answer.errcode)) return `refused ${answer.errcode}`;
  if (answer.errcode) throw new AppError('WECHAT_UNAVAILABLE', { detail: `subscribeMessage.send errcode ${answer.errcode}: ${answer.errmsg}` });
  return 'sent';
}
