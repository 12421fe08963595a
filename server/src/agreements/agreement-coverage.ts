import type { Connection } from 'mongoose';
import { activeAgreementStatuses, ageOn, maskResidentId, toIsoDate, type AgreementCoverage } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { regionRef } from '../children/child-view';
import { agreementModel } from './agreement-model';
import { withSignatures } from './load-agreement';
import { escapeRegex } from './list-agreements';

/**
 * The left-behind children of the villages in scope, with and without an active agreement (issue 4 §5;
 * target 100%, 001 §5). There is no register of left-behind children yet, so a child counts as left-behind
 * when the platform has been told: the child lives in the village (residence village, else hukou village), is
 * under 16 today, and either is named in an agreement (a parent drafting one says they work away) or has an
 * application whose facts record a parent working away (外出务工). Covered = named in a signed or filed
 * agreement whose period includes today.
 */
export async function agreementCoverage(db: Connection, principal: Principal, now = new Date()): Promise<AgreementCoverage> {
  const scope = principal.regionScope ?? '\u0000';
  const inScope = { $regex: `^${escapeRegex(scope)}` };
  const today = toIsoDate(now);
  const [children, agreements] = await Promise.all([
    childModel(db).find({ $or: [{ residenceRegion: inScope }, { residenceRegion: null, hukouRegion: inScope }] }).lean(),
    agreementModel(db).find({ villageCode: inScope }).lean(),
  ]);
  const minors = children.filter((child) => ageOn(child.birthDate, today) < 16);
  const applications = await applicationModel(db).find({ childId: { $in: minors.map((child) => child._id) } }, { childId: 1, facts: 1 }).lean();
  const awayInApplication = new Set(
    applications.filter((app) => app.facts?.father === 'workingAway' || app.facts?.mother === 'workingAway').map((app) => app.childId),
  );
  const loaded = await Promise.all(agreements.map((doc) => withSignatures(db, doc)));
  const named = new Set(loaded.flatMap((item) => item.doc.children.map((child) => child.childId)));
  const active = loaded.filter(
    (item) => activeAgreementStatuses.includes(item.status) && item.doc.period.start <= today && today <= item.doc.period.end,
  );

  const rows = minors
    .filter((child) => named.has(child._id) || awayInApplication.has(child._id))
    .map((child) => {
      const agreement = active.find((item) => item.doc.children.some((c) => c.childId === child._id))
        ?? loaded.find((item) => item.doc.children.some((c) => c.childId === child._id));
      const covered = !!agreement && active.includes(agreement);
      return {
        childId: child._id,
        name: child.name,
        maskedResidentId: maskResidentId(child.residentId),
        villageCode: child.residenceRegion ?? child.hukouRegion,
        covered,
        agreementId: agreement?.doc._id ?? null,
        status: agreement?.status ?? null,
        periodEnd: agreement?.doc.period.end ?? null,
      };
    })
    .sort((a, b) => Number(a.covered) - Number(b.covered) || a.name.localeCompare(b.name, 'zh'));
  const village = scope.length === 12 ? await regionRef(db, scope) : null;
  return {
    village: village ? { code: village.code, name: village.name } : null,
    total: rows.length,
    covered: rows.filter((row) => row.covered).length,
    children: rows,
  };
}
