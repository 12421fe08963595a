import { z } from 'zod';
import { rateLimitEnv } from './security/rate-limit-settings';
import { checkSmsSettings, smsEnv } from './sms/sms-settings';
import { checkWechatSettings, wechatEnv } from './wechat/wechat-settings';
import { DEV_FIELD_KEYS, DEV_LOOKUP_HMAC_KEY, parseFieldKeyList } from './crypto/field-keys';

const DEV_ONLY_SECRET = 'development-only-secret-change-me';
const DEV_WECHAT_SECRET = 'development-wechat-secret';
const DEV_WECHAT_APPID = 'wx-development';
const wechatGroup = ['WECHAT_APPID', 'WECHAT_SECRET', 'WECHAT_API_BASE'] as const;

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://'),
    /** FerretDB's own PostgreSQL, when MONGODB_URI is FerretDB on it (the embedded default sets both): queues sort and count there. */
    POSTGRESQL_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(15 * 60),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
    SMS_CODE_TTL_SECONDS: z.coerce.number().int().positive().default(5 * 60),
    /** The mini-program's AppID; with WECHAT_SECRET and WECHAT_API_BASE, all three or none (a portal-only county). */
    WECHAT_APPID: z.string().optional(),
    WECHAT_SECRET: z.string().optional(),
    /** Base of the WeChat API; in development and tests a local stand-in is mounted at /dev/wechat. */
    WECHAT_API_BASE: z.url().optional(),
    /** The subscribe messages' template ids (docs/weapp-release.md). */
    ...wechatEnv,
    /** Region codes whose townships and villages are loaded (comma-separated province codes). */
    REGION_PROVINCES: z.string().default('52'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How often each instance marks overdue cases and relays and sends notifications. */
    JOB_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(30),
    /** Requests per window for sign-in, SMS codes and submissions, per account and per address (docs/operations.md "Configuration"). */
    ...rateLimitEnv,
    /** The SMS carrier and its approved templates (docs/operations.md "SMS"). */
    ...smsEnv,
    /** An upload that sends nothing for this long is refused (BODY_TIMEOUT), so a stalled body cannot hold a socket. */
    BODY_IDLE_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(20),
    /** Production: how many reverse proxies in front of the API append to X-Forwarded-For. */
    PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
    /** Browser origins other than the API's own that may call it, comma-separated (none by default). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be origins like https://portal.example.cn, comma-separated'))),
    /** Keys for sensitive fields, `kid:base64key,...` (32 bytes each); every listed key decrypts. */
    FIELD_KEYS: z.string().optional(),
    /** The listed key new values are encrypted with (docs/privacy.md "Key rotation"). */
    FIELD_KEY_ID: z.string().optional(),
    /** HMAC key (base64, at least 32 bytes) for exact lookup of ID numbers. */
    LOOKUP_HMAC_KEY: z.base64('must be base64').refine((key) => Buffer.from(key, 'base64').length >= 32, 'must be at least 32 bytes').optional(),
  })
  .superRefine((env, ctx) => {
    checkFieldKeys(env.FIELD_KEYS ?? DEV_FIELD_KEYS, env.FIELD_KEY_ID, ctx);
    checkSmsSettings(env, ctx);
    checkWechatSettings(env, ctx);
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['JWT_SECRET', 'FIELD_KEYS', 'FIELD_KEY_ID', 'LOOKUP_HMAC_KEY'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
    }
    // A county may run the portal alone (no mini-program yet): WeChat is off when none of its group is set.
    const missing = wechatGroup.filter((key) => !env[key]);
    if (missing.length > 0 && missing.length < wechatGroup.length) {
      ctx.addIssue({ code: 'custom', path: [missing.join(', ')], message: 'missing; WECHAT_APPID, WECHAT_SECRET and WECHAT_API_BASE go together: all three for the mini-program, none for a portal-only county' });
    } else if (missing.length > 0 && Object.keys(env.WECHAT_SUBSCRIBE_TEMPLATE_IDS).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['WECHAT_SUBSCRIBE_TEMPLATE_IDS'], message: 'is set but WeChat is off; set WECHAT_APPID, WECHAT_SECRET and WECHAT_API_BASE too, or remove it' });
    }
    refuseDevelopmentSecrets(env, ctx);
    // The log sender writes phone numbers and sign-in codes to the log.
    if (env.SMS_PROVIDER === 'log') ctx.addIssue({ code: 'custom', path: ['SMS_PROVIDER'], message: 'is the development log sender; set tencent and its settings (docs/DEPLOY.md)' });
    if (env.WECHAT_APPID === DEV_WECHAT_APPID) ctx.addIssue({ code: 'custom', path: ['WECHAT_APPID'], message: "is the development appid; set the mini-program's AppID" });
  });

