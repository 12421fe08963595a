import type { Connection } from 'mongoose';
import { agreementStatusLabels, type AgreementVerification } from '@ccs/shared';
import { regionRef } from '../children/child-view';
import { agreementKeyModel } from './agreement-key-model';
import { loadAgreement } from './load-agreement';
import { maskName } from './agreement-view';

const notFound: AgreementVerification = {
  found: false,
  status: null,
  statusLabel: null,
  contentHash: null,
  period: null,
  villageName: null,
  signatures: [],
  filedAt: null,
  matches: null,
};

/**
 * The public answer to "is this copy the archived agreement?" (issue 4 §3): status, the content hash, when
 * each party signed, names masked and no ID numbers. With `hash`, whether the copy's printed hash is the
 * current one: a copy printed before an edit, or altered, does not match. Drafts nobody signed are not shown.
 */
export async function verifyAgreement(db: Connection, code: string, hash?: string): Promise<AgreementVerification> {
  const key = await agreementKeyModel(db).findById(`code:${code}`).lean();
  const loaded = key ? await loadAgreement(db, key.agreementId) : null;
  if (!loaded || !loaded.doc.sealed) return { ...notFound, matches: hash === undefined ? null : false };
  const village = await regionRef(db, loaded.doc.villageCode);
  return {
    found: true,
    status: loaded.status,
    statusLabel: agreementStatusLabels[loaded.status],
    contentHash: loaded.contentHash,
    period: loaded.doc.period,
    villageName: village.name,
    signatures: loaded.signatures.map((s) => ({ party: s.party, name: maskName(s.name), at: s.at.toISOString() })),
    filedAt: loaded.doc.filedAt ? loaded.doc.filedAt.toISOString() : null,
    matches: hash === undefined ? null : hash.toLowerCase() === loaded.contentHash,
  };
}
