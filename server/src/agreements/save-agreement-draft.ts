import { Types } from 'mongoose';
import { checkAgreementParties, currentAgreementTemplate, type AgreementDraftParsed } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedAccess } from '../audit/refused-access';
import { insertOnce } from '../db/insert-once';
import { childModel } from '../children/child-model';
import { agreementModel, type AgreementDoc } from './agreement-model';
import { claimAgreementKey } from './agreement-key-model';
import { agreementContentHash } from './agreement-content-hash';
import { loadAgreement, type LoadedAgreement } from './load-agreement';
import { requireChildConsent } from '../consent/find-child-consent';
import { loadParameterSet } from '../parameters/load-parameter-set';
import { randomCode } from './random-code';

const editableStatuses = ['draft', 'awaitingSignatures', 'signed'];

export interface SavedDraft {
  loaded: LoadedAgreement;
  created: boolean;
  /** The edit changed sealed content, so every signature is void and the parties sign again. */
  voidedSignatures: boolean;
}

/**
 * Creates or replaces the parent's draft under the id the app made. The children must be the caller's own;
 * the rules (children under 16, caregiver an adult and not one of them, end after start) are checked on the
 * start date. Saving the same content again changes nothing; changing content after the first signature
 * gives a new hash, against which no signature exists yet: the old ones are void.
 */
export async function saveAgreementDraft(deps: AppDeps, accountId: string, agreementId: string, draft: AgreementDraftParsed): Promise<SavedDraft> {
  const existing = await agreementModel(deps.db).findById(agreementId).lean();
  if (existing && existing.parentAccountId.toString() !== accountId) {
    throw refusedAccess({ kind: 'agreement', id: agreementId, regionCodes: [existing.villageCode] }, 'another parent’s agreement');
  }
  if (existing && !editableStatuses.includes(existing.status)) throw new AppError('AGREEMENT_NOT_EDITABLE');
  // The draft copies the children's names and ID numbers: the child privacy consent comes first.
  await requireChildConsent(deps, accountId);

  const supersedes = existing ? (existing.supersedes ?? null) : await replacedAgreement(deps, accountId, draft.supersedes);

  const childDocs = await childModel(deps.db).find({ _id: { $in: draft.children }, guardianAccountId: new Types.ObjectId(accountId) }).lean();
  const children = draft.children.map((id, index) => {
    const child = childDocs.find((doc) => doc._id === id);
    if (!child) throw new AppError('NOT_FOUND', { fields: { [`body.children.${index}`]: '没有找到这个孩子，请从“我的孩子”中选择' } });
    return { childId: child._id, name: child.name, residentId: child.residentId, birthDate: child.birthDate, villageCode: child.residenceRegion ?? child.hukouRegion };
  });

  const problems = checkAgreementParties(
    { children, caregiverResidentId: draft.caregiver.residentId, period: draft.period, regionCode: children[0]!.villageCode },
    await loadParameterSet(deps.db),
  );
  if (problems.length > 0) {
    throw new AppError(problems[0]!.code, { fields: Object.fromEntries(problems.map((p) => [p.field, p.message])), detail: problems[0]!.message });
  }

  const content = {
    _id: agreementId,
    children,
    caregiver: draft.caregiver,
    caregiverDeclaration: draft.caregiverDeclaration,
    parents: draft.parents,
    emergencyContacts: draft.emergencyContacts,
    period: draft.period,
    // An agreement keeps the template it was drafted with; a new wording reaches new drafts only.
    template: existing?.template ?? pickTemplate(),
    // The first child's village files the agreement: the children of one agreement live in one home.
    villageCode: children[0]!.villageCode,
  };
  const contentHash = agreementContentHash(content);

  if (existing) {
    if (existing.contentHash === contentHash) return { loaded: (await loadAgreement(deps.db, agreementId))!, created: false, voidedSignatures: false };
    await agreementModel(deps.db).updateOne(
      { _id: agreementId },
      { $set: { ...content, contentHash, status: existing.sealed ? 'awaitingSignatures' : 'draft', version: existing.version + 1 } },
    );
    return { loaded: (await loadAgreement(deps.db, agreementId))!, created: false, voidedSignatures: existing.sealed };
  }

  const verificationCode = await claimVerificationCode(deps, agreementId);
  const doc: Omit<AgreementDoc, 'createdAt' | 'updatedAt'> = {
    ...content,
    parentAccountId: new Types.ObjectId(accountId),
    caregiverAccountId: null,
    status: 'draft',
    sealed: false,
    contentHash,
    verificationCode,
    filedAt: null,
    filedBy: null,
    version: 1,
    supersedes,
  };
  // Null: the same PUT retried while the first was in flight, and the first one made it.
  if (!(await insertOnce(agreementModel(deps.db), doc))) return saveAgreementDraft(deps, accountId, agreementId, draft);
  return { loaded: (await loadAgreement(deps.db, agreementId))!, created: true, voidedSignatures: false };
}

/** 更换照护人: the old agreement must be the parent's own and in force (signed or filed). */
async function replacedAgreement(deps: AppDeps, accountId: string, oldId: string | undefined): Promise<string | null> {
  if (!oldId) return null;
  const old = await loadAgreement(deps.db, oldId);
  if (!old || old.doc.parentAccountId.toString() !== accountId) throw new AppError('NOT_FOUND', { fields: { 'body.supersedes': '没有找到要更换照护人的那份协议' } });
  if (old.status !== 'signed' && old.status !== 'filed') throw new AppError('AGREEMENT_NOT_IN_FORCE', { fields: { 'body.supersedes': '那份协议已经结束或由新协议代替了' } });
  return oldId;
}

function pickTemplate() {
  const { id, version, title, duties } = currentAgreementTemplate;
  return { id, version, title, duties };
}

/** A 10-character code for the public verification page, unique by an inserted key; letters that look alike left out. */
async function claimVerificationCode(deps: AppDeps, agreementId: string): Promise<string> {
  for (;;) {
    const code = randomCode(10);
    if (await claimAgreementKey(deps.db, { _id: `code:${code}`, agreementId, data: {}, createdAt: new Date() })) return code;
  }
}
