import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DEV_FIELD_KEYS, DEV_LOOKUP_HMAC_KEY } from './crypto/field-keys';
import { productionEnv } from '../test-support/production-env';

const key = () => randomBytes(32).toString('base64');
const devFieldKey = DEV_FIELD_KEYS.split(':')[1]!;
const production = { ...productionEnv(), MONGODB_URI: 'mongodb://127.0.0.1/x' };

/** The lines of the refusal, one per problem, as the operator reads them when the server will not start. */
function refusal(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message.split('\n').slice(1).map((line) => line.trim());
  }
  return [];
}

describe('production refuses development secrets and short keys', () => {
  it.each([
    ['the development JWT secret, passed explicitly', { JWT_SECRET: 'development-only-secret-change-me' }, 'JWT_SECRET: is the development secret; set a random one of at least 32 characters'],
    ['a JWT secret of 31 characters', { JWT_SECRET: 'x'.repeat(31) }, 'JWT_SECRET: must be at least 32 characters'],
    ['the development WeChat secret', { WECHAT_SECRET: 'development-wechat-secret' }, "WECHAT_SECRET: is the development secret; set the mini-program's AppSecret"],
    ['the development field key, passed explicitly', { FIELD_KEYS: DEV_FIELD_KEYS, FIELD_KEY_ID: 'dev1' }, 'FIELD_KEYS: lists the development key; generate new keys (docs/privacy.md, key rotation)'],
    ['the development field key under another id, beside a real one', { FIELD_KEYS: `2026a:${key()},old:${devFieldKey}` }, 'FIELD_KEYS: lists the development key; generate new keys (docs/privacy.md, key rotation)'],
    ['a field key of 31 bytes', { FIELD_KEYS: `2026a:${randomBytes(31).toString('base64')}` }, 'FIELD_KEYS: key "2026a" must be 32 bytes in base64 (it is 31)'],
    ['the development lookup key, passed explicitly', { LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY }, 'LOOKUP_HMAC_KEY: is the development key; generate a random one of at least 32 bytes'],
    ['a lookup key of 31 bytes', { LOOKUP_HMAC_KEY: randomBytes(31).toString('base64') }, 'LOOKUP_HMAC_KEY: must be at least 32 bytes'],
    ['the log SMS sender, which writes codes and phone numbers to the log', { SMS_PROVIDER: 'log' }, 'SMS_PROVIDER: is the development log sender; set tencent and its settings (docs/DEPLOY.md)'],
    ['the development mini-program appid', { WECHAT_APPID: 'wx-development' }, "WECHAT_APPID: is the development appid; set the mini-program's AppID"],
  ])('refuses %s, in one line that names it', (_name, change, line) => {
    expect(refusal({ ...production, ...change })).toEqual([line]);
  });

  it('refuses a lookup key that is also a field key', () => {
    const shared = key();
    expect(refusal({ ...production, FIELD_KEYS: `2026a:${shared}`, LOOKUP_HMAC_KEY: shared })).toEqual([
      'LOOKUP_HMAC_KEY: is also listed in FIELD_KEYS; use a key of its own',
    ]);
  });

  it('says every problem at once, one line each', () => {
    const lines = refusal({ ...production, JWT_SECRET: 'development-only-secret-change-me', FIELD_KEYS: DEV_FIELD_KEYS, FIELD_KEY_ID: 'dev1', LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY });
    expect(lines.map((line) => line.split(':')[0])).toEqual(['JWT_SECRET', 'FIELD_KEYS', 'LOOKUP_HMAC_KEY']);
  });

  it('starts with secrets of its own', () => {
    expect(loadConfig(production).JWT_SECRET).toBe(production.JWT_SECRET);
  });

  it('outside production the development secrets still serve, so a clone starts with no setup', () => {
    expect(loadConfig({ NODE_ENV: 'development', MONGODB_URI: 'mongodb://127.0.0.1/x' })).toMatchObject({
      JWT_SECRET: 'development-only-secret-change-me',
      FIELD_KEYS: DEV_FIELD_KEYS,
      LOOKUP_HMAC_KEY: DEV_LOOKUP_HMAC_KEY,
    });
  });
});
