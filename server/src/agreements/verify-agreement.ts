import type { Connection } from 'mongoose';
import { agreementStatusLabels, type AgreementVerification } from '@ccs/shared';
import { formatCheckCode, type TypedCheck } from '@ccs/shared/agreements/check-code';
import { regionRef } from '../children/child-view';
import { agreementKeyModel } from './agreement-key-model';
import { loadAgreement } from './load-agreement';
import { claimCheckCode } from './claim-check-code';
import { maskName } from './agreement-view';

const notFound: AgreementVerification = {
  found: false,
  status: null,
  statusLabel: null,
  contentHash: null,
  checkCode: null,
  period: null,
  villageName: null,
  signatures: [],
  filedAt: null,
  matches: null,
};

/**
 * The public answer to "is this copy the archived agreement?" (issue 4 §3): status, the 防伪码 and the full content
 * hash, when each party signed, names masked and no ID numbers. With `typed`, whether the copy's printed 防伪码 (or
 * full hash) is the current one: a copy printed before an edit, or altered, does not match. Drafts nobody signed
 * are not shown.
 */
export async function verifyAgreement(db: Connection, code: string, typed?: TypedCheck): Promise<AgreementVerification> {
  const key = await agreementKeyModel(db).findById(`code:${code}`).lean();
  const loaded = key ? await loadAgreement(db, key.agreementId) : null;
  if (!loaded || !loaded.doc.sealed) return { ...notFound, matches: typed === undefined ? null : false };
  const [village, checkCode] = await Promise.all([regionRef(db, loaded.doc.villageCode), claimCheckCode(db, loaded.doc._id, loaded.contentHash)]);
  return {
    found: true,
    status: loaded.status,
    statusLabel: agreementStatusLabels[loaded.status],
    contentHash: loaded.contentHash,
    checkCode: formatCheckCode(checkCode),
    period: loaded.doc.period,
    villageName: village.name,
    signatures: loaded.signatures.map((s) => ({ party: s.party, name: maskName(s.name), at: s.at.toISOString() })),
    filedAt: loaded.doc.filedAt ? loaded.doc.filedAt.toISOString() : null,
    matches: typed === undefined ? null : 'checkCode' in typed ? typed.checkCode === checkCode : typed.contentHash === loaded.contentHash,
  };
}
