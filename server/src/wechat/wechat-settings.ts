import { z } from 'zod';
import { subscribeTemplates, type SubscribeTemplateName } from './subscribe-templates';

const templateNames = Object.keys(subscribeTemplates) as SubscribeTemplateName[];

/** The WeChat variables beyond sign-in, validated with the rest of the configuration (`config.ts`). */
export const wechatEnv = {
  /** Each subscribe message's template id from mp.weixin.qq.com → 订阅消息, `caseStep=<id>,agreementNotice=<id>`. */
  WECHAT_SUBSCRIBE_TEMPLATE_IDS: z
    .string()
    .default('')
    .transform((list) => Object.fromEntries(list.split(',').filter((pair) => pair.trim()).map((pair) => pair.split('=').map((part) => part.trim()))))
    .pipe(z.record(z.string(), z.string().regex(/^[\w-]+$/, 'template ids are letters, digits, - and _'))),
};

type WechatEnv = z.output<z.ZodObject<typeof wechatEnv>>;

/** A template id for a message that does not exist is a typo: one line naming it. */
export function checkWechatSettings(env: WechatEnv, ctx: z.RefinementCtx): void {
  const unknown = Object.keys(env.WECHAT_SUBSCRIBE_TEMPLATE_IDS).filter((name) => !templateNames.includes(name as SubscribeTemplateName));
  if (unknown.length > 0) ctx.addIssue({ code: 'custom', path: ['WECHAT_SUBSCRIBE_TEMPLATE_IDS'], message: `names no subscribe message ${unknown.join(', ')} (server/src/wechat/subscribe-templates.ts)` });
}
