import { randomUUID } from 'node:crypto';
import { ObjectId, type Db, type Document } from 'mongodb';

/** A collection whose `_id` is a string the app makes (regions, children, case steps, counters). */
type Keyed = { _id: string } & Document;
import { CONSENT_VERSION, toIsoDate, type Role } from '@ccs/shared';
import { appliedStepGuard } from '../../server/src/applications/case-step';
import { caseQueueQuery } from '../../server/src/applications/list-case-queue';
import type { FerretdbTables } from '../../server/src/db/ferretdb-tables';
import { postHolderQuery } from '../../server/src/applications/stage-holder';
import { latestVersionQuery } from '../../server/src/services/load-service-list';
import { versionId } from '../../server/src/services/service-list-model';
import { listCodesFor } from '../../server/src/services/service-list-rules';
import type { BenchData } from './seed-bench-county';

/** One request as the load generator sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A scenario: the HTTP request the app sends (a fresh one each time, `null` once a write has used up its
 * cases), and its floor, the fewest raw driver operations that answer the same question, run the same way.
 */
export interface Scenario {
  name: string;
  title: string;
  /** Measured again at the smaller scale to see how its cost grows with the data. */
  growth: boolean;
  /** Writes use each seeded case once, so they run a fixed number of requests rather than for a time. */
  limit?: number;
  nextRequest(): BenchRequest | null;
  nextFloor(db: Db): (() => Promise<unknown>) | null;
}

/** Words, pinyin and initials, and the larger matching: a homophone, traditional characters, a whole question, a kind of place (issue 21). */
export const SEARCH_WORDS = ['上学', 'dibao', 'db', '低保', '疫苗', '康复', '孤儿', 'canji', '医报', '兒童之家', '孩子在这边看病怎么报销', 'yi bao', '救助站', '交不起学费'];


const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };

/** The latest list version of each level as the floor last saw it. */
const latestSeen = new Map<string, number>();

/**
 * Whether each level has a newer list than the latest seen, by `_id` (the first time, the latest by query): what a
 * services page must read. Region names and published versions come from the process's caches (`cachedRegion`,
 * `latestVersionNumber`, `loadVersion`), so they are not part of it.
 */
async function servicesFloor(db: Db, village: string) {
  const versions = db.collection<Keyed>('service_list_versions');
  await Promise.all(
    listCodesFor(village).map(async (code) => {
      if (!latestSeen.has(code)) {
        const { filter, sort } = latestVersionQuery(code);
        const [latest] = await versions.find(filter, { projection: { version: 1 } }).sort(sort).limit(1).toArray();
        latestSeen.set(code, (latest?.version as number | undefined) ?? 0);
      }
      await versions.findOne({ _id: versionId(code, latestSeen.get(code)! + 1) }, { projection: { _id: 1 } });
    }),
  );
}

/**
 * A staff request's account check, one page of the queue, its total and the children's names, as `findPage` and
 * `findByIds` read them: with FerretDB's PostgreSQL (`tables`) in SQL, else through the driver.
 */
async function queueFloor(db: Db, tables: FerretdbTables | undefined, accountToken: { accountId: string }, regionScope: string, role: Role, page: number) {
  await db.collection('accounts').findOne({ _id: new ObjectId(accountToken.accountId) }, { projection: { disabledAt: 1 } });
  const { filter, sort } = caseQueueQuery({ regionScope, roles: [role] });
  const skip = (page - 1) * 20;
  if (tables) {
    const [docs] = await Promise.all([tables.page(db.databaseName, 'applications', filter, sort, skip, 20), tables.count(db.databaseName, 'applications', filter, sort)]);
    await tables.byIds(db.databaseName, 'children', [...new Set(docs.map((doc) => doc.childId as string))]);
    return;
  }
  const applications = db.collection('applications');
  const [docs] = await Promise.all([applications.find(filter).sort(sort).skip(skip).limit(20).toArray(), applications.countDocuments(filter)]);
  await db.collection<Keyed>('children').find({ _id: { $in: [...new Set(docs.map((doc) => doc.childId as string))] } }, { projection: { name: 1 } }).toArray();
}

/** The subject of a signed access token, without verifying it (the bench signed it). */
const accountOf = (token: string) => ({ accountId: JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string });

/** Claims a case's next step and writes it on: what `commitStep` must do at the least. */
async function commitFloor(db: Db, id: string, seq: number, set: Document) {
  const _id = new ObjectId(id);
  await db.collection<Keyed>('case_steps').insertOne({ _id: `${id}:${seq}`, applicationId: _id, seq, entry: set, set, bumpsVersion: true, relayed: false, createdAt: new Date() });
  await db.collection('applications').findOneAndUpdate({ _id }, { $set: { ...set, historyCount: seq, ...appliedStepGuard(seq) } }, { returnDocument: 'after' });
}

