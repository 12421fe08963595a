import type { SubscribeMessageName } from '@ccs/shared';

/**
 * The subscribe messages the mini-program sends. WeChat sends only a template the operator chose from its library
 * (mp.weixin.qq.com → 订阅消息) under the keywords the template has, so each message names its keywords (`thing1`,
 * `phrase2`, …: the kind is the name without its number) and which of our values fills each. The template ids are
 * configuration (`WECHAT_SUBSCRIBE_TEMPLATE_IDS`, docs/weapp-release.md); reasons and details stay in the app.
 */
export const subscribeTemplates = {
  /** 申请进度通知: 申请项目, 办理进度, 温馨提示. */
  caseStep: { thing1: 'programme', phrase2: 'step', thing3: 'hint' },
  /** 协议状态通知: 协议名称, 当前状态, 温馨提示. */
  agreementNotice: { thing1: 'children', phrase2: 'news', thing3: 'hint' },
} as const satisfies Record<SubscribeMessageName, Record<string, string>>;

export type SubscribeTemplateName = keyof typeof subscribeTemplates;
type FieldsOf<T extends SubscribeTemplateName> = Extract<(typeof subscribeTemplates)[T][keyof (typeof subscribeTemplates)[T]], string>;
/** The values a message is filled with, by our field names. */
export type SubscribeValues<T extends SubscribeTemplateName> = Record<FieldsOf<T>, string>;
/** One subscribe message ready to send: the template, its values and the mini-program page a tap on it opens. */
export type SubscribeMessage = { [T in SubscribeTemplateName]: { template: T; values: SubscribeValues<T>; page: string } }[SubscribeTemplateName];

/**
 * The longest value WeChat accepts for each kind of keyword, in characters (subscribeMessage.send, 订阅消息参数值
 * 内容限制); a longer one is refused with errcode 47003, so values are cut to fit. time, date and amount have formats
 * instead, passed as they are.
 */
export const subscribeValueLimits: Record<string, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
};

/** A keyword's kind: its name without the number (`thing1` → `thing`). */
export const keywordKind = (keyword: string): string => keyword.replace(/\d+$/, '');

/** The value cut to its keyword's limit: a phrase (Chinese characters only) is cut short, other text ends in …. */
export function fitSubscribeValue(keyword: string, value: string): string {
  const kind = keywordKind(keyword);
  const limit = subscribeValueLimits[kind];
  const characters = [...value];
  if (limit === undefined || characters.length <= limit) return value;
  return kind === 'phrase' ? characters.slice(0, limit).join('') : `${characters.slice(0, limit - 1).join('')}…`;
}
