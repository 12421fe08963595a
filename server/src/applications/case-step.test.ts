import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { applicationModel } from './application-model';
import { applyStep, commitStep, loadCase, type Step } from './case-step';
import { caseStepModel } from './case-step-model';

const county = seededCountySuite();
let family: string;
beforeAll(async () => {
  family = await signInFamily(county.server, '13900000031');
}, 120_000);

const step = (from: Step['from'], to: Step['to'], event: string): Step => ({ event, actor: null, from, to, stage: null, now: new Date() });

describe('writing a claimed step onto its case', () => {
  it('a writer coming back after a later step is on the case changes nothing; the same step written twice gives one result', async () => {
    const { applicationId, response } = await submitApplication(county.server, family);
    expect(response.status).toBe(200);
    const db = county.server.deps.db;
    const submitted = (await loadCase(db, applicationId))!;
    expect(submitted).toMatchObject({ historyCount: 1, appliedSteps: { 1: 1, 2: { next: true } } });

    const rejected = (await commitStep(db, submitted, step('villageVerification', 'rejected', 'reject')))!;
    const claimed = (await caseStepModel(db).findById(`${applicationId}:2`).lean())!;
    // A reader rolling the same step forward writes what its writer wrote.
    expect(await applyStep(db, submitted, claimed)).toMatchObject({ status: 'rejected', historyCount: 2, version: rejected.version });

    const later = (await commitStep(db, rejected, step('rejected', 'returned', 'probe')))!;
    expect(later).toMatchObject({ status: 'returned', historyCount: 3 });
    // The writer of step 2, late: refused as a whole, the case keeps step 3.
    const late = await applyStep(db, submitted, claimed);
    expect(late).toMatchObject({ status: 'returned', historyCount: 3, version: later.version });
    const stored = (await applicationModel(db).findById(applicationId).lean())!;
    expect(stored).toMatchObject({ status: 'returned', historyCount: 3, appliedSteps: { 1: 1, 2: 1, 3: 1, 4: { next: true } } });
    expect(stored.history.map((entry) => entry.event)).toEqual(['submitted', 'reject', 'probe']);
  });
});
