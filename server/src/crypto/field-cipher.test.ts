import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher';

const key1 = randomBytes(32);
const key2 = randomBytes(32);
const lookupKey = randomBytes(32);
const onlyKey1 = createFieldCipher({ currentKeyId: 'k1', keys: new Map([['k1', key1]]), lookupKey });
const bothNowKey2 = createFieldCipher({ currentKeyId: 'k2', keys: new Map([['k1', key1], ['k2', key2]]), lookupKey });
const id = '520123201003151234';

/** Flips one bit of the ciphertext part of a text envelope. */
const tamper = (sealed: string) => {
  const parts = sealed.split(':');
  const body = Buffer.from(parts[4]!, 'base64url');
  body[0]! ^= 1;
  return [...parts.slice(0, 4), body.toString('base64url')].join(':');
};

describe('field cipher', () => {
  it('round-trips text and bytes, with a fresh IV each time and no plaintext in the envelope', () => {
    const sealed = onlyKey1.encryptText(id, 'children.residentId');
    expect(sealed).toMatch(/^v1:k1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(sealed).not.toContain('1234');
    expect(onlyKey1.encryptText(id, 'children.residentId')).not.toBe(sealed);
    expect(onlyKey1.decryptText(sealed, 'children.residentId')).toBe(id);
    const png = randomBytes(500);
    const sealedBytes = onlyKey1.encryptBytes(png, 'documents.data');
    expect(sealedBytes.includes(png.subarray(0, 32))).toBe(false);
    expect(onlyKey1.decryptBytes(sealedBytes, 'documents.data').equals(png)).toBe(true);
    expect(onlyKey1.keyIdOf(sealedBytes)).toBe('k1');
  });

  it('refuses a tampered value, a value moved to another field and a value that is not sealed', () => {
    const sealed = onlyKey1.encryptText(id, 'children.residentId');
    expect(() => onlyKey1.decryptText(tamper(sealed), 'children.residentId')).toThrow();
    expect(() => onlyKey1.decryptText(sealed, 'agreements.caregiver.residentId')).toThrow();
    const bytes = onlyKey1.encryptBytes(randomBytes(100), 'documents.data');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => onlyKey1.decryptBytes(bytes, 'documents.data')).toThrow();
    expect(() => onlyKey1.decryptText(id, 'children.residentId')).toThrow('not a sealed field');
    expect(onlyKey1.keyIdOf(id)).toBeNull();
  });

  it('refuses a value under a key id it does not hold', () => {
    const underKey2 = bothNowKey2.encryptText(id, 'children.residentId');
    expect(() => onlyKey1.decryptText(underKey2, 'children.residentId')).toThrow('field key "k2" is not configured');
  });

  it('after rotation writes under the new key and still reads what the old key wrote', () => {
    const underKey1 = onlyKey1.encryptText(id, 'children.residentId');
    expect(bothNowKey2.decryptText(underKey1, 'children.residentId')).toBe(id);
    expect(bothNowKey2.keyIdOf(bothNowKey2.encryptText(id, 'children.residentId'))).toBe('k2');
  });

  it('gives one lookup hash per value whatever the encryption key, and none that reveals it', () => {
    expect(bothNowKey2.lookupHash(id)).toBe(onlyKey1.lookupHash(id));
    expect(onlyKey1.lookupHash(id)).not.toBe(onlyKey1.lookupHash('520123201003151242'));
    expect(onlyKey1.lookupHash(id)).not.toContain('1234');
  });
});
