import { z } from 'zod';
import { rateLimitEnv } from './security/rate-limit-settings';

const DEV_ONLY_SECRET = 'development-only-secret-change-me';

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(15 * 60),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
    SMS_CODE_TTL_SECONDS: z.coerce.number().int().positive().default(5 * 60),
    WECHAT_APPID: z.string().default('wx-development'),
    WECHAT_SECRET: z.string().optional(),
    /** Base of the WeChat API; in development and tests a local stand-in is mounted at /dev/wechat. */
    WECHAT_API_BASE: z.url().optional(),
    /** Region codes whose townships and villages are loaded (comma-separated province codes). */
    REGION_PROVINCES: z.string().default('52'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How often each instance marks overdue cases and relays and sends notifications. */
    JOB_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(30),
    /** Requests per window for sign-in, SMS codes and submissions, per account and per address (README). */
    ...rateLimitEnv,
    /** Browser origins other than the API's own that may call it, comma-separated (none by default). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be origins like https://portal.example.cn, comma-separated'))),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['JWT_SECRET', 'WECHAT_SECRET', 'WECHAT_API_BASE'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
    }
  });

export type Config = Omit<z.infer<typeof configSchema>, 'JWT_SECRET' | 'WECHAT_SECRET'> & {
  JWT_SECRET: string;
  WECHAT_SECRET: string;
};

/** Reads configuration from the environment; development defaults apply only outside production. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return {
    ...parsed.data,
    JWT_SECRET: parsed.data.JWT_SECRET ?? DEV_ONLY_SECRET,
    WECHAT_SECRET: parsed.data.WECHAT_SECRET ?? 'development-wechat-secret',
  };
}
