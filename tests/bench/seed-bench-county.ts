import type { Connection, Model, Types } from 'mongoose';
import { childPrivacyNoticeOn, toIsoDate, type Role } from '@ccs/shared';
import { accountModel, identityModel } from '../../server/src/auth/account-model';
import { signAccessToken } from '../../server/src/auth/access-token';
import { sessionModel } from '../../server/src/auth/session-model';
import { hashPassword } from '../../server/src/auth/password';
import { applicationModel, type ApplicationDoc, type HolderDoc } from '../../server/src/applications/application-model';
import { caseStepModel, type CaseStepDoc } from '../../server/src/applications/case-step-model';
import { childModel } from '../../server/src/children/child-model';
import { agreementModel } from '../../server/src/agreements/agreement-model';
import { agreementKeyModel } from '../../server/src/agreements/agreement-key-model';
import type { Config } from '../../server/src/config';
import { childConsentModel, consentIdOf } from '../../server/src/consent/child-consent-model';
import { attachFieldCipher } from '../../server/src/crypto/attach-field-cipher';
import { configuredFieldCipher } from '../../server/src/crypto/field-keys';
import { loadParameterSet } from '../../server/src/parameters/load-parameter-set';
import { seedParameters } from '../../server/src/parameters/seed-parameters';
import { childRegions } from '../../server/src/regions/find-region';
import { loadRegions } from '../../server/src/regions/load-regions';
import { seedServiceListVersions } from '../../server/src/services/seed-service-lists';
import { childDoc, draftDoc, familyAccount, filedAgreement, submittedCase, verificationCodeOf, type BenchChild, type Posts } from './bench-documents';

/** 花溪区 (Guiyang): 223 villages in the 2023 division data, about the county the issue asks for, and under Guiyang's figures. */
export const BENCH_COUNTY = '520111';
const BATCH = 1_000;

/** What the scenarios need from the seeded data: tokens, the cases each may act on, and what was seeded. */
export interface BenchData {
  villages: string[];
  directorToken: string;
  countyToken: string;
  /** Drafts to submit, each with its family's token; split between the API run and its floor. */
  drafts: { id: string; childId: string; guardianId: string; token: string }[];
  /** Cases at village verification outside the director's village, each with its director's token. */
  verifiable: { id: string; version: number; historyCount: number; village: string; token: string }[];
  counts: Record<string, number>;
  /** Seeding time in ms, per step, and documents per second over the bulk inserts. */
  timings: Record<string, number>;
}

/**
 * Seeds one county at `scale` × (50,000 children, 20,000 applications, 10,000 agreements) with a director in
 * every village, a supervisor in every township and a county officer. Applications: 300 in the first village's
 * queue, 10% (at most 2,000) drafts to submit, 10% (at most 2,000) at village verification elsewhere to act on,
 * the rest waiting for county approval. Everything goes in with unordered bulk writes in batches through the
 * models (`bulkSave`), whose save hooks encrypt the sensitive fields as the services' writes do.
 */
