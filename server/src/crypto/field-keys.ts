import type { Config } from '../config';
import { createFieldCipher, KEY_ID_PATTERN, type FieldCipher } from './field-cipher';

/**
 * Development and test keys, used only outside production (config.ts refuses to start without real ones).
 * They are public, so nothing encrypted under them is protected.
 */
export const DEV_FIELD_KEYS = 'dev1:ZGV2ZWxvcG1lbnQtb25seS1maWVsZC1rZXktMzJieSE=';
export const DEV_LOOKUP_HMAC_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1sb29rdXAta2V5LTMyYnl0ZXM=';

/** `kid:base64key,kid:base64key`: each key 32 bytes (AES-256), each id letters, digits, `_` or `-`. */
export function parseFieldKeyList(text: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [kid = '', key = '', ...rest] = item.split(':');
    if (!KEY_ID_PATTERN.test(kid) || rest.length > 0) throw new Error(`"${kid}" is not a key id (letters, digits, _ or -)`);
    const bytes = Buffer.from(key, 'base64');
    if (bytes.length !== 32) throw new Error(`key "${kid}" must be 32 bytes in base64 (it is ${bytes.length})`);
    if (keys.has(kid)) throw new Error(`key id "${kid}" is listed twice`);
    keys.set(kid, bytes);
  }
  if (keys.size === 0) throw new Error('lists no key');
  return keys;
}

/** The cipher for the configured keys (validated by config.ts). */
export function configuredFieldCipher(config: Pick<Config, 'FIELD_KEYS' | 'FIELD_KEY_ID' | 'LOOKUP_HMAC_KEY'>): FieldCipher {
  return createFieldCipher({
    currentKeyId: config.FIELD_KEY_ID,
    keys: parseFieldKeyList(config.FIELD_KEYS),
    lookupKey: Buffer.from(config.LOOKUP_HMAC_KEY, 'base64'),
  });
}
