import { ObjectId, type Db, type Document } from 'mongodb';

type Keyed = { _id: string } & Document;
import { caseQueueQuery } from '../../server/src/applications/list-case-queue';
import type { FerretdbTables } from '../../server/src/db/ferretdb-tables';
import { postHolderQuery } from '../../server/src/applications/stage-holder';
import { latestVersionQuery } from '../../server/src/services/load-service-list';
import { versionId } from '../../server/src/services/service-list-model';
import type { BenchData } from './seed-bench-county';

export interface ExplainedQuery {
  query: string;
  scenarios: string[];
  /** MongoDB: the winning plan's stages (IXSCAN, IDHACK, COLLSCAN…); FerretDB: what it pushed down and SQLite's plan. */
  plan: string;
  /** True when the server's plan reads an index rather than every document (MongoDB IXSCAN, SQLite SEARCH USING INDEX). */
  usesIndex: boolean;
}

/**
 * Asks the database how it runs the hot queries. MongoDB answers with a plan whose stages say index scan or
 * collection scan. FerretDB v1 answers with `filterPushdown`, `sortPushdown` and `limitPushdown` and SQLite's
 * own plan: on SQLite it pushes down only a filter that is exactly `{ _id: <string or ObjectId> }` (v1.24
 * `backends/sqlite/collection.go`), and even that SQLite answers with `SCAN` (no index on `_id` is used), so
 * every query reads its whole table, whatever indexes the models declare.
 */
export async function explainQueries(db: Db, data: BenchData, tables?: FerretdbTables): Promise<ExplainedQuery[]> {
  const village = data.villages[0]!;
  const director = caseQueueQuery({ regionScope: village, roles: ['childDirector'] });
  const county = caseQueueQuery({ regionScope: village.slice(0, 6), roles: ['countyOfficer'] });
  const post = postHolderQuery('childDirector', village);
  const versions = latestVersionQuery(village.slice(0, 2));
  const anyCase = await db.collection('applications').findOne({}, { projection: { _id: 1, childId: 1 } });
  const queries: { query: string; scenarios: string[]; explain: () => Promise<Document> }[] = [
    {
      query: 'applications: a post’s queue page (holderPost, status; due first)',
      scenarios: ['directorQueue', 'countyQueue'],
      explain: () => db.collection('applications').find(director.filter).sort(director.sort).limit(20).explain('queryPlanner'),
    },
    {
      // Without the page's skip: FerretDB's explain refuses the int `skip` the driver sends (it wants a long).
      query: 'applications: the county officer’s queue',
      scenarios: ['countyQueue'],
      explain: () => db.collection('applications').find(county.filter).sort(county.sort).limit(20).explain('queryPlanner'),
    },
    {
      // `findByIds`: `$in` on MongoDB; on FerretDB's PostgreSQL one SQL query on the same `_id` index this reads.
      query: 'children: a page’s children by _id',
      scenarios: ['directorQueue', 'countyQueue'],
      explain: () => db.collection<Keyed>('children').find(tables ? { _id: anyCase!.childId } : { _id: { $in: [anyCase!.childId] } }).explain('queryPlanner'),
    },
    {
      query: 'applications: one case by _id (loadCase)',
      scenarios: ['submit', 'transition'],
      explain: () => db.collection('applications').find({ _id: anyCase!._id }).explain('queryPlanner'),
    },
    {
      query: 'accounts: who holds a post (roles, regionScope; newest)',
      scenarios: ['submit', 'transition'],
      explain: () =>
        db.collection('accounts').find(post.filter).sort(post.sort).limit(1).explain('queryPlanner'),
    },
    {
      query: 'accounts: the staff member’s account check by _id',
      scenarios: ['directorQueue', 'countyQueue', 'transition'],
      explain: () => db.collection('accounts').find({ _id: new ObjectId() }).explain('queryPlanner'),
    },
    {
      query: 'regions: a region by _id',
      scenarios: ['entitlement', 'search', 'directorQueue', 'countyQueue'],
      explain: () => db.collection<Keyed>('regions').find({ _id: village }).explain('queryPlanner'),
    },
    {
      query: 'service_list_versions: is there a version after the latest seen (_id)',
      scenarios: ['entitlement', 'search'],
      explain: () => db.collection<Keyed>('service_list_versions').find({ _id: versionId(village.slice(0, 2), 2) }).explain('queryPlanner'),
    },
    {
      query: 'service_list_versions: latest version of a level, once per process (regionCode; version desc)',
      scenarios: ['entitlement', 'search'],
      explain: () => db.collection('service_list_versions').find(versions.filter).sort(versions.sort).limit(1).explain('queryPlanner'),
    },
  ];
  const explained: ExplainedQuery[] = [];
  for (const { query, scenarios, explain } of queries) explained.push({ query, scenarios, ...readPlan(await explain()) });
  if (tables) {
    // What the API runs on the embedded default (`findPage`): the page and the count in PostgreSQL, not through FerretDB.
    for (const [who, queue] of [['a director', director], ['the county officer', county]] as const) {
      const [plan] = (await tables.explainPage(db.databaseName, 'applications', queue.filter, queue.sort, 20)) as [{ Plan: Document }];
      const nodes = postgresqlNodes(plan.Plan);
      explained.push({
        query: `applications: ${who}’s queue page read in PostgreSQL (findPage: ORDER BY due, submitted LIMIT 20)`,
        scenarios: ['directorQueue', 'countyQueue'],
        plan: `PostgreSQL ${nodes.join(' < ')}`,
        usesIndex: !nodes.some((node) => node.startsWith('Seq Scan')),
      });
    }
  }
  return explained;
}

