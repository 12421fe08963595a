import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { childPrivacyNoticeOn, toIsoDate } from '@ccs/shared';
import { residentIdFor, signInFamily, signInStaff, startDraft, deFactoFacts } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { draftFor } from '../../test-support/agreement-fixtures';
import { childConsentModel } from './child-consent-model';

const county = seededCountySuite();
const version = childPrivacyNoticeOn(toIsoDate(new Date())).version;
let family: string;
let staff: string;

beforeAll(async () => {
  [family, staff] = await Promise.all([signInFamily(county.server, '13700007001'), signInStaff(county.server, 'director01')]);
}, 120_000);

const give = (token: string, body: Record<string, unknown> = { version, agreed: true, channel: 'h5' }) =>
  county.api.call('POST', '/api/me/consents', { token, body });
const addChild = (token: string, id = randomUUID(), sequence = '701') =>
  county.api.call('PUT', `/api/children/${id}`, {
    token,
    body: { name: '小丽', residentId: residentIdFor('2017-04-04', sequence), hukouRegion: '520123103201', relation: 'mother' },
  });

describe('the child privacy notice and the guardian’s consent', () => {
  it('shows the notice to anyone, with every section the rules ask for and no status when signed out', async () => {
    const res = await county.api.get('/api/consent/child-privacy');
    expect(res.status).toBe(200);
    expect(res.body.status).toBeNull();
    expect(res.body.notice.version).toBe(version);
    expect(res.body.notice.sections.map((s: { heading: string }) => s.heading)).toEqual(
      expect.arrayContaining(['目的', '收集哪些信息', '存在哪里、存多久', '怎样更正或删除', '谁负责', '撤回同意']),
    );
  });

  it('refuses a child, a draft and an agreement before consent, saves the child after it, refuses again once withdrawn', async () => {
    const before = await addChild(family);
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('CONSENT_REQUIRED');
    expect(before.body.message).toContain('儿童个人信息保护说明');
    const draft = await county.api.call('POST', '/api/applications', {
      token: family,
      body: { childId: randomUUID(), programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts },
    });
    expect(draft.body.code).toBe('CONSENT_REQUIRED');
    const agreement = await county.api.call('PUT', `/api/agreements/${randomUUID()}`, { token: family, body: draftFor([randomUUID()]) });
    expect(agreement.body.code).toBe('CONSENT_REQUIRED');

    const given = await give(family);
    expect(given.status).toBe(200);
    expect(given.body.status).toMatchObject({ version, withdrawnAt: null, current: true });
    const childId = randomUUID();
    expect((await addChild(family, childId)).status).toBe(201);
    // 谁负责 comes from data: the county named by the region data, the village's director from the staff accounts.
    const notice = (await county.api.get('/api/consent/child-privacy', family)).body.notice;
    expect(notice.responsible).toEqual([expect.objectContaining({ name: '修文县民政局', childDirector: '王秀英', village: expect.objectContaining({ name: '六广村' }) })]);

    const withdrawn = await county.api.call('POST', '/api/me/consents/withdraw', { token: family });
    expect(withdrawn.body.status).toMatchObject({ current: false, withdrawnAt: expect.any(String) });
    expect((await addChild(family, childId)).body.code).toBe('CONSENT_REQUIRED');

    expect((await give(family)).body.status.current).toBe(true);
    const records = await childConsentModel(county.server.deps.db).find({ version }).lean();
    const mine = records.filter((record) => record._id.endsWith(`:${version}`) && record.events.length === 3);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.events.map((event) => event.event)).toEqual(['given', 'withdrawn', 'given']);
  });

  it('keeps one record when the same version is given twice', async () => {
    const token = await signInFamily(county.server, '13700007002');
    await give(token);
    await give(token);
    const account = (await county.api.get('/api/me', token)).body;
    expect(await childConsentModel(county.server.deps.db).countDocuments({ _id: { $regex: `^${account.id}:` } })).toBe(1);
  });

  it('refuses an outdated version, an unticked box and staff', async () => {
    expect((await give(family, { version: 'child-privacy-2020-01-v0', agreed: true, channel: 'h5' })).body.code).toBe('CONSENT_OUTDATED');
    expect((await give(family, { version, agreed: false, channel: 'h5' })).status).toBe(400);
    expect((await give(staff)).status).toBe(403);
  });

  it('lets a draft’s answers be saved only under consent', async () => {
    const token = await signInFamily(county.server, '13700007003');
    const applicationId = await startDraft(county.server, token);
    await county.api.call('POST', '/api/me/consents/withdraw', { token });
    const facts = await county.api.call('PUT', `/api/applications/${applicationId}/facts`, { token, body: { facts: deFactoFacts } });
    expect(facts.body.code).toBe('CONSENT_REQUIRED');
  });
});
