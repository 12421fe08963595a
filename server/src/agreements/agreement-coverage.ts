import type { Connection } from 'mongoose';
import { activeAgreementStatuses, isLeftBehind, maskResidentId, toIsoDate, type AgreementCoverage, type ChildFacts } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { regionRef } from '../children/child-view';
import { loadParameterSet } from '../parameters/load-parameter-set';
import { agreementModel } from './agreement-model';
import { withSignatures } from './load-agreement';
import { escapeRegex } from './list-agreements';

/**
 * The left-behind children of the villages in scope, with and without an active agreement (issue 4 §5;
 * target 100%, 001 §5). There is no register of left-behind children yet, so the platform looks at the children it
 * has been told about: living in the village (residence village, else hukou village) and either named in an
 * agreement (each parent an agreement lists works away) or with an application whose facts record a parent working
 * away (外出务工). Of those, a child is listed unless the shared rule `isLeftBehind` says no with what is known (the
 * latest application's facts, then the agreement's parents, and the birth date): a child whose other parent stays
 * home, who has turned 16 or lives in a town household needs no agreement (000 第四章第三节). Covered = named in a
 * signed or filed agreement whose period includes today.
 */
export async function agreementCoverage(db: Connection, principal: Principal, now = new Date()): Promise<AgreementCoverage> {
  const scope = principal.regionScope ?? '\u0000';
  const inScope = { $regex: `^${escapeRegex(scope)}` };
  const today = toIsoDate(now);
  const [children, agreements] = await Promise.all([
    childModel(db).find({ $or: [{ residenceRegion: inScope }, { residenceRegion: null, hukouRegion: inScope }] }).lean(),
    agreementModel(db).find({ villageCode: inScope }).lean(),
  ]);
  const [applications, params] = await Promise.all([
    applicationModel(db).find({ childId: { $in: children.map((child) => child._id) } }, { childId: 1, facts: 1, updatedAt: 1 }).lean(),
    loadParameterSet(db),
  ]);
  const latestFacts = new Map<string, ChildFacts>();
  for (const app of applications.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())) latestFacts.set(String(app.childId), app.facts ?? {});
  const loaded = await Promise.all(agreements.map((doc) => withSignatures(db, doc)));
  const awayInAgreement = new Map<string, ChildFacts>();
  for (const item of loaded) {
    for (const child of item.doc.children) {
      const away = awayInAgreement.get(child.childId) ?? {};
      for (const parent of item.doc.parents) if (parent.role === 'father' || parent.role === 'mother') away[parent.role] = 'workingAway';
      awayInAgreement.set(child.childId, away);
    }
  }
  const leftBehind = children.filter((child) => {
    const told = latestFacts.get(String(child._id));
    const named = awayInAgreement.get(child._id);
    const surfaced = !!named || told?.father === 'workingAway' || told?.mother === 'workingAway';
    const facts: ChildFacts = { ...named, ...told, birthDate: child.birthDate };
    return surfaced && isLeftBehind(facts, today, child.residenceRegion ?? child.hukouRegion, params).holds !== false;
  });
  const active = loaded.filter(
    (item) => activeAgreementStatuses.includes(item.status) && item.doc.period.start <= today && today <= item.doc.period.end,
  );

  const rows = leftBehind
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
