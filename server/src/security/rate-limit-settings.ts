import { z } from 'zod';

const limit = z.coerce.number().int().positive().optional();

/**
 * The rate-limit variables, validated with the rest of the configuration (`config.ts`). Each is a number of
 * requests per window; unset, production and development use the defaults below, tests effectively none (the
 * suites sign in hundreds of times from 127.0.0.1, and the fuzzer must not be throttled), so a test that
 * proves a limit sets it.
 */
export const rateLimitEnv = {
  /** At most 15 minutes, so nobody refused waits longer than that. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(900).default(900),
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: limit,
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: limit,
  RATE_LIMIT_SMS_PER_PHONE: limit,
  RATE_LIMIT_SMS_PER_ADDRESS: limit,
  RATE_LIMIT_SUBMIT_PER_ACCOUNT: limit,
  RATE_LIMIT_SUBMIT_PER_ADDRESS: limit,
  RATE_LIMIT_FAILED_PASSWORDS_PER_ADDRESS: limit,
};

type RateLimitEnv = { [K in keyof typeof rateLimitEnv]?: z.output<(typeof rateLimitEnv)[K]> };

/**
 * Defaults per 15 minutes. Addresses get far more than accounts: a village's phones often share one carrier
 * (CGNAT) address, and a township office shares one line.
 */
const defaults = {
  signIn: { account: 10, address: 200 },
  smsCode: { account: 5, address: 100 },
  submission: { account: 100, address: 2000 },
  // Per account, wrong passwords lock the account itself (auth/staff-sign-in.ts).
  failedPassword: { account: Infinity, address: 30 },
};

export type RateBucket = keyof typeof defaults;
export type RateLimits = Record<RateBucket, { account: number; address: number }>;

const UNLIMITED_IN_TESTS = 1_000_000;

/** The limits in force: configured values, else the defaults (tests: practically unlimited). */
export function rateLimitsOf(config: RateLimitEnv & { NODE_ENV: string }): RateLimits {
  const pick = (configured: number | undefined, fallback: number) =>
    configured ?? (config.NODE_ENV === 'test' ? UNLIMITED_IN_TESTS : fallback);
  return {
    signIn: { account: pick(config.RATE_LIMIT_SIGN_IN_PER_ACCOUNT, defaults.signIn.account), address: pick(config.RATE_LIMIT_SIGN_IN_PER_ADDRESS, defaults.signIn.address) },
    smsCode: { account: pick(config.RATE_LIMIT_SMS_PER_PHONE, defaults.smsCode.account), address: pick(config.RATE_LIMIT_SMS_PER_ADDRESS, defaults.smsCode.address) },
    submission: { account: pick(config.RATE_LIMIT_SUBMIT_PER_ACCOUNT, defaults.submission.account), address: pick(config.RATE_LIMIT_SUBMIT_PER_ADDRESS, defaults.submission.address) },
    failedPassword: { account: Infinity, address: pick(config.RATE_LIMIT_FAILED_PASSWORDS_PER_ADDRESS, defaults.failedPassword.address) },
  };
}