export async function seedBenchCounty(db: Connection, config: Config, scale: number, options: { regionsOnlyWithin?: string } = {}): Promise<BenchData> {
  const now = new Date();
  attachFieldCipher(db, configuredFieldCipher(config));
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings[step] = Math.round(performance.now() - started);
    return result;
  };
  // The whole province by default, as a server loads it: FerretDB's lookups slow down with the table's length.
  const regions = await timed('regions', () => loadRegions(db, { provinces: [BENCH_COUNTY.slice(0, 2)], onlyWithin: options.regionsOnlyWithin }));
  await timed('parametersAndServiceLists', async () => {
    await seedParameters(db);
    await seedServiceListVersions(db);
  });
  const params = await loadParameterSet(db);
  const townships = (await childRegions(db, BENCH_COUNTY)).map((township) => township.code);
  const villages = (await Promise.all(townships.map((code) => childRegions(db, code)))).flat().map((village) => village.code);

  let inserted = 0;
  let insertMs = 0;
  const insert = async <T>(model: Model<T>, docs: readonly unknown[]) => {
    const started = performance.now();
    await model.init();
    for (let start = 0; start < docs.length; start += BATCH) {
      await model.bulkSave(docs.slice(start, start + BATCH).map((doc) => new model(doc)), { ordered: false, timestamps: false });
    }
    inserted += docs.length;
    insertMs += performance.now() - started;
  };
  // One session per account, inserted before the tokens are handed out: every request checks its session.
  const sessions = new Map<string, { _id: string; accountId: Types.ObjectId; startedAt: Date }>();
  const token = (accountId: Types.ObjectId, roles: Role[], regionScope: string | null) => {
    const sessionId = `bench:${accountId.toHexString()}`;
    sessions.set(sessionId, { _id: sessionId, accountId, startedAt: now });
    return signAccessToken(config, { accountId: accountId.toHexString(), roles, regionScope }, sessionId);
  };

  // Staff: argon2 is slow on purpose, so one hash serves every account (nobody signs in with a password here).
  const passwordHash = await hashPassword('Bench@2026');
  const staff = [
    { role: 'countyOfficer' as const, regionCode: BENCH_COUNTY, name: '局长' },
    ...townships.map((code) => ({ role: 'childSupervisor' as const, regionCode: code, name: '督导员' })),
    ...villages.map((code) => ({ role: 'childDirector' as const, regionCode: code, name: '儿童主任' })),
  ].map((post, index) => ({
    ...familyAccount(index, now),
    name: `${post.name}${index}`,
    roles: [post.role],
    regionScope: post.regionCode,
    phone: null,
    passwordHash,
    post,
  }));
  const postOf = new Map(staff.map(({ _id, name, post }): [string, HolderDoc] => [`${post.role}:${post.regionCode}`, { role: post.role, regionCode: post.regionCode, accountId: _id, name }]));
  const holder = (role: Role, regionCode: string) => postOf.get(`${role}:${regionCode}`)!;
  const postsOf = (village: string): Posts => ({
    village: holder('childDirector', village),
    township: holder('childSupervisor', village.slice(0, 9)),
    county: holder('countyOfficer', BENCH_COUNTY),
  });

  const childCount = Math.max(4, Math.round(50_000 * scale));
  const applicationCount = Math.min(childCount, Math.max(4, Math.round(20_000 * scale)));
  const agreementCount = Math.round(10_000 * scale);
  const directorCases = Math.min(300, Math.floor(applicationCount / 2));
  const pool = Math.max(1, Math.min(2_000, Math.floor(applicationCount / 10)));
  const families = Array.from({ length: Math.ceil(childCount / 1.5) }, (_, index) => familyAccount(index, now));
  // The director's village gets the first children, so its queue can hold 300 cases (one per child and programme).
  const children: BenchChild[] = Array.from({ length: childCount }, (_, index) => {
    const village = index < directorCases ? villages[0]! : villages[index % villages.length]!;
    return childDoc(BENCH_COUNTY, index, families[index % families.length]!._id, village, now);
  });

  await timed('accounts', async () => {
    await insert(accountModel(db), [...staff.map(({ post: _post, ...account }) => account), ...families]);
    await insert(identityModel(db), [
      ...staff.map((account, index) => ({ kind: 'username', value: `bench${index}`, accountId: account._id, createdAt: now, updatedAt: now })),
      ...families.map((account) => ({ kind: 'phone', value: account.phone, accountId: account._id, createdAt: now, updatedAt: now })),
    ]);
    // Every family agreed to the privacy notice in force before adding its children (consent/give-child-consent.ts).
    const { version } = childPrivacyNoticeOn(toIsoDate(now));
    const given = { event: 'given', at: now, ip: null, channel: 'h5' };
    await insert(
      childConsentModel(db),
      families.map((account) => ({ _id: consentIdOf(account._id.toHexString(), version), accountId: account._id, version, givenAt: now, withdrawnAt: null, ip: null, channel: 'h5', events: [given] })),
    );
  });
  await timed('children', () => insert(childModel(db), children));

  const applications: ApplicationDoc[] = [];
  const steps: CaseStepDoc[] = [];
  const data: Pick<BenchData, 'drafts' | 'verifiable'> = { drafts: [], verifiable: [] };
  for (let index = 0; index < applicationCount; index += 1) {
    const child = children[index]!;
    const draft = draftDoc(db, child, now);
    const isDraft = index >= directorCases && index < directorCases + pool;
    const stage = index < directorCases || index >= applicationCount - pool ? 'villageVerification' : 'countyApproval';
    if (isDraft) {
      applications.push(draft);
      data.drafts.push({ id: draft._id.toHexString(), childId: child._id, guardianId: child.guardianAccountId.toHexString(), token: token(child.guardianAccountId, ['family'], null) });
      continue;
    }
    const submittedAt = new Date(now.getTime() - ((index % 60) + 1) * 86_400_000);
    const reference = `${BENCH_COUNTY}-${submittedAt.getFullYear()}-${String(index + 1).padStart(6, '0')}`;
    const made = submittedCase(draft, stage, postsOf(child.hukouRegion), reference, submittedAt, params);
    applications.push(made.doc);
    steps.push(...made.steps);
    if (index >= applicationCount - pool && child.hukouRegion !== villages[0]) {
      const director = postsOf(child.hukouRegion).village;
      data.verifiable.push({ id: made.doc._id.toHexString(), version: made.doc.version, historyCount: made.doc.historyCount, village: child.hukouRegion, token: token(director.accountId!, ['childDirector'], director.regionCode) });
    }
  }
  await timed('applications', async () => {
    await insert(applicationModel(db), applications);
    await insert(caseStepModel(db), steps);
    // References are handed out by the counter and taken by a unique insert (next-reference.ts): both as if issued.
    await db.collection('counters').insertOne({ _id: `application:${BENCH_COUNTY}:${now.getFullYear()}` as never, seq: applicationCount });
    const claims = applications.filter((doc) => doc.reference).map((doc) => ({ _id: doc.reference as never, claimedAt: doc.submittedAt }));
    for (let start = 0; start < claims.length; start += BATCH) await db.collection('reference_claims').insertMany(claims.slice(start, start + BATCH), { ordered: false });
  });

  const agreements = Array.from({ length: agreementCount }, (_, index) =>
    filedAgreement(children[(applicationCount + index) % childCount]!, index, holder('childDirector', children[(applicationCount + index) % childCount]!.hukouRegion).accountId!, now),
  );
  await timed('agreements', async () => {
    await insert(agreementModel(db), agreements);
    await insert(agreementKeyModel(db), agreements.map((agreement, index) => ({ _id: `code:${verificationCodeOf(index)}`, agreementId: agreement._id, data: {}, relayed: true, createdAt: now })));
  });
  timings.insertedPerSecond = Math.round(inserted / (insertMs / 1000));

  const county = holder('countyOfficer', BENCH_COUNTY);
  const director = holder('childDirector', villages[0]!);
  const directorToken = token(director.accountId!, ['childDirector'], director.regionCode);
  const countyToken = token(county.accountId!, ['countyOfficer'], BENCH_COUNTY);
  await sessionModel(db).insertMany([...sessions.values()]);
  return {
    villages,
    directorToken,
    countyToken,
    ...data,
    counts: {
      regionsLoaded: Object.values(regions.counts).reduce((sum, count) => sum + count, 0),
      villages: villages.length,
      staff: staff.length,
      families: families.length,
      children: childCount,
      applications: applicationCount,
      caseSteps: steps.length,
      agreements: agreementCount,
      directorQueue: directorCases,
      countyQueue: applications.filter((doc) => doc.status === 'countyApproval').length,
      drafts: data.drafts.length,
      verifiable: data.verifiable.length,
      documents: inserted,
    },
    timings,
  };
}