function readPlan(explained: Document): Pick<ExplainedQuery, 'plan' | 'usesIndex'> {
  if ('filterPushdown' in explained) {
    const flags = ['filter', 'sort', 'limit'].filter((kind) => explained[`${kind}Pushdown`]);
    const pushed = `FerretDB: pushed down ${flags.join(', ') || 'nothing'}`;
    const storagePlan = explained.queryPlanner?.Plan as string[] | Document | undefined;
    if (Array.isArray(storagePlan) || storagePlan === undefined) {
      // SQLite's own plan: `SCAN <table>` reads every row, `SEARCH … USING INDEX` does not.
      const sqlite = (storagePlan ?? []).map((row) => row.replace(/^.*detail=/, '').replace(/_[0-9a-f]{8}\b/, ''));
      return { plan: `${pushed}; SQLite ${sqlite.join('; ') || 'no plan'}`, usesIndex: sqlite.length > 0 && sqlite.every((row) => !row.startsWith('SCAN')) };
    }
    const nodes = postgresqlNodes(storagePlan);
    return { plan: `${pushed}; PostgreSQL ${nodes.join(' < ')}`, usesIndex: !nodes.some((node) => node.startsWith('Seq Scan')) };
  }
  const stages = new Set<string>();
  const walk = (stage: Document | undefined) => {
    if (!stage) return;
    if (typeof stage.stage === 'string') stages.add(stage.stage);
    walk(stage.inputStage);
    for (const input of (stage.inputStages as Document[] | undefined) ?? []) walk(input);
    walk(stage.queryPlan);
  };
  const planner = (explained.queryPlanner ?? explained.stages?.[0]?.$cursor?.queryPlanner) as Document | undefined;
  walk(planner?.winningPlan);
  const list = [...stages];
  return { plan: `MongoDB: ${list.join(' < ') || 'no plan'}`, usesIndex: list.length > 0 && !list.includes('COLLSCAN') };
}

/** PostgreSQL's EXPLAIN (FORMAT JSON): a tree of nodes, named with their index; a `Seq Scan` reads every row of the table. */
function postgresqlNodes(plan: Document): string[] {
  const nodes: string[] = [];
  const walk = (node: Document) => {
    nodes.push(node['Index Name'] ? `${node['Node Type']} ${String(node['Index Name']).replace(/^.*_([0-9a-f]{8}_gin)$/, '$1')}` : node['Node Type']);
    for (const child of (node.Plans as Document[] | undefined) ?? []) walk(child);
  };
  walk(plan);
  return nodes;
}
