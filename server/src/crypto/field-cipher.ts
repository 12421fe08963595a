import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Keys for sensitive fields: several may decrypt (rotation), one encrypts; the lookup key is separate. */
export interface FieldKeys {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
  lookupKey: Buffer;
}

export interface FieldCipher {
  readonly currentKeyId: string;
  /** `v1:<kid>:<iv>:<tag>:<ciphertext>`, base64url parts. `context` (the field) is bound as associated data. */
  encryptText(plaintext: string, context: string): string;
  decryptText(sealed: string, context: string): string;
  /** The same envelope as bytes: `v1:<kid>:` then IV, tag and ciphertext, for photos and signatures. */
  encryptBytes(plaintext: Buffer, context: string): Buffer;
  decryptBytes(sealed: Buffer, context: string): Buffer;
  /** The key id a sealed value was written under, or null when it is not a sealed value. */
  keyIdOf(sealed: string | Buffer): string | null;
  /** HMAC-SHA256 (base64url) for exact lookup, e.g. a child by ID number, without storing the number. */
  lookupHash(value: string): string;
  /**
   * `t1:<kid>:<mac>`: a keyed token for a value of a small known set (a programme, a document kind). Equal values
   * give equal tokens, so a filter or a `$pull` still matches; the known set is what opens it (`sealed-fields.ts`).
   */
  enumToken(value: string, context: string, kid?: string): string;
}

const VERSION = 'v1';
export const ENUM_VERSION = 't1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** AES-256-GCM with a random 12-byte IV per value; the key id travels with the value so old keys keep decrypting. */
export function createFieldCipher({ currentKeyId, keys, lookupKey }: FieldKeys): FieldCipher {
  const keyFor = (kid: string): Buffer => {
    const key = keys.get(kid);
    if (!key) throw new Error(`field key "${kid}" is not configured (FIELD_KEYS)`);
    return key;
  };
  if (keys.size === 0 || [...keys.values()].some((key) => key.length !== 32)) throw new Error('field keys must be 32 bytes');
  keyFor(currentKeyId);

  const seal = (plaintext: Buffer, context: string) => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, keyFor(currentKeyId), iv).setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { iv, tag: cipher.getAuthTag(), body };
  };
  const open = (kid: string, iv: Buffer, tag: Buffer, body: Buffer, context: string): Buffer => {
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('sealed field is malformed');
    const decipher = createDecipheriv(ALGORITHM, keyFor(kid), iv).setAAD(Buffer.from(context)).setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  };
  const bytesHeader = (sealed: Buffer): { kid: string; start: number } | null => {
    if (sealed.subarray(0, 3).toString('latin1') !== `${VERSION}:`) return null;
    const end = sealed.indexOf(':', 3);
    const kid = end > 3 ? sealed.subarray(3, end).toString('latin1') : '';
    return KEY_ID_PATTERN.test(kid) ? { kid, start: end + 1 } : null;
  };

  return {
    currentKeyId,
    encryptText(plaintext, context) {
      const { iv, tag, body } = seal(Buffer.from(plaintext, 'utf8'), context);
      return [VERSION, currentKeyId, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join(':');
    },
    decryptText(sealed, context) {
      const parts = sealed.split(':');
      if (parts.length !== 5 || parts[0] !== VERSION) throw new Error('value is not a sealed field');
      const [, kid, iv, tag, body] = parts as [string, string, string, string, string];
      return open(kid, Buffer.from(iv, 'base64url'), Buffer.from(tag, 'base64url'), Buffer.from(body, 'base64url'), context).toString('utf8');
    },
    encryptBytes(plaintext, context) {
      const { iv, tag, body } = seal(plaintext, context);
      return Buffer.concat([Buffer.from(`${VERSION}:${currentKeyId}:`, 'latin1'), iv, tag, body]);
    },
    decryptBytes(sealed, context) {
      const header = bytesHeader(sealed);
      if (!header) throw new Error('value is not a sealed field');
      const { kid, start } = header;
      const iv = sealed.subarray(start, start + IV_BYTES);
      const tag = sealed.subarray(start + IV_BYTES, start + IV_BYTES + TAG_BYTES);
      return open(kid, iv, tag, sealed.subarray(start + IV_BYTES + TAG_BYTES), context);
    },
    keyIdOf(sealed) {
      if (Buffer.isBuffer(sealed)) return bytesHeader(sealed)?.kid ?? null;
      const parts = sealed.split(':');
      return parts.length === 5 && parts[0] === VERSION && KEY_ID_PATTERN.test(parts[1]!) ? parts[1]! : null;
    },
    lookupHash(value) {
      return createHmac('sha256', lookupKey).update(value, 'utf8').digest('base64url');
    },
    enumToken(value, context, kid = currentKeyId) {
      // A key of its own, derived from the field key, so the AES key is used for nothing else.
      const tokenKey = createHmac('sha256', keyFor(kid)).update('enum-token').digest();
      return [ENUM_VERSION, kid, createHmac('sha256', tokenKey).update(`${context}\0${value}`, 'utf8').digest('base64url').slice(0, 22)].join(':');
    },
  };
}
