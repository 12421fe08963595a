import type { Connection, Schema } from 'mongoose';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { caseStepModel } from '../applications/case-step-model';
import { agreementModel } from '../agreements/agreement-model';
import { agreementKeyModel } from '../agreements/agreement-key-model';
import { agreementSignatureModel } from '../agreements/agreement-signature-model';
import { documentModel } from '../documents/document-model';
import { notificationModel } from '../notifications/notification-model';
import { dataRequestModel } from '../consent/data-request-model';
import { accountModel, identityModel } from '../auth/account-model';
import { smsCodeModel } from '../auth/sms-code-model';
import { fieldCipherOf } from './attach-field-cipher';
import type { FieldCipher } from './field-cipher';
import { enumKeyIdOf, mapAt, openEnum, sealedPathsOf, sealValue, toBuffer, type SealedPath } from './sealed-fields';

/** Every model with sealed fields (a test checks none is missing). */
export const sealedModels: ((db: Connection) => { collection: { collectionName: string }; schema: Schema })[] = [
  childModel,
  applicationModel,
  caseStepModel,
  agreementModel,
  agreementKeyModel,
  agreementSignatureModel,
  documentModel,
  notificationModel,
  dataRequestModel,
  accountModel,
  identityModel,
  smsCodeModel,
];

export interface ReencryptCounts {
  collection: string;
  documents: number;
  rewritten: number;
  /** Changed by someone else between the read and the write; a second run picks them up. */
  changedMeanwhile: number;
}

/**
 * Key rotation (docs/privacy.md "Key rotation"): rewrites every sealed value not under the current key (FIELD_KEY_ID), and
 * every lookup hash not under the current LOOKUP_HMAC_KEY, through the raw driver. A value stored before
 * encryption existed (an old development database) is sealed too. Each write names the old values it replaces,
 * so a document changed meanwhile is left alone and counted.
 */
export async function reencryptSealedFields(db: Connection): Promise<ReencryptCounts[]> {
  const cipher = fieldCipherOf(db);
  const counts: ReencryptCounts[] = [];
  for (const modelOf of sealedModels) {
    const model = modelOf(db);
    const collection = model.collection.collectionName;
    const paths = sealedPathsOf(model.schema);
    const raw = db.db!.collection(collection);
    const count: ReencryptCounts = { collection, documents: 0, rewritten: 0, changedMeanwhile: 0 };
    for await (const doc of raw.find({})) {
      count.documents += 1;
      const { set, old } = refreshed(cipher, collection, paths, doc);
      if (Object.keys(set).length === 0) continue;
      const result = await raw.updateOne({ _id: doc._id, ...old }, { $set: set });
      if (result.matchedCount === 1) count.rewritten += 1;
      else count.changedMeanwhile += 1;
    }
    counts.push(count);
  }
  return counts;
}

/** The top-level fields of one raw document that need rewriting, new and old. */
function refreshed(cipher: FieldCipher, collection: string, paths: readonly SealedPath[], doc: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const old: Record<string, unknown> = {};
  for (const spec of paths) {
    const [root, ...rest] = spec.path.split('.') as [string, ...string[]];
    const current = root in set ? set[root] : doc[root];
    const context = `${collection}.${spec.path}`;
    let changed = false;
    let plain: unknown;
    const next = mapAt(current, rest, (leaf) => {
      const kid = spec.kind === 'bytes' ? cipher.keyIdOf(toBuffer(leaf)) : spec.kind === 'enum' ? enumKeyIdOf(leaf) : typeof leaf === 'string' ? cipher.keyIdOf(leaf) : null;
      if (kid === cipher.currentKeyId && !spec.lookupHash) return leaf;
      plain = plainOf(cipher, spec, context, leaf);
      if (kid === cipher.currentKeyId) return leaf;
      changed = true;
      return sealValue(cipher, spec, context, plain);
    });
    if (changed) {
      set[root] = next;
      old[root] ??= doc[root];
    }
    if (spec.lookupHash && typeof plain === 'string' && doc[spec.lookupHash] !== cipher.lookupHash(plain)) set[spec.lookupHash] = cipher.lookupHash(plain);
  }
  return { set, old };
}

/** A stored leaf's plain value: opened when sealed (under any configured key), as it is when stored before encryption. */
function plainOf(cipher: FieldCipher, spec: SealedPath, context: string, leaf: unknown): unknown {
  if (spec.kind === 'bytes') {
    const bytes = toBuffer(leaf);
    return cipher.keyIdOf(bytes) ? cipher.decryptBytes(bytes, context) : bytes;
  }
  if (spec.kind === 'enum') return enumKeyIdOf(leaf) ? openEnum(cipher, spec, context, leaf as string) : leaf;
  if (typeof leaf !== 'string' || !cipher.keyIdOf(leaf)) return leaf;
  const text = cipher.decryptText(leaf, context);
  return spec.kind === 'json' ? JSON.parse(text) : text;
}
