import type { Connection } from 'mongoose';
import type { AppError } from '../errors/app-error';
import type { AuditRecord } from '../http/define-route';
import type { Principal } from '../http/app-state';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { caseRegionOf } from '../applications/sensitive-screen';
import { isSensitiveProgramme } from '@ccs/shared';
import { agreementModel } from '../agreements/agreement-model';
import { accountModel, identityModel } from '../auth/account-model';
import { refreshTokenModel } from '../auth/refresh-token-model';
import { hashToken, maskPhone } from '../auth/issue-session';
import { dataRequestModel } from '../consent/data-request-model';

// What an audit entry is about and where it belongs, read from the database after the route's handler ran,
// so a route's declaration stays one line and the county search can filter on villages and children.

/** A child: its hukou and residence villages; flagged need-to-know when one of its cases is. */
export async function childSubject(db: Connection, childId: string): Promise<AuditRecord> {
  const child = await childModel(db).findById(childId, { hukouRegion: 1, residenceRegion: 1 }).lean();
  const regionCodes = child ? [child.hukouRegion, child.residenceRegion].filter((code): code is string => !!code) : [];
  const cases = await applicationModel(db).find({ childId }, { programme: 1, routing: 1, regionCodes: 1 }).lean();
  const sensitive = cases.some((doc) => isSensitiveProgramme(doc.programme, caseRegionOf(doc)));
  return { target: { kind: 'child', id: childId }, regionCodes, childIds: [childId], ...(sensitive ? { detail: { needToKnow: true } } : {}) };
}

/**
 * An application, or a photo of it: the village it was routed to and the post holding it (which after a
 * 跨省通办 hand-over may be another county); a draft, not routed yet, belongs to the child's villages.
 */
export async function applicationSubject(db: Connection, applicationId: string, documentId?: string): Promise<AuditRecord> {
  const doc = await applicationModel(db).findById(applicationId, { routing: 1, holder: 1, regionCodes: 1, childId: 1, reference: 1, programme: 1 }).lean();
  const target = documentId ? { kind: 'document' as const, id: documentId } : { kind: 'application' as const, id: applicationId };
  if (!doc) return { target, regionCodes: [] };
  const routed = [doc.routing?.regionCode, doc.holder?.regionCode].filter((code): code is string => !!code);
  // Not the photo's kind: "a judgment of imprisonment" would tell the log's readers what the case is about. A
  // need-to-know case is flagged, without saying why, so the county can review who touched it.
  const sensitive = isSensitiveProgramme(doc.programme, caseRegionOf(doc)) ? { needToKnow: true } : {};
  return { target, regionCodes: routed.length > 0 ? routed : doc.regionCodes, childIds: [doc.childId], detail: { applicationId, reference: doc.reference, ...sensitive } };
}

/** A care agreement: the village that files it, and its children. */
export async function agreementSubject(db: Connection, agreementId: string): Promise<AuditRecord> {
  const doc = await agreementModel(db).findById(agreementId, { villageCode: 1, 'children.childId': 1 }).lean();
  return {
    target: { kind: 'agreement', id: agreementId },
    regionCodes: doc ? [doc.villageCode] : [],
    childIds: doc ? doc.children.map((child) => child.childId) : [],
  };
}

/** The signed-in person's own account (a staff account belongs to its scope). */
export const ownAccount = (principal: Principal): AuditRecord => ({
  target: { kind: 'account', id: principal.accountId },
  regionCodes: principal.regionScope ? [principal.regionScope] : [],
});

/** A sign-in that opened a session: the account is the actor, with the masked name it was opened with. */
export const signedIn = (account: { id: string; roles: Principal['roles']; regionScope: string | null }, identifier: string | null, method: string): AuditRecord => ({
  actor: { accountId: account.id, roles: account.roles, regionScope: account.regionScope, identifier },
  target: { kind: 'account', id: account.id },
  regionCodes: account.regionScope ? [account.regionScope] : [],
  detail: { method },
});

/** A staff account by its user name: the target, in the account's scope. */
export async function staffAccountSubject(db: Connection, username: string): Promise<AuditRecord> {
  const identity = await identityModel(db).findOne({ kind: 'username', value: username }, { accountId: 1 }).lean();
  const account = identity ? await accountModel(db).findById(identity.accountId, { regionScope: 1 }).lean() : null;
  return {
    target: { kind: 'account', id: account ? String(account._id) : maskUsername(username) },
    regionCodes: account?.regionScope ? [account.regionScope] : [],
  };
}

/** A refused staff sign-in: nobody is signed in; the account tried, if it exists, is the target in its scope. */
export async function staffSignInAttempt(db: Connection, username: string, error: AppError): Promise<AuditRecord> {
  return {
    ...(await staffAccountSubject(db, username)),
    actor: { accountId: null, roles: [], regionScope: null, identifier: maskUsername(username) },
    detail: { method: 'password', code: error.code },
  };
}

/**
 * The account a refresh token belongs to; null for a token nobody holds. At a sign-out the holder acts; when a
 * rotated token is shown again (reuse) whoever shows it is unknown, and the account is only the target.
 */
export async function refreshTokenHolder(db: Connection, refreshToken: string, holderActs: boolean): Promise<AuditRecord | null> {
  const token = await refreshTokenModel(db).findOne({ tokenHash: hashToken(refreshToken) }, { accountId: 1 }).lean();
  const account = token ? await accountModel(db).findById(token.accountId, { roles: 1, regionScope: 1 }).lean() : null;
  if (!account) return null;
  const holder = { id: String(account._id), roles: account.roles as Principal['roles'], regionScope: account.regionScope ?? null };
  const record = signedIn(holder, null, 'refreshToken');
  return holderActs ? record : { ...record, actor: { accountId: null, roles: [], regionScope: null } };
}

/** `di***01`: enough for staff to recognise their colleague's user name in the log, not to copy it. */
export function maskUsername(username: string): string {
  const name = username.trim();
  if (name.length <= 4) return `${name.slice(0, 1)}***`;
  return `${name.slice(0, 2)}***${name.slice(-2)}`;
}

/** A read of a care agreement: recorded for its caregiver and staff, not for the parent who wrote it. */
export async function agreementReadSubject(db: Connection, agreementId: string, principal: Principal): Promise<AuditRecord | null> {
  const doc = await agreementModel(db).findById(agreementId, { parentAccountId: 1 }).lean();
  return doc && String(doc.parentAccountId) === principal.accountId ? null : agreementSubject(db, agreementId);
}

/** Someone not signed in asks for an SMS code or fails to sign in with one: only the masked phone number is kept. */
export function phoneAttempt(phone: string, error?: AppError): AuditRecord {
  const identifier = maskPhone(phone) ?? '';
  return {
    actor: { accountId: null, roles: [], regionScope: null, identifier },
    target: { kind: 'account', id: identifier },
    regionCodes: [],
    detail: error ? { method: 'sms', code: error.code } : null,
  };
}

/** A family's request to correct or delete a child's data: the child's villages, kept on the request. */
export async function dataRequestSubject(db: Connection, requestId: string): Promise<AuditRecord> {
  const doc = await dataRequestModel(db).findById(requestId, { regions: 1, childId: 1, kind: 1 }).lean();
  return {
    target: { kind: 'dataRequest', id: requestId },
    regionCodes: doc?.regions ?? [],
    childIds: doc ? [doc.childId] : [],
    detail: doc ? { kind: doc.kind } : null,
  };
}
