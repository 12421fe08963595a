import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig, wechatConfigured } from './config';
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

describe('a county that runs only the portal (no mini-program yet)', () => {
  const { WECHAT_APPID: _appid, WECHAT_SECRET: _secret, WECHAT_API_BASE: _base, ...portalOnly } = production;

  it('starts in production without any WeChat setting, with WeChat off', () => {
    const config = loadConfig(portalOnly);
    expect(wechatConfigured(config)).toBe(false);
    expect(config).toMatchObject({ WECHAT_APPID: '', WECHAT_SECRET: '' });
    expect(wechatConfigured(loadConfig(production))).toBe(true);
  });

  it.each([
    ['the AppID alone', { WECHAT_APPID: 'wx0123456789abcdef' }, 'WECHAT_SECRET, WECHAT_API_BASE'],
    ['the AppID and secret without the API base', { WECHAT_APPID: 'wx0123456789abcdef', WECHAT_SECRET: 'a'.repeat(32) }, 'WECHAT_API_BASE'],
    ['the API base alone', { WECHAT_API_BASE: 'https://api.weixin.qq.com' }, 'WECHAT_APPID, WECHAT_SECRET'],
  ])('refuses %s in one line naming what is missing', (_name, change, missing) => {
    expect(refusal({ ...portalOnly, ...change })).toEqual([
      `${missing}: missing; WECHAT_APPID, WECHAT_SECRET and WECHAT_API_BASE go together: all three for the mini-program, none for a portal-only county`,
    ]);
  });

  it('refuses subscribe-message templates without WeChat', () => {
    expect(refusal({ ...portalOnly, WECHAT_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=tpl-1' })).toEqual([
      'WECHAT_SUBSCRIBE_TEMPLATE_IDS: is set but WeChat is off; set WECHAT_APPID, WECHAT_SECRET and WECHAT_API_BASE too, or remove it',
    ]);
  });
});
