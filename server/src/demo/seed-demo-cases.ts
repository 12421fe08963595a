import type { ChildFacts, ProgrammeId } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel } from '../auth/account-model';
import { findOrCreateAccount } from '../auth/find-or-create-account';
import { saveChild } from '../children/save-child';
import { findRegion } from '../regions/find-region';
import { activeKeyOf, applicationModel } from '../applications/application-model';
import { startDraft } from '../applications/start-draft';
import { submitApplication } from '../applications/submit-application';
import { transitionCase } from '../applications/transition-case';
import demo from './demo-county.json';

interface DemoCase {
  family: string;
  childId: string;
  name: string;
  /** The grandparent who applied, named on the staff case page. */
  guardianName: string;
  residentId: string;
  hukouRegion: string;
  residenceRegion: string | null;
  programme: ProgrammeId;
  facts: ChildFacts;
  /** Usernames of the staff who have already acted (verify), in order. */
  verifiedBy?: string;
}

/**
 * Cases already in the queues when a newcomer first starts the product: one at a village director, one
 * verified and waiting at the township, one a migrant family's, received by the residence township for a
 * hand-over to the hukou place. Added through the services, once; running it again changes nothing.
 */
export async function seedDemoCases(deps: AppDeps): Promise<void> {
  for (const demoCase of demo.cases as DemoCase[]) {
    const family = await findOrCreateAccount(deps, 'phone', demoCase.family, demoCase.family);
    const familyId = family._id.toHexString();
    const { childId, name, guardianName, residentId, hukouRegion, residenceRegion, programme, facts } = demoCase;
    // Tests load one county's regions only; the migrant family's hukou place is then absent.
    if (!(await findRegion(deps.db, hukouRegion))) {
      deps.logger.warn({ childId, hukouRegion }, 'demo case skipped: its hukou region is not loaded');
      continue;
    }
    await saveChild(deps, familyId, childId, { name, residentId, hukouRegion, residenceRegion, relation: 'grandparent', guardianName });
    if (await applicationModel(deps.db).exists({ activeKey: activeKeyOf(deps.db, childId, programme) })) continue;
    const { draft } = await startDraft(deps, familyId, { childId, programme, facts });
    const submitted = await submitApplication(deps, familyId, draft._id.toHexString(), `demo-${childId}`);
    if (!demoCase.verifiedBy) continue;
    const identity = await identityModel(deps.db).findOne({ kind: 'username', value: demoCase.verifiedBy }).lean();
    const staff = await accountModel(deps.db).findById(identity!.accountId).lean();
    const principal = { accountId: staff!._id.toHexString(), roles: staff!.roles, regionScope: staff!.regionScope ?? null };
    await transitionCase(deps, principal, submitted._id.toHexString(), {
      action: 'verify', expectedVersion: submitted.version, notes: '入户走访：孩子由祖母照料，父母情况与申请一致。',
    }, `demo-verify-${childId}`);
  }
}
