import { randomUUID } from 'node:crypto';
import type { Session } from '@ccs/shared';
import { createStaffAccount } from '../src/auth/create-staff-account';
import { httpClient } from './http-client';
import { agreeToChildPrivacy, signInFamilySession, startDraft, submitApplication, submitDraft } from './case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from './agreement-fixtures';
import { jpegBytes, uploadPhoto } from './document-fixtures';
import type { TestServer } from './start-test-server';
import demo from '../src/demo/demo-county.json';

/**
 * Who asks, relative to the resources of the access matrix: the family that owns them, another family, the
 * caregiver who is a party to the owner's agreements and one who is a party to another family's, and for each
 * staff level one whose region covers the owner's village (六广村, 六广镇, 修文县) and one whose does not.
 */
export const principals = [
  'anonymous',
  'family',
  'otherFamily',
  'caregiver',
  'otherCaregiver',
  'director',
  'otherDirector',
  'supervisor',
  'otherSupervisor',
  'county',
  'otherCounty',
  'admin',
] as const;
export type Who = (typeof principals)[number];

const staffUsernames = {
  director: 'director01', // 六广村 520123103201, the owner's village
  otherDirector: 'director02', // 520123103204, another village of the same township
  supervisor: 'supervisor103', // 六广镇
  otherSupervisor: 'supervisor001', // 龙场街道
  county: 'county', // 修文县
  otherCounty: 'xifengcounty', // 息烽县 520122, made here
  admin: 'admin', // 修文县
} as const;

export interface AgreementRef {
  id: string;
  verificationCode: string | null;
}

/** The owner's resources, each in the state its routes need, and a session per principal. */
export interface AccessWorld {
  server: TestServer;
  sessions: Partial<Record<Who, Session>>;
  /** For public routes that take a refresh token: a session of nobody in the matrix. */
  spareSession: Session;
  childId: string;
  /** Submitted, for a child of its own: at 六广村's director (village verification). */
  application: { id: string; version: number; childId: string };
  /** Drafts: one whose answers are saved, one that is submitted, one whose photo is deleted. */
  factsDraftId: string;
  submitDraftId: string;
  deletableDocument: { applicationId: string; documentId: string };
  /** A family photo on the submitted application. */
  document: { applicationId: string; documentId: string };
  /** The diagnosis photo of a submitted HIV allowance application: need-to-know (shared/privacy/need-to-know.json). */
  diagnosis: { applicationId: string; documentId: string };
  /** Signed by both and filed; and three more signed or in draft for the routes that change them. */
  filedAgreement: AgreementRef;
  draftAgreementId: string;
  /** Joined by the caregiver and signed by nobody: for the caregiver to decline. */
  agreementToDecline: string;
  agreementToEnd: AgreementRef;
  agreementCaregiverUnable: AgreementRef;
  /** The owner's request to correct the child's data, open. */
  dataRequestId: string;
  /** A fresh agreement of the owner's with a fresh invitation, for a principal to accept. */
  freshInvitation(): Promise<string>;
  tokenOf(who: Who): string | undefined;
}

/** A signature request as the party's phone sends it; the caregiver confirms who they are. */
export const signatureAs = (party: 'parent' | 'caregiver') =>
  party === 'caregiver' ? { party, image: signaturePng, identity: { name: grandmother.name, residentId: grandmother.residentId } } : { party, image: signaturePng };

