import type { ChildFile } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedAccess } from '../audit/refused-access';
import type { Principal } from '../http/app-state';
import { applicationModel } from '../applications/application-model';
import { toCaseSummary } from '../applications/case-views';
import { screenedProgramme, sensitiveScreen } from '../applications/sensitive-screen';
import { canSeeCase, canSeeChild } from '../applications/staff-access';
import { programmeOf } from '../applications/application-view';
import { childModel } from './child-model';
import { toChild } from './child-view';

/**
 * 一人一档 (001 二（二）8; 000 一人一档): the child, every application staff in this chain may see, the
 * benefits granted with their amounts and dates, and the verification visits with what was seen.
 */
export async function childFile(deps: AppDeps, principal: Principal, childId: string): Promise<ChildFile> {
  const child = await childModel(deps.db).findById(childId).lean();
  if (!child) throw new AppError('NOT_FOUND');
  const regions = [child.hukouRegion, ...(child.residenceRegion ? [child.residenceRegion] : [])];
  if (!canSeeChild(principal, regions)) throw refusedAccess({ kind: 'child', id: childId, regionCodes: regions, childIds: [childId] }, 'child outside the caller’s region');
  const docs = (await applicationModel(deps.db).find({ childId, status: { $ne: 'draft' } }).sort({ submittedAt: -1 }).lean()).filter(
    (doc) => canSeeCase(principal, doc),
  );
  return {
    child: { ...(await toChild(deps.db, child)), residentId: child.residentId },
    applications: await Promise.all(
      docs.map(async (doc) => ({ ...(await toCaseSummary(deps.db, doc, child.name, sensitiveScreen(principal, doc))), grant: doc.grant })),
    ),
    grants: docs.flatMap((doc) =>
      doc.grant
        ? [{ ...doc.grant, applicationId: doc._id.toHexString(), programmeName: screenedProgramme(sensitiveScreen(principal, doc), doc.programme, programmeOf(doc.programme).name).programmeName }]
        : [],
    ),
    visits: docs.flatMap((doc) =>
      doc.history
        .filter((entry) => entry.event === 'verify')
        .map((entry) => ({ applicationId: doc._id.toHexString(), at: entry.at.toISOString(), by: entry.actor?.name ?? null, notes: entry.notes ?? '' })),
    ),
  };
}
