import mongoose from 'mongoose';
import { loadConfig } from '../src/config';
import { attachFieldCipher } from '../src/crypto/attach-field-cipher';
import { configuredFieldCipher } from '../src/crypto/field-keys';
import { reencryptSealedFields } from '../src/crypto/reencrypt-sealed-fields';

// `npm run reencrypt-fields -w server` (docs/privacy.md "Key rotation"): every sealed field under FIELD_KEY_ID.
const config = loadConfig();
const db = await mongoose.createConnection(config.MONGODB_URI).asPromise();
attachFieldCipher(db, configuredFieldCipher(config));
try {
  console.log(`Re-encrypting under key "${config.FIELD_KEY_ID}"`);
  const counts = await reencryptSealedFields(db);
  for (const count of counts) {
    console.log(`  ${count.collection.padEnd(22)} ${count.documents} documents, ${count.rewritten} rewritten, ${count.changedMeanwhile} changed meanwhile`);
  }
  if (counts.some((count) => count.changedMeanwhile > 0)) console.log('Some documents changed while this ran: run it again.');
} finally {
  await db.close();
}
