import { isSensitiveProgramme, mayKnowSensitive, reviewStatuses, type ApplicationStatus, type CaseQueueSort, type CaseSummary, type ProgrammeId } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../http/app-state';
import { childModel } from '../children/child-model';
import { findByIds } from '../db/find-by-ids';
import { findPage } from '../db/find-page';
import type { TopLevelSort } from '../db/ferretdb-tables';
import { applicationModel, postKeyOf } from './application-model';
import { toCaseSummary } from './case-views';
import { sensitiveScreen } from './sensitive-screen';

export interface QueueQuery {
  status?: ApplicationStatus;
  programme?: ProgrammeId;
  sort?: CaseQueueSort;
  page: number;
  pageSize: number;
}

/**
 * Earliest due first with ties by submission, or the latest submitted first. Each order is one more index (the model's,
 * and a btree on the table in PostgreSQL, `ferretdbTables`), so the queue offers few.
 */
const queueOrders: Record<CaseQueueSort, TopLevelSort> = { due: { dueDate: 1, submittedAt: 1 }, submitted: { submittedAt: -1 } };

/** The filter and order of a post's queue; the benchmark's floor runs the same query through the driver. */
export function caseQueueQuery(post: Pick<Principal, 'regionScope' | 'roles'>, query: Pick<QueueQuery, 'status' | 'programme' | 'sort'> = {}) {
  return {
    filter: {
      // One equality for the usual one-post account, so PostgreSQL returns only that post's cases.
      holderPost: post.roles.length === 1 ? postKeyOf({ role: post.roles[0]!, regionCode: post.regionScope! }) : { $in: post.roles.map((role) => postKeyOf({ role, regionCode: post.regionScope! })) },
      status: query.status ?? { $in: [...reviewStatuses] },
      ...(query.programme ? { programme: query.programme } : {}),
    },
    sort: queueOrders[query.sort ?? 'due'],
  };
}

/**
 * The cases the caller's post holds, earliest due date first, so overdue cases lead (or the latest submitted first).
 * Held by post (role and region), a new director sees the village's cases the day they start.
 */
export async function listCaseQueue(deps: AppDeps, principal: Principal, query: QueueQuery) {
  // Filtering on a programme one may not know would tell which cases are in it.
  if (query.programme && !mayKnowSensitive(principal.roles) && isSensitiveProgramme(query.programme, principal.regionScope ?? '')) {
    return { cases: [], total: 0, page: query.page, pageSize: query.pageSize };
  }
  const { filter, sort } = caseQueueQuery(principal, query);
  const { docs, total } = await findPage(applicationModel(deps.db), filter, sort, (query.page - 1) * query.pageSize, query.pageSize);
  const children = await findByIds(childModel(deps.db), [...new Set(docs.map((doc) => doc.childId))]);
  const names = new Map(children.map((child) => [child._id, child.name] as const));
  const cases: CaseSummary[] = await Promise.all(docs.map((doc) => toCaseSummary(deps.db, doc, names.get(doc.childId) ?? '', sensitiveScreen(principal, doc))));
  return { cases, total, page: query.page, pageSize: query.pageSize };
}