/** Every setting the server reads from its environment, for the operator's guide (docs/DEPLOY.md "Settings"). */
export const CONFIG_KEYS = Object.keys(configSchema.shape);

type SecretKey = 'JWT_SECRET' | 'WECHAT_APPID' | 'WECHAT_SECRET' | 'FIELD_KEYS' | 'FIELD_KEY_ID' | 'LOOKUP_HMAC_KEY';
/** WECHAT_APPID and WECHAT_SECRET are '' when WeChat is off (`wechatConfigured`). */
export type Config = Omit<z.infer<typeof configSchema>, SecretKey> & Record<SecretKey, string>;

/** Whether the mini-program's WeChat settings are there: always outside production (the stand-in at /dev/wechat). */
export const wechatConfigured = (config: Pick<Config, 'NODE_ENV' | 'WECHAT_API_BASE'>): boolean =>
  config.NODE_ENV !== 'production' || config.WECHAT_API_BASE !== undefined;

function checkFieldKeys(list: string, keyId: string | undefined, ctx: z.RefinementCtx): void {
  try {
    const keys = parseFieldKeyList(list);
    if (keyId !== undefined && !keys.has(keyId)) ctx.addIssue({ code: 'custom', path: ['FIELD_KEY_ID'], message: 'must be one of the ids in FIELD_KEYS' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['FIELD_KEYS'], message: (error as Error).message });
  }
}

/**
 * The development secrets are in this repository, so anything signed or sealed with them is open to anyone: in
 * production they are refused even when passed explicitly (issue 16), one line per secret. A field key is compared
 * by its bytes, so the development key under another id is refused too; the lookup key must differ from every field
 * key, so one leaked key does not give both the values and the way to find them.
 */
function refuseDevelopmentSecrets(env: Partial<Record<SecretKey, string>>, ctx: z.RefinementCtx): void {
  const refuse = (key: SecretKey, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
  if (env.JWT_SECRET === DEV_ONLY_SECRET) refuse('JWT_SECRET', 'is the development secret; set a random one of at least 32 characters');
  if (env.WECHAT_SECRET === DEV_WECHAT_SECRET) refuse('WECHAT_SECRET', "is the development secret; set the mini-program's AppSecret");
  let fieldKeys: Buffer[] = [];
  try {
    fieldKeys = env.FIELD_KEYS ? [...parseFieldKeyList(env.FIELD_KEYS).values()] : [];
  } catch {
    // checkFieldKeys has said what is wrong with the list.
  }
  const devFieldKeys = [...parseFieldKeyList(DEV_FIELD_KEYS).values()];
  if (fieldKeys.some((key) => devFieldKeys.some((dev) => dev.equals(key)))) refuse('FIELD_KEYS', 'lists the development key; generate new keys (docs/privacy.md, key rotation)');
  if (env.LOOKUP_HMAC_KEY) {
    const lookupKey = Buffer.from(env.LOOKUP_HMAC_KEY, 'base64');
    if (lookupKey.equals(Buffer.from(DEV_LOOKUP_HMAC_KEY, 'base64'))) refuse('LOOKUP_HMAC_KEY', 'is the development key; generate a random one of at least 32 bytes');
    else if (fieldKeys.some((key) => key.equals(lookupKey))) refuse('LOOKUP_HMAC_KEY', 'is also listed in FIELD_KEYS; use a key of its own');
  }
}

/** Reads configuration from the environment; development defaults apply only outside production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  return {
    ...parsed.data,
    JWT_SECRET: parsed.data.JWT_SECRET ?? DEV_ONLY_SECRET,
    // In production they are all set or all absent (WeChat off): the development values only outside it.
    WECHAT_APPID: parsed.data.WECHAT_APPID ?? (production ? '' : DEV_WECHAT_APPID),
    WECHAT_SECRET: parsed.data.WECHAT_SECRET ?? (production ? '' : DEV_WECHAT_SECRET),
    FIELD_KEYS: parsed.data.FIELD_KEYS ?? DEV_FIELD_KEYS,
    // Without an id, the first listed key encrypts.
    FIELD_KEY_ID: parsed.data.FIELD_KEY_ID ?? [...parseFieldKeyList(parsed.data.FIELD_KEYS ?? DEV_FIELD_KEYS).keys()][0]!,
    LOOKUP_HMAC_KEY: parsed.data.LOOKUP_HMAC_KEY ?? DEV_LOOKUP_HMAC_KEY,
  };
}
