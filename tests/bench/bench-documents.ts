import { randomUUID } from 'node:crypto';
import { Types, type Connection } from 'mongoose';
import {
  CONSENT_VERSION,
  createWorkingDayCalendar,
  currentAgreementTemplate,
  residentIdCheckCharacter,
  stageDueDate,
  toIsoDate,
  type ChildFacts,
  type ParameterSet,
  type ReviewStatus,
} from '@ccs/shared';
import type { ApplicationDoc, HistoryDoc, HolderDoc } from '../../server/src/applications/application-model';
import { activeKeyOf, postKeyOf } from '../../server/src/applications/application-model';
import type { CaseStepDoc } from '../../server/src/applications/case-step-model';
import type { ChildDoc } from '../../server/src/children/child-model';
import type { AgreementDoc } from '../../server/src/agreements/agreement-model';
import { agreementContentHash } from '../../server/src/agreements/agreement-content-hash';

/**
 * The documents the benchmark seeds, in the shapes the services write them (`start-draft.ts`,
 * `submit-application.ts` with `case-step.ts`, `save-agreement-draft.ts`), made in memory so they can be
 * inserted in bulk. Deterministic by index, so two scales differ only in how many there are.
 */
export const PROGRAMME = 'deFactoUnsupportedAllowance';
const FACTS: ChildFacts = { father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: 'minimumLiving', assistanceMonthly: 500, disability: null };
const DAY = 86_400_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

const nameOf = (index: number, given: string) => `${SURNAMES[index % SURNAMES.length]}${given}`;

