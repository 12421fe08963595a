import type { Connection } from 'mongoose';
import type { FieldCipher } from './field-cipher';

const ciphers = new WeakMap<Connection, FieldCipher>();

/** Gives a connection the cipher its models seal sensitive fields with; done once where the connection is opened. */
export function attachFieldCipher(db: Connection, cipher: FieldCipher): void {
  ciphers.set(db, cipher);
}

/** The connection's cipher; a connection opened without one cannot read or write a sealed field. */
export function fieldCipherOf(db: Connection): FieldCipher {
  const cipher = ciphers.get(db);
  if (!cipher) throw new Error('this database connection has no field cipher (attachFieldCipher)');
  return cipher;
}
