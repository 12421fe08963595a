import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addChild } from '../../test-support/agreement-fixtures';
import { signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let family: string;
let other: string;
let director: string;
let otherVillage: string;
let countyOfficer: string;

beforeAll(async () => {
  [family, other, director, otherVillage, countyOfficer] = await Promise.all([
    signInFamily(county.server, '13700007101'),
    signInFamily(county.server, '13700007102'),
    signInStaff(county.server, 'director01'),
    signInStaff(county.server, 'director02'),
    signInStaff(county.server, 'county'),
  ]);
}, 120_000);

const ask = (token: string, body: Record<string, unknown>) => county.api.call('POST', '/api/me/data-requests', { token, body });
const staffList = async (token: string) => (await county.api.get('/api/staff/data-requests?status=open', token)).body.requests as { id: string }[];

describe('asking to correct or delete a child’s data', () => {
  it('reaches the child’s village director and the county, not another village, and the family reads the outcome', async () => {
    const childId = await addChild(county.server, family);
    const id = randomUUID();
    const asked = await ask(family, { id, kind: 'correct', childId, note: '名字写错了，应该是小丽' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'open', childName: '小明', kindLabel: '更正孩子的信息' });
    expect((await ask(family, { id, kind: 'correct', childId, note: '名字写错了，应该是小丽' })).status).toBe(200);

    expect((await staffList(director)).map((r) => r.id)).toContain(id);
    expect((await staffList(countyOfficer)).map((r) => r.id)).toContain(id);
    expect((await staffList(otherVillage)).map((r) => r.id)).not.toContain(id);
    const outsider = await county.api.post(`/api/staff/data-requests/${id}/close`, { outcome: '已改' }, otherVillage);
    expect(outsider.body.code).toBe('NOT_FOUND');

    const closed = await county.api.post(`/api/staff/data-requests/${id}/close`, { outcome: '已在系统里改为小丽' }, director);
    expect(closed.body).toMatchObject({ status: 'done', outcome: '已在系统里改为小丽' });
    const mine = (await county.api.get('/api/me/data-requests', family)).body.requests;
    expect(mine).toEqual([expect.objectContaining({ id, status: 'done', outcome: '已在系统里改为小丽' })]);
  });

  it('keeps one family’s requests and children from another', async () => {
    const childId = await addChild(county.server, family);
    const id = randomUUID();
    await ask(family, { id, kind: 'correct', childId, note: '' });
    expect((await county.api.get('/api/me/data-requests', other)).body.requests).toEqual([]);
    expect((await ask(other, { id, kind: 'correct', childId, note: '' })).status).toBe(404);
    expect((await ask(other, { id: randomUUID(), kind: 'delete', childId, note: '' })).status).toBe(404);
    expect((await county.api.get('/api/staff/data-requests', family)).status).toBe(403);
  });

  it('deletes at once a child never submitted, even after the consent is withdrawn; a submitted one waits for staff', async () => {
    const token = await signInFamily(county.server, '13700007103');
    const draftOnly = await addChild(county.server, token);
    const { childId: submitted } = await submitApplication(county.server, token);
    await county.api.call('POST', '/api/me/consents/withdraw', { token });

    const gone = await ask(token, { id: randomUUID(), kind: 'delete', childId: draftOnly, note: '' });
    expect(gone.body).toMatchObject({ status: 'done', childName: null });
    const kept = await ask(token, { id: randomUUID(), kind: 'delete', childId: submitted, note: '不办了' });
    expect(kept.body).toMatchObject({ status: 'open' });
    const children = (await county.api.get('/api/children', token)).body.children.map((c: { id: string }) => c.id);
    expect(children).toEqual([submitted]);
  });
});