/** Builds the world over HTTP as the app would: sign-ins, the child, applications, photos, agreements. */
export async function buildAccessWorld(server: TestServer): Promise<AccessWorld> {
  const api = httpClient(server.baseUrl);
  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const res = await api.call(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await createStaffAccount(server.deps, { username: staffUsernames.otherCounty, password: demo.password, name: '息烽县民政局', roles: ['countyOfficer'], regionScope: '520122' });

  const sessions: Partial<Record<Who, Session>> = {};
  sessions.family = await signInFamilySession(server, '13900000001');
  sessions.otherFamily = await signInFamilySession(server, '13900000003');
  for (const [who, username] of Object.entries(staffUsernames)) {
    sessions[who as Who] = await call('POST', '/api/auth/staff-login', undefined, { username, password: demo.password });
  }
  const owner = sessions.family.accessToken;

  const childId = await addChild(server, owner);
  const submitted = await submitApplication(server, owner);
  if (submitted.response.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.response.body)}`);
  const application = { id: submitted.applicationId, version: submitted.response.body.version as number, childId: submitted.childId };
  const document = { applicationId: application.id, documentId: (await uploadPhoto(server, owner, { applicationId: application.id, kind: 'hukouBook', bytes: jpegBytes() })).documentId };
  const hivCase = await startDraft(server, owner, { programme: 'hivChildAllowance', facts: { hivInfected: true, father: 'atHome', mother: 'workingAway' } });
  const diagnosis = { applicationId: hivCase, documentId: (await uploadPhoto(server, owner, { applicationId: hivCase, kind: 'hivDiagnosis', bytes: jpegBytes() })).documentId };
  await submitDraft(server, owner, hivCase);
  const factsDraftId = await startDraft(server, owner);
  const submitDraftId = await startDraft(server, owner);
  const deletableApplication = await startDraft(server, owner);
  const deletable = await uploadPhoto(server, owner, { applicationId: deletableApplication, kind: 'hukouBook', bytes: jpegBytes() });
  const deletableDocument = { applicationId: deletableApplication, documentId: deletable.documentId };

  // The caregivers sign in in the mini-program and join by invitation; their next sign-in carries the caregiver role.
  const wechatSignIn = (code: string): Promise<Session> => call('POST', '/api/auth/wechat-login', undefined, { code });
  const caregiverFirst = await wechatSignIn('matrix-caregiver#1');
  const otherCaregiverFirst = await wechatSignIn('matrix-other-caregiver#1');
  const draftAgreement = async (parentToken: string, children: string[]) => {
    const id = randomUUID();
    await call('PUT', `/api/agreements/${id}`, parentToken, draftFor(children));
    return id;
  };
  const invite = async (id: string, parentToken: string) => (await call('POST', `/api/agreements/${id}/invitation`, parentToken)).token as string;
  const joined = async (parentToken: string, caregiverToken: string, children: string[]) => {
    const id = await draftAgreement(parentToken, children);
    await call('POST', `/api/agreement-invitations/${await invite(id, parentToken)}/accept`, caregiverToken);
    return id;
  };
  const signed = async (parentToken: string, caregiverToken: string, children: string[]): Promise<AgreementRef> => {
    const id = await joined(parentToken, caregiverToken, children);
    await call('POST', `/api/agreements/${id}/signatures`, caregiverToken, signatureAs('caregiver'));
    const agreement = await call('POST', `/api/agreements/${id}/signatures`, parentToken, signatureAs('parent'));
    return { id, verificationCode: agreement.verificationCode };
  };
  const filedAgreement = await signed(owner, caregiverFirst.accessToken, [childId]);
  await call('POST', `/api/staff/agreements/${filedAgreement.id}/acknowledge`, sessions.director!.accessToken);
  const agreementToEnd = await signed(owner, caregiverFirst.accessToken, [childId]);
  const agreementCaregiverUnable = await signed(owner, caregiverFirst.accessToken, [childId]);
  const draftAgreementId = await joined(owner, caregiverFirst.accessToken, [childId]);
  const agreementToDecline = await joined(owner, caregiverFirst.accessToken, [childId]);
  const otherChild = await addChild(server, sessions.otherFamily.accessToken, { village: '520123103204' });
  await joined(sessions.otherFamily.accessToken, otherCaregiverFirst.accessToken, [otherChild]);
  sessions.caregiver = await wechatSignIn('matrix-caregiver#2');
  sessions.otherCaregiver = await wechatSignIn('matrix-other-caregiver#2');
  // Every family has agreed to the child privacy notice, so a refusal is about whose the child is.
  for (const who of ['caregiver', 'otherCaregiver'] as const) await agreeToChildPrivacy(server, sessions[who]!.accessToken);
  const dataRequestId = randomUUID();
  await call('POST', '/api/me/data-requests', owner, { id: dataRequestId, kind: 'correct', childId, note: '名字写错了一个字' });

  return {
    server,
    sessions,
    spareSession: await wechatSignIn('matrix-spare'),
    childId,
    application,
    factsDraftId,
    submitDraftId,
    deletableDocument,
    document,
    diagnosis,
    filedAgreement,
    draftAgreementId,
    agreementToDecline,
    agreementToEnd,
    agreementCaregiverUnable,
    dataRequestId,
    freshInvitation: async () => invite(await draftAgreement(owner, [childId]), owner),
    tokenOf: (who) => sessions[who]?.accessToken,
  };
}
