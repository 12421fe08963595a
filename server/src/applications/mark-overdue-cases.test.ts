import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { applicationModel } from './application-model';
import { markOverdueCases } from './mark-overdue-cases';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens.family = await signInFamily(county.server, '13900000001');
  for (const username of ['director01', 'supervisor103']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

/** Midday in Beijing on the day after an ISO date. */
const dayAfter = (isoDate: string) => new Date(new Date(`${isoDate}T12:00:00+08:00`).getTime() + 24 * 3600_000);
const overdueEntries = async (id: string) =>
  ((await applicationModel(county.server.deps.db).findById(id).lean())!.history).filter((entry) => entry.event === 'overdue');

describe('marking overdue cases', () => {
  it('leaves a case alone on its due date, marks it the day after, once, even with three instances at once', async () => {
    const id = await startDraft(county.server, tokens.family!);
    const submitted = await submitDraft(county.server, tokens.family!, id);
    const dueDate = submitted.dueDate as string;

    expect(await markOverdueCases(county.server.deps, new Date(`${dueDate}T23:59:00+08:00`))).toBe(0);
    expect(await overdueEntries(id)).toEqual([]);

    const now = dayAfter(dueDate);
    // The demo county's own cases may fall due as well: count this case's marks, not the run's.
    await Promise.all([markOverdueCases(county.server.deps, now), markOverdueCases(county.server.deps, now), markOverdueCases(county.server.deps, now)]);
    expect(await markOverdueCases(county.server.deps, now)).toBe(0);

    const entries = await overdueEntries(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: null,
      fromStatus: 'villageVerification',
      toStatus: 'villageVerification',
      reason: '超过办理时限',
      dueDate,
      holder: { role: 'childDirector', regionCode: '520123103201', name: '王秀英' },
    });

    const family = await county.api.get(`/api/applications/${id}`, tokens.family);
    expect(family.body).toMatchObject({ overdue: true, version: submitted.version, status: 'villageVerification' });
    expect(family.body.timeline.at(-1)).toMatchObject({ event: 'overdue', label: '超过办理时限，已提醒上级督办' });
  });

  it('never makes the staff acting on the case stale: the director verifies at the version seen before the mark', async () => {
    const id = await startDraft(county.server, tokens.family!);
    const submitted = await submitDraft(county.server, tokens.family!, id);
    const seen = await county.api.get(`/api/staff/cases/${id}`, tokens.director01);
    await markOverdueCases(county.server.deps, dayAfter(submitted.dueDate));
    expect(await overdueEntries(id)).toHaveLength(1);

    const verified = await county.api.post(
      `/api/staff/cases/${id}/transitions`,
      { action: 'verify', expectedVersion: seen.body.version, notes: '入户走访，情况属实' },
      tokens.director01,
    );
    expect(verified.status).toBe(200);
    // The new stage has a new time limit and is not overdue.
    expect(verified.body).toMatchObject({ status: 'townshipReview', overdue: false });
    expect(verified.body.timeline.map((step: { event: string }) => step.event)).toEqual(['submitted', 'overdue', 'verify']);
  });

  it('marks a case held by the township supervisor too, and ignores cases no longer with staff', async () => {
    const id = await startDraft(county.server, tokens.family!);
    const submitted = await submitDraft(county.server, tokens.family!, id);
    const verified = await county.api.post(
      `/api/staff/cases/${id}/transitions`,
      { action: 'verify', expectedVersion: submitted.version, notes: '已走访' },
      tokens.director01,
    );
    const returnedId = await startDraft(county.server, tokens.family!);
    const returnedCase = await submitDraft(county.server, tokens.family!, returnedId);
    await county.api.post(
      `/api/staff/cases/${returnedId}/transitions`,
      { action: 'return', expectedVersion: returnedCase.version, reason: '请补拍户口簿' },
      tokens.director01,
    );

    await markOverdueCases(county.server.deps, dayAfter(verified.body.dueDate));
    expect(await overdueEntries(id)).toEqual([expect.objectContaining({ holder: expect.objectContaining({ role: 'childSupervisor' }) })]);
    expect(await overdueEntries(returnedId)).toEqual([]);
    const queue = await county.api.get('/api/staff/cases', tokens.supervisor103);
    expect(queue.body.cases.find((row: { id: string }) => row.id === id)).toMatchObject({ overdue: true });
  });
});
