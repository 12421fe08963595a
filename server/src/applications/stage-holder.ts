import type { Connection } from 'mongoose';
import type { ReviewStatus, Role } from '@ccs/shared';
import { accountModel } from '../auth/account-model';
import type { HolderDoc, RoutingDoc } from './application-model';

/** Who is in a post: its active accounts, the newest first; the benchmark's floor runs the same query. */
export const postHolderQuery = (role: Role, regionCode: string) => ({
  filter: { roles: role, regionScope: regionCode, disabledAt: null },
  sort: { createdAt: -1 } as const,
});

/** The active staff member in a post (a role in a region), if the post is filled. */
async function postHolder(db: Connection, role: Role, regionCode: string): Promise<HolderDoc | null> {
  const { filter, sort } = postHolderQuery(role, regionCode);
  const account = await accountModel(db).findOne(filter, { _id: 1, name: 1 }).sort(sort).lean();
  return account ? { role, regionCode, accountId: account._id, name: account.name ?? null } : null;
}

/** A post with nobody in it yet: the case waits in the post's queue for whoever is appointed. */
const vacantPost = (role: Role, regionCode: string): HolderDoc => ({ role, regionCode, accountId: null, name: null });

/**
 * The village's child director, or the township's supervisor when the village has none
 * (docs/policy.md "How an application travels" step 2). Null when neither post exists in this service.
 */
export async function villagePost(db: Connection, village: string): Promise<HolderDoc | null> {
  return (await postHolder(db, 'childDirector', village)) ?? (await postHolder(db, 'childSupervisor', village.slice(0, 9)));
}

/** Who holds a stage of a routed case: cases are held by post, so a replaced person's work passes on. */
export async function stageHolder(db: Connection, stage: ReviewStatus, routing: RoutingDoc): Promise<HolderDoc> {
  const township = routing.regionCode.slice(0, 9);
  const county = routing.regionCode.slice(0, 6);
  switch (stage) {
    case 'villageVerification':
      return (await villagePost(db, routing.regionCode)) ?? vacantPost('childSupervisor', township);
    case 'townshipReview':
    case 'crossRegionHandover':
    case 'handedOver':
      return (await postHolder(db, 'childSupervisor', township)) ?? vacantPost('childSupervisor', township);
    case 'countyApproval':
      return (await postHolder(db, 'countyOfficer', county)) ?? vacantPost('countyOfficer', county);
  }
}