/** `tables`: FerretDB's PostgreSQL when the API reads queue pages there (`POSTGRESQL_URL`), so the floor does too. */
export function benchScenarios(data: BenchData, tables?: FerretdbTables): Scenario[] {
  const village = (i: number) => data.villages[i % data.villages.length]!;
  const countyPages = Math.max(1, Math.ceil(data.counts.countyQueue! / 20));
  const directorScope = data.villages[0]!;
  let i = 0;
  let f = 0;
  const half = <T>(list: T[]) => [list.slice(0, Math.ceil(list.length / 2)), list.slice(Math.ceil(list.length / 2))] as const;
  const [apiDrafts, floorDrafts] = half(data.drafts);
  const [apiCases, floorCases] = half(data.verifiable);
  return [
    {
      name: 'entitlement',
      title: 'entitlement check (a village’s services)',
      growth: true,
      nextRequest: () => ({ method: 'GET', path: `/api/services?region=${village((i += 1))}` }),
      nextFloor: (db) => () => servicesFloor(db, village((f += 1))),
    },
    {
      name: 'submit',
      title: 'submit application',
      growth: false,
      limit: apiDrafts.length,
      nextRequest: () => {
        const draft = apiDrafts.pop();
        if (!draft) return null;
        return {
          method: 'POST',
          path: `/api/applications/${draft.id}/submit`,
          headers: { ...bearer(draft.token), ...json, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ consent: { version: CONSENT_VERSION, agreed: true } }),
        };
      },
      nextFloor: (db) => {
        const draft = floorDrafts.pop();
        if (!draft) return null;
        return async () => {
          await db.collection('applications').findOne({ _id: new ObjectId(draft.id) });
          const child = await db.collection<Keyed>('children').findOne({ _id: draft.childId });
          const post = postHolderQuery('childDirector', child!.hukouRegion);
          await db.collection('accounts').findOne(post.filter, { sort: post.sort });
          await db.collection<Keyed>('counters').findOneAndUpdate({ _id: `application:floor:${toIsoDate(new Date()).slice(0, 4)}` }, { $inc: { seq: 1 } }, { upsert: true });
          await commitFloor(db, draft.id, 1, { status: 'villageVerification', submittedAt: new Date() });
        };
      },
    },
    {
      name: 'directorQueue',
      title: `director’s queue (${data.counts.directorQueue} cases)`,
      growth: true,
      nextRequest: () => ({ method: 'GET', path: '/api/staff/cases?page=1&pageSize=20', headers: bearer(data.directorToken) }),
      nextFloor: (db) => () => queueFloor(db, tables, accountOf(data.directorToken), directorScope, 'childDirector', 1),
    },
    {
      name: 'countyQueue',
      title: `county officer’s queue (${data.counts.countyQueue} cases, paged)`,
      growth: true,
      nextRequest: () => ({ method: 'GET', path: `/api/staff/cases?page=${((i += 7) % countyPages) + 1}&pageSize=20`, headers: bearer(data.countyToken) }),
      nextFloor: (db) => () => queueFloor(db, tables, accountOf(data.countyToken), data.villages[0]!.slice(0, 6), 'countyOfficer', ((f += 7) % countyPages) + 1),
    },
    {
      name: 'transition',
      title: 'case transition (village verifies)',
      growth: false,
      limit: apiCases.length,
      nextRequest: () => {
        const item = apiCases.pop();
        if (!item) return null;
        return {
          method: 'POST',
          path: `/api/staff/cases/${item.id}/transitions`,
          headers: { ...bearer(item.token), ...json, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ action: 'verify', expectedVersion: item.version, notes: '已入户核实，孩子由祖母照顾，情况属实' }),
        };
      },
      nextFloor: (db) => {
        const item = floorCases.pop();
        if (!item) return null;
        return async () => {
          await db.collection('accounts').findOne({ _id: new ObjectId(accountOf(item.token).accountId) }, { projection: { disabledAt: 1 } });
          await db.collection('applications').findOne({ _id: new ObjectId(item.id) });
          const post = postHolderQuery('childSupervisor', item.village.slice(0, 9));
          await db.collection('accounts').findOne(post.filter, { sort: post.sort });
          await commitFloor(db, item.id, item.historyCount + 1, { status: 'townshipReview', version: item.version + 1 });
        };
      },
    },
    {
      name: 'search',
      title: 'service search',
      growth: true,
      nextRequest: () => {
        i += 1;
        return { method: 'GET', path: `/api/services/search?q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length]!)}&region=${village(i)}&limit=10` };
      },
      nextFloor: (db) => () => servicesFloor(db, village((f += 1))),
    },
  ];
}
