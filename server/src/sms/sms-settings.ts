import { z } from 'zod';
import { smsTemplates, type SmsTemplateName } from './sms-templates';

const templateNames = Object.keys(smsTemplates) as SmsTemplateName[];

/**
 * The SMS variables, validated with the rest of the configuration (`config.ts`); docs/operations.md "SMS" says
 * where each value is found in the Tencent Cloud console.
 */
export const smsEnv = {
  /** `log` writes messages to the server log (development and tests only); `tencent` sends through Tencent Cloud SMS. */
  SMS_PROVIDER: z.enum(['log', 'tencent']).default('log'),
  TENCENT_SMS_SECRET_ID: z.string().min(1).optional(),
  TENCENT_SMS_SECRET_KEY: z.string().min(1).optional(),
  /** The SMS application's SdkAppId, e.g. 1400006666. */
  TENCENT_SMS_SDK_APP_ID: z.string().regex(/^\d+$/, 'must be the SdkAppId, digits only').optional(),
  /** The approved signature's text, without 【】. */
  TENCENT_SMS_SIGN_NAME: z.string().min(1).optional(),
  TENCENT_SMS_REGION: z.string().default('ap-guangzhou'),
  /** Tests point this at the local stand-in (http://127.0.0.1:port); anything else must be https. */
  TENCENT_SMS_ENDPOINT: z.url().default('https://sms.tencentcloudapi.com'),
  /** Each template's approved id, `signInCode=2001,caseStep=2002,...`. */
  TENCENT_SMS_TEMPLATE_IDS: z
    .string()
    .default('')
    .transform((list) => Object.fromEntries(list.split(',').filter((pair) => pair.trim()).map((pair) => pair.split('=').map((part) => part.trim()))))
    .pipe(z.record(z.string(), z.string().regex(/^\d+$/, 'template ids are digits'))),
  TENCENT_SMS_TIMEOUT_SECONDS: z.coerce.number().positive().max(60).default(10),
  /**
   * The longest parameter the carrier takes: Tencent refuses a variable over 12 characters from an account
   * verified as a person (InvalidParameterValue.TemplateParameterLengthLimit); parameters are cut to fit.
   */
  SMS_PARAM_MAX_CHARS: z.coerce.number().int().min(6).max(200).default(12),
};

type SmsEnv = z.output<z.ZodObject<typeof smsEnv>>;

const REQUIRED = ['TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SECRET_KEY', 'TENCENT_SMS_SDK_APP_ID', 'TENCENT_SMS_SIGN_NAME'] as const;

/** With SMS_PROVIDER=tencent, every credential and one approved template per message are needed; one line per gap. */
export function checkSmsSettings(env: SmsEnv, ctx: z.RefinementCtx): void {
  if (env.SMS_PROVIDER !== 'tencent') return;
  for (const key of REQUIRED) {
    if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when SMS_PROVIDER=tencent' });
  }
  const missing = templateNames.filter((name) => !env.TENCENT_SMS_TEMPLATE_IDS[name]);
  if (missing.length > 0) ctx.addIssue({ code: 'custom', path: ['TENCENT_SMS_TEMPLATE_IDS'], message: `has no template id for ${missing.join(', ')}` });
  const unknown = Object.keys(env.TENCENT_SMS_TEMPLATE_IDS).filter((name) => !templateNames.includes(name as SmsTemplateName));
  if (unknown.length > 0) ctx.addIssue({ code: 'custom', path: ['TENCENT_SMS_TEMPLATE_IDS'], message: `names no message ${unknown.join(', ')} (known: ${templateNames.join(', ')})` });
  const endpoint = new URL(env.TENCENT_SMS_ENDPOINT);
  if (endpoint.protocol !== 'https:' && endpoint.hostname !== '127.0.0.1') {
    ctx.addIssue({ code: 'custom', path: ['TENCENT_SMS_ENDPOINT'], message: 'must be https (plain http only to a stand-in on 127.0.0.1)' });
  }
}