/** A valid 18-digit ID (GB 11643): address code, birth date, a 3-digit sequence, the check character. */
function residentIdOf(county: string, birthDate: string, sequence: number): string {
  const first17 = `${county}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A child's birth date spread over 15 years and an ID number no other child of the county has. */
function childIdentity(county: string, index: number, today: Date) {
  const birthDate = toIsoDate(new Date(today.getTime() - (400 + (index % 5_400)) * DAY));
  return { birthDate, residentId: residentIdOf(county, birthDate, Math.floor(index / 5_400)) };
}

export function familyAccount(index: number, now: Date) {
  return {
    _id: new Types.ObjectId(),
    name: nameOf(index, '家长'),
    roles: ['family'],
    regionScope: null,
    phone: `139${String(10_000_000 + index).slice(-8)}`,
    passwordHash: null,
    disabledAt: null,
    successorId: null,
    textSize: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** A child as `saveChild` hands it to the model, whose save hook adds the ID number's lookup hash and seals it. */
export type BenchChild = Omit<ChildDoc, 'residentIdHash'>;

export function childDoc(county: string, index: number, guardianAccountId: Types.ObjectId, village: string, now: Date): BenchChild {
  return {
    _id: randomUUID(),
    guardianAccountId,
    name: nameOf(index, '小明'),
    ...childIdentity(county, index, now),
    sex: index % 2 ? 'male' : 'female',
    hukouRegion: village,
    hukouAddress: null,
    residenceRegion: null,
    relation: 'grandparent',
    guardianName: nameOf(index + 5, '奶奶'),
    createdAt: now,
    updatedAt: now,
  };
}

/** A draft as `startDraft` creates it. */
export function draftDoc(db: Connection, child: BenchChild, now: Date): ApplicationDoc {
  return {
    _id: new Types.ObjectId(),
    reference: null,
    childId: child._id,
    guardianAccountId: child.guardianAccountId,
    programme: PROGRAMME,
    facts: { ...FACTS, birthDate: child.birthDate, hukouRegion: child.hukouRegion },
    documents: [],
    status: 'draft',
    version: 0,
    activeKey: activeKeyOf(db, child._id, PROGRAMME),
    regionCodes: [child.hukouRegion],
    routing: null,
    holder: null,
    holderPost: null,
    dueDate: null,
    dueProvisional: false,
    overdue: false,
    returnedFrom: null,
    returnReason: null,
    grant: null,
    submitIdempotencyKey: null,
    submittedAt: null,
    consent: null,
    history: [],
    historyCount: 0,
    createdAt: now,
    updatedAt: now,
  };
}

export interface Posts {
  village: HolderDoc;
  township: HolderDoc;
  county: HolderDoc;
}

/**
 * A submitted case that has reached `stage`: the steps `submitApplication` and `transitionCase` commit on the
 * way (submitted; verified at the village; forwarded by the township), each with its holder and due date in
 * working days, and the `case_steps` rows that claimed them.
 */
export function submittedCase(
  draft: ApplicationDoc,
  stage: 'villageVerification' | 'townshipReview' | 'countyApproval',
  posts: Posts,
  reference: string,
  submittedAt: Date,
  params: ParameterSet,
): { doc: ApplicationDoc; steps: CaseStepDoc[] } {
  const path: { event: string; from: ApplicationDoc['status']; to: ReviewStatus; holder: HolderDoc; actor: HolderDoc | null }[] = [
    { event: 'submitted', from: 'draft', to: 'villageVerification', holder: posts.village, actor: null },
    { event: 'verify', from: 'villageVerification', to: 'townshipReview', holder: posts.township, actor: posts.village },
    { event: 'forward', from: 'townshipReview', to: 'countyApproval', holder: posts.county, actor: posts.township },
  ];
  const taken = path.slice(0, path.findIndex((step) => step.to === stage) + 1);
  const history: HistoryDoc[] = taken.map((step, index) => {
    const at = new Date(submittedAt.getTime() + index * 3 * DAY);
    return {
      at,
      event: step.event,
      actor: step.actor
        ? { accountId: step.actor.accountId!, role: step.actor.role, name: step.actor.name }
        : { accountId: draft.guardianAccountId, role: 'family', name: null },
      fromStatus: step.from,
      toStatus: step.to,
      reason: null,
      notes: step.event === 'verify' ? '已入户核实，情况属实' : null,
      holder: step.holder,
      dueDate: stageDueDate(PROGRAMME, step.to, step.holder.regionCode, toIsoDate(at), params, createWorkingDayCalendar()).date,
      requestKey: null,
    };
  });
  const last = history.at(-1)!;
  const doc: ApplicationDoc = {
    ...draft,
    reference,
    status: stage,
    version: history.length,
    routing: { regionCode: posts.village.regionCode, place: 'hukou', crossRegion: false, reason: '户籍地受理', source: '000 第五章' },
    holder: last.holder,
    holderPost: postKeyOf(last.holder!),
    dueDate: last.dueDate,
    submitIdempotencyKey: randomUUID(),
    submittedAt,
    consent: { version: CONSENT_VERSION, at: submittedAt },
    history,
    historyCount: history.length,
    updatedAt: last.at,
  };
  const steps = history.map((entry, index): CaseStepDoc => ({
    _id: `${doc._id.toHexString()}:${index + 1}`,
    applicationId: doc._id,
    seq: index + 1,
    entry,
    set: { status: entry.toStatus, holder: entry.holder, holderPost: postKeyOf(entry.holder!), dueDate: entry.dueDate },
    bumpsVersion: true,
    relayed: true,
    createdAt: entry.at,
  }));
  return { doc, steps };
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A distinct 10-character code in the alphabet `save-agreement-draft.ts` draws from (base 32 of the index). */
export const verificationCodeOf = (index: number): string =>
  Array.from({ length: 10 }, (_, digit) => CODE_ALPHABET[Math.floor(index / 32 ** digit) % 32]).join('');

/** A filed care agreement as `saveAgreementDraft` writes it and the director's acknowledgement leaves it. */
export function filedAgreement(child: BenchChild, index: number, filedBy: Types.ObjectId, now: Date): AgreementDoc {
  const { id, version, title, duties } = currentAgreementTemplate;
  const start = toIsoDate(new Date(now.getTime() - (index % 300) * DAY));
  const content = {
    _id: randomUUID(),
    children: [{ childId: child._id, name: child.name, residentId: child.residentId, birthDate: child.birthDate, villageCode: child.hukouRegion }],
    caregiver: {
      name: nameOf(index + 7, '奶奶'),
      residentId: residentIdOf(child.hukouRegion.slice(0, 6), toIsoDate(new Date(now.getTime() - (20_000 + (index % 5_000)) * DAY)), index),
      phone: `137${String(10_000_000 + index).slice(-8)}`,
      relation: 'grandparent',
    },
    caregiverDeclaration: true,
    parents: [{ role: 'father', name: nameOf(index, '建国'), phone: `139${String(10_000_000 + index).slice(-8)}`, workPlace: '广东省东莞市' }],
    emergencyContacts: [{ name: nameOf(index + 3, '叔叔'), phone: `136${String(10_000_000 + index).slice(-8)}`, relation: 'uncle' }],
    period: { start, end: toIsoDate(new Date(Date.parse(start) + 365 * DAY)) },
    template: { id, version, title, duties },
    villageCode: child.hukouRegion,
  };
  return {
    ...content,
    parentAccountId: child.guardianAccountId,
    caregiverAccountId: null,
    status: 'filed',
    sealed: true,
    contentHash: agreementContentHash(content),
    verificationCode: verificationCodeOf(index),
    filedAt: now,
    filedBy,
    version: 1,
    supersedes: null,
    createdAt: now,
    updatedAt: now,
  };
}
