import { Types } from 'mongoose';
import type { AgreementParty } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { Principal } from '../http/app-state';
import { sniffImageType } from '../documents/sniff-image-type';
import { agreementModel } from './agreement-model';
import { agreementSignatureModel } from './agreement-signature-model';
import { agreementViewer } from './agreement-access';
import { sha256Hex } from './agreement-content-hash';
import { loadAgreement, type LoadedAgreement } from './load-agreement';

export interface SignatureInput {
  party: AgreementParty;
  image: string;
  identity?: { name?: string; residentId: string };
  expectedVersion?: number;
}

const signableStatuses = ['draft', 'awaitingSignatures', 'signed'];
const sameId = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * One party signs the content as it is now. The first signature seals the agreement; each signature records
 * the content hash, the time, the party and the SHA-256 of the drawn image. Its `_id`
 * `<agreementId>:<contentHash>:<party>` makes a repeat return the first signature. The caregiver must be the
 * person the parent named: the ID number must match, and the name too when the app sends it (issue 4 §2; the app
 * shows her name and asks only for the number, which alone identifies her).
 */
export async function signAgreement(deps: AppDeps, principal: Principal, agreementId: string, input: SignatureInput, now = new Date()): Promise<{ loaded: LoadedAgreement; created: boolean }> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  const viewer = agreementViewer(principal, loaded.doc);
  if (viewer !== input.party) throw new AppError('FORBIDDEN', { detail: `${viewer} cannot sign as ${input.party}` });
  const { doc, contentHash } = loaded;
  const signatureId = `${agreementId}:${contentHash}:${input.party}`;
  if (await agreementSignatureModel(deps.db).exists({ _id: signatureId })) return { loaded, created: false };
  if (!signableStatuses.includes(loaded.status)) throw new AppError('AGREEMENT_NOT_EDITABLE');
  if (input.expectedVersion !== undefined && input.expectedVersion !== doc.version) throw new AppError('AGREEMENT_CHANGED');

  if (input.party === 'caregiver') {
    const identity = input.identity;
    const nameDiffers = identity?.name !== undefined && identity.name.trim() !== doc.caregiver.name;
    if (!identity || nameDiffers || !sameId(identity.residentId, doc.caregiver.residentId)) {
      throw new AppError('IDENTITY_MISMATCH', { fields: { 'body.identity': '姓名或身份证号与家长填写的不一致' } });
    }
  }
  const bytes = Buffer.from(input.image.slice(input.image.indexOf(',') + 1), 'base64');
  if (bytes.length < 64 || sniffImageType(bytes) !== 'image/png') {
    throw new AppError('VALIDATION_FAILED', { fields: { 'body.image': '请在框里手写签名后再提交' } });
  }

  if (!doc.sealed) await agreementModel(deps.db).updateOne({ _id: agreementId }, { $set: { sealed: true } });
  const name = input.party === 'caregiver' ? doc.caregiver.name : parentName(doc.parents, input.identity?.name);
  try {
    await agreementSignatureModel(deps.db).create({
      _id: signatureId,
      agreementId,
      contentHash,
      party: input.party,
      accountId: new Types.ObjectId(principal.accountId),
      name,
      imageHash: sha256Hex(bytes),
      image: bytes,
      at: now,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return { loaded: (await loadAgreement(deps.db, agreementId))!, created: false };
  }
  return { loaded: (await loadAgreement(deps.db, agreementId))!, created: true };
}

/** The parent who signs: the one whose name they confirm, else the first parent listed. */
function parentName(parents: { name: string }[], confirmed?: string): string {
  return parents.find((parent) => parent.name === confirmed?.trim())?.name ?? parents[0]!.name;
}
