/**
 * The text messages the service sends. Mainland SMS carriers send only a template they have approved, filled
 * with parameters, under an approved signature; so every message is one of these, and a production adapter maps
 * each name to the template id the carrier issued (configuration), passing the parameters in this order.
 * `text` is the wording submitted for approval, with `{name}` for each parameter; the log sender renders it.
 */
export const smsTemplates = {
  signInCode: { params: ['code', 'minutes'], text: '您的登录验证码是{code}，{minutes}分钟内有效。请勿告诉他人。' },
  /**
   * The parent invites the caregiver to read and sign a care agreement. Names go masked (母亲王*, 王*雨), never a
   * full name with an ID number; the code opens the invitation in the app (no link: carriers refuse links in parameters).
   */
  caregiverInvitation: {
    params: ['parent', 'child', 'inviteCode', 'days'],
    text: '孩子的{parent}请您照顾{child}，并和您签一份委托照护协议。请打开“儿童关爱服务”，点“委托照护协议”，再点“我有邀请码”，输入{inviteCode}。{days}天内有效。',
  },
  /** A family's case moved on; reasons stay in the app (notification-text.ts). */
  caseStep: { params: ['programme', 'step'], text: '您为孩子申请的{programme}：{step}。详情请打开“我的申请”查看。' },
  /** News of an entrusted-care agreement (it ends soon, the caregiver cannot care or said no); the details are in the app. */
  agreementNotice: { params: ['children', 'news'], text: '{children}的委托照护协议有新情况：{news}。请打开“委托照护协议”查看。' },
  /** Work for staff (an overdue case to supervise): the details are on the workbench. */
  staffNotice: { params: ['subject'], text: '您有一条工作提醒：{subject}，请登录工作台查看。' },
} as const satisfies Record<string, { params: readonly string[]; text: string }>;

export type SmsTemplateName = keyof typeof smsTemplates;
export type SmsParams<T extends SmsTemplateName> = Record<(typeof smsTemplates)[T]['params'][number], string>;
/** One message ready to send: a template and its parameters, as the notification outbox stores it. */
export type SmsMessage = { [T in SmsTemplateName]: { template: T; params: SmsParams<T> } }[SmsTemplateName];

/** The approved signature the carrier puts before every message. */
export const SMS_SIGNATURE = '【儿童关爱服务】';

/** The message as the recipient reads it: the signature, then the template with its parameters filled in. */
export function renderSms<T extends SmsTemplateName>(template: T, params: SmsParams<T>): string {
  const values = params as Record<string, string>;
  return SMS_SIGNATURE + smsTemplates[template].text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
