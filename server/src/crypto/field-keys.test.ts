import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { configuredFieldCipher, DEV_FIELD_KEYS } from './field-keys';
import { productionEnv } from '../../test-support/production-env';

const base = { MONGODB_URI: 'mongodb://127.0.0.1/x' };
const key = () => randomBytes(32).toString('base64');
const { FIELD_KEYS: _keys, FIELD_KEY_ID: _keyId, LOOKUP_HMAC_KEY: _lookupKey, ...production } = { ...productionEnv(), ...base };

describe('field keys from the environment', () => {
  it('are required in production, and the development keys serve only outside it', () => {
    expect(() => loadConfig(production)).toThrow(/FIELD_KEYS: is required[\s\S]*FIELD_KEY_ID: is required[\s\S]*LOOKUP_HMAC_KEY: is required/);
    expect(loadConfig({ ...base, NODE_ENV: 'test' })).toMatchObject({ FIELD_KEYS: DEV_FIELD_KEYS, FIELD_KEY_ID: 'dev1' });
    const keys = { FIELD_KEYS: `2026a:${key()},2026b:${key()}`, FIELD_KEY_ID: '2026b', LOOKUP_HMAC_KEY: key() };
    expect(configuredFieldCipher(loadConfig({ ...production, ...keys })).currentKeyId).toBe('2026b');
  });

  it('name what is wrong: a key of the wrong length, an id not listed, a short lookup key', () => {
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k1:${randomBytes(16).toString('base64')}` })).toThrow(/FIELD_KEYS: key "k1" must be 32 bytes/);
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k1:${key()}`, FIELD_KEY_ID: 'k2' })).toThrow(/FIELD_KEY_ID: must be one of the ids/);
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k 1:${key()}` })).toThrow(/FIELD_KEYS: "k 1" is not a key id/);
    expect(() => loadConfig({ ...base, LOOKUP_HMAC_KEY: randomBytes(16).toString('base64') })).toThrow(/LOOKUP_HMAC_KEY: must be at least 32 bytes/);
  });
});
