import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffAccount } from '../auth/create-staff-account';
import { agreeToChildPrivacy, deFactoFacts, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

// Issue 16 §6 and §7: a reach for another region's or family's data reads as "not found", like an id that does not
// exist, and the county learns of it from the audit log (`access.refused`), one entry a minute however many tries.

const county = seededCountySuite();
const tokens: Record<string, string> = {};
let applicationId = '';
let childId = '';

const refusals = (query: string, token = tokens.county) => county.api.get(`/api/audit?action=access.refused&pageSize=100&${query}`, token);
const minuteNow = () => Math.floor(Date.now() / 60_000);
/** What a caller reads: everything but the request's own id. */
const answer = ({ status, body }: { status: number; body: Record<string, unknown> }) => ({ status, code: body.code, message: body.message, fields: body.fields });

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'nanming', password: 'Demo@2026', name: '南明区民政局', roles: ['countyOfficer'], regionScope: '520102' });
  tokens.family = await signInFamily(county.server, '13900000181');
  tokens.otherFamily = await signInFamily(county.server, '13900000182');
  // director02 serves 520123103204, another village of the township the case is routed in (520123103201).
  for (const username of ['county', 'nanming', 'director01', 'director02']) tokens[username] = await signInStaff(county.server, username);
  ({ applicationId, childId } = await submitApplication(county.server, tokens.family));
}, 120_000);

describe('staff reaching outside their region', () => {
  it('get for an existing case the very answer a missing one gets, however often they try; the county sees one entry a minute', async () => {
    const missing = answer(await county.api.get(`/api/staff/cases/${new Types.ObjectId().toHexString()}`, tokens.director02));
    const firstMinute = minuteNow();
    const tries = await Promise.all(Array.from({ length: 9 }, () => county.api.get(`/api/staff/cases/${applicationId}`, tokens.director02)));
    const minutes = minuteNow() - firstMinute + 1;
    expect(missing).toEqual({ status: 404, code: 'NOT_FOUND', message: expect.any(String), fields: undefined });
    for (const res of tries) expect(answer(res)).toEqual(missing);

    const found = await refusals(`targetKind=application&targetId=${applicationId}`);
    expect(found.status).toBe(200);
    expect(found.body.entries).toHaveLength(minutes);
    expect(found.body.entries[0]).toMatchObject({
      action: 'access.refused',
      actionLabel: '越权查看，已拒绝',
      actor: { roles: ['childDirector'], roleNames: ['儿童主任'] },
      target: { kind: 'application', id: applicationId },
      reference: expect.stringMatching(/^520123-/),
      childNames: ['小明'],
      regionCodes: ['520123103201'],
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(found.body.entries[0].actor.name).toBeTruthy();
  });

  it('get 404 for the child file, a case transition and the photos too, each recorded for the child’s county only', async () => {
    const missingChild = answer(await county.api.get(`/api/staff/children/${crypto.randomUUID()}`, tokens.director02));
    expect(answer(await county.api.get(`/api/staff/children/${childId}`, tokens.director02))).toEqual(missingChild);
    const transition = await county.api.post(`/api/staff/cases/${applicationId}/transitions`, { action: 'verify', expectedVersion: 1, notes: '走访' }, tokens.director02);
    expect(transition.status).toBe(404);
    expect(transition.body.code).toBe('NOT_FOUND');
    const photo = await county.api.get(`/api/applications/${applicationId}/documents/${crypto.randomUUID()}`, tokens.director02);
    expect(photo.status).toBe(404);

    const childEntries = (await refusals(`targetKind=child&targetId=${childId}`)).body.entries;
    expect(childEntries).toHaveLength(1);
    expect(childEntries[0]).toMatchObject({ target: { kind: 'child', id: childId }, childNames: ['小明'] });
    // Another county's officer does not read about this county's child.
    expect((await refusals(`targetId=${childId}`, tokens.nanming)).body.entries).toEqual([]);
  });
});

describe('another family and the wrong role', () => {
  it('another family reaching for the application gets 404 and is recorded with who and from where', async () => {
    const missing = answer(await county.api.get(`/api/applications/${new Types.ObjectId().toHexString()}`, tokens.otherFamily));
    expect(answer(await county.api.get(`/api/applications/${applicationId}`, tokens.otherFamily))).toEqual(missing);
    const entries = (await refusals(`targetId=${applicationId}`)).body.entries.filter((entry: { actor: { roles: string[] } }) => entry.actor.roles.includes('family'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: { roleNames: ['家长/监护人'] }, target: { kind: 'application', id: applicationId }, ip: expect.stringMatching(/127\.0\.0\.1/) });
  });

  it('another family reaching for the child, by saving over it or applying for it, gets 404 and is recorded', async () => {
    await agreeToChildPrivacy(county.server, tokens.otherFamily!);
    const body = { name: '小刚', hukouRegion: '520123103201', residenceRegion: null, relation: 'mother' };
    const saved = await county.api.put(`/api/children/${childId}`, body, tokens.otherFamily);
    expect(saved.status).toBe(404);
    expect(saved.body.code).toBe('NOT_FOUND');
    const applied = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts }, tokens.otherFamily);
    expect(applied.status).toBe(404);
    const entries = (await refusals(`targetKind=child&targetId=${childId}`)).body.entries.filter((entry: { actor: { roles: string[] } }) => entry.actor.roles.includes('family'));
    // Two routes, one target: the second try in the same minute is the same entry.
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries.length).toBeLessThanOrEqual(2);
    expect(entries[0]).toMatchObject({ target: { kind: 'child', id: childId }, childNames: ['小明'], regionCodes: ['520123103201'] });
    expect((await county.api.get('/api/children', tokens.family)).body.children.map((child: { name: string }) => child.name)).toEqual(['小明']);
  });

  it('a director calling the county’s audit search gets 403, and the county sees the try under the director’s village', async () => {
    const res = await county.api.get('/api/audit', tokens.director01);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const entries = (await refusals('targetKind=route')).body.entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ target: { kind: 'route', kindLabel: '功能', id: 'GET /api/audit' }, actor: { roles: ['childDirector'] }, regionCodes: ['520123103201'] });
  });
});
