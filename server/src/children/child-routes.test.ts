import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreeToChildPrivacy, deFactoFacts, residentIdFor, signInFamily, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let wang: string;
let zhang: string;

beforeAll(async () => {
  [wang, zhang] = await Promise.all([signInFamily(county.server, '13900000011'), signInFamily(county.server, '13900000012')]);
  await Promise.all([agreeToChildPrivacy(county.server, wang), agreeToChildPrivacy(county.server, zhang)]);
}, 120_000);

const child = (residentId: string) => ({ name: '小红', residentId, hukouRegion: '520123103201', relation: 'mother' });
const add = (id: string, residentId: string) => county.api.call('PUT', `/api/children/${id}`, { token: wang, body: child(residentId) });
const remove = (id: string, token = wang) => county.api.call('DELETE', `/api/children/${id}`, { token });
const listed = async (id: string) => (await county.api.get('/api/children', wang)).body.children.some((c: { id: string }) => c.id === id);

describe('a family corrects the children it added', () => {
  it('edits a child without typing the ID number again, which stays as it was', async () => {
    const id = randomUUID();
    await add(id, residentIdFor('2016-05-05', '501'));
    const { residentId: _kept, ...rest } = child('');
    const edited = await county.api.call('PUT', `/api/children/${id}`, { token: wang, body: { ...rest, name: '王小红', relation: 'father' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '王小红', relation: '父亲', birthDate: '2016-05-05' });
  });

  it('a new child without an ID number is refused with the field to fill', async () => {
    const { residentId: _none, ...rest } = child('');
    const sent = await county.api.call('PUT', `/api/children/${randomUUID()}`, { token: wang, body: rest });
    expect(sent.status).toBe(400);
    expect(sent.body.fields['body.residentId']).toContain('身份证号码');
  });

  it('removes a child added by mistake, with its draft; removing it again is fine', async () => {
    const id = randomUUID();
    await add(id, residentIdFor('2017-06-06', '502'));
    const draft = await county.api.post('/api/applications', { childId: id, programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts }, wang);
    expect(draft.status).toBe(201);
    expect((await remove(id)).status).toBe(204);
    expect(await listed(id)).toBe(false);
    expect((await county.api.get(`/api/applications/${draft.body.id}`, wang)).status).toBe(404);
    expect((await remove(id)).status).toBe(204);
  });

  it('another family cannot remove it', async () => {
    const id = randomUUID();
    await add(id, residentIdFor('2017-07-07', '503'));
    expect((await remove(id, zhang)).status).toBe(404);
    expect(await listed(id)).toBe(true);
  });

  it('a submitted application keeps the child: removal and a new ID number are refused, naming the application', async () => {
    const { childId, response } = await submitApplication(county.server, wang, { sequence: '504' });
    const refused = await remove(childId);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CHILD_IN_USE');
    expect(refused.body.message).toContain(`“事实无人抚养儿童基本生活补贴”的申请（编号 ${response.body.reference}，村（居）儿童主任核实中）`);
    expect(await listed(childId)).toBe(true);

    const newId = await county.api.call('PUT', `/api/children/${childId}`, { token: wang, body: { ...child(residentIdFor('2015-06-01', '505')), name: '小明' } });
    expect(newId.body.code).toBe('CHILD_IN_USE');
    const renamed = await county.api.call('PUT', `/api/children/${childId}`, { token: wang, body: { ...child(residentIdFor('2015-06-01', '504')), name: '王小明' } });
    expect(renamed.status).toBe(200);
  });
});
