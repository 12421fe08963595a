/**
 * The text messages the service sends. Mainland SMS carriers send only a template they have approved, filled
 * with parameters, under an approved signature; so every message is one of these, and a production adapter maps
 * each name to the template id the carrier issued (configuration), passing the parameters in this order.
 * `text` is the wording submitted for approval, with `{name}` for each parameter; the log sender renders it.
 */
export const smsTemplates = {
  signInCode: { params: ['code', 'minutes'], text: '您的登录验证码是{code}，{minutes}分钟内有效。请勿告诉他人。' },
} as const satisfies Record<string, { params: readonly string[]; text: string }>;

export type SmsTemplateName = keyof typeof smsTemplates;
export type SmsParams<T extends SmsTemplateName> = Record<(typeof smsTemplates)[T]['params'][number], string>;

/** The approved signature the carrier puts before every message. */
export const SMS_SIGNATURE = '【儿童关爱服务】';

/** The message as the recipient reads it: the signature, then the template with its parameters filled in. */
export function renderSms<T extends SmsTemplateName>(template: T, params: SmsParams<T>): string {
  const values = params as Record<string, string>;
  return SMS_SIGNATURE + smsTemplates[template].text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
