import { randomUUID } from 'node:crypto';
import { addDays, toIsoDate } from '@ccs/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreeToChildPrivacy, residentIdFor, signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { loggedSmsCode } from '../../test-support/logged-sms-code';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens.family = await signInFamily(county.server, '13900000001');
  tokens.director = await signInStaff(county.server, 'director01');
  await agreeToChildPrivacy(county.server, tokens.family);
}, 120_000);

const child = (change: Record<string, unknown>) => ({
  name: '王小明',
  residentId: residentIdFor('2016-01-10', '987'),
  hukouRegion: '520123103201',
  residenceRegion: null,
  relation: 'mother',
  ...change,
});
const saveChild = (body: unknown) => county.api.put(`/api/children/${randomUUID()}`, body, tokens.family);
const childNames = async () => ((await county.api.get('/api/children', tokens.family)).body.children as { name: string }[]).map((c) => c.name);

describe('a resident ID whose birth date cannot be', () => {
  it.each([
    ['born tomorrow', () => residentIdFor(addDays(toIsoDate(new Date()), 1)), '身份证号码中的出生日期在今天以后，请核对'],
    ['born on 30 February', () => '520123201002301234', '身份证号码中的出生日期不对，请核对'],
    ['born in month 13', () => '520123201013011234', '身份证号码中的出生日期不对，请核对'],
  ])('%s is refused with a message on the field, and nothing is stored', async (_what, residentId, message) => {
    const res = await saveChild(child({ name: '未来', residentId: residentId() }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { 'body.residentId': message } });
    expect(await childNames()).not.toContain('未来');
  });

  it('a child born today is taken', async () => {
    const res = await saveChild(child({ name: '今天出生', residentId: residentIdFor(toIsoDate(new Date()), '321') }));
    expect(res.status).toBe(201);
  });
});

describe('names and free text with hidden characters', () => {
  it.each([
    ['a NUL', '王\u0000小明'],
    ['a right-to-left override', '\u202E明小王'],
    ['a zero-width space', '王\u200B小明'],
    ['a byte-order mark', '王\uFEFF小明'],
  ])("a child's name with %s is refused on the field, and nothing is stored", async (_what, name) => {
    const res = await saveChild(child({ name }));
    expect(res.status).toBe(400);
    expect(res.body.fields['body.name']).toBe('请不要输入看不见的控制字符或排版符号，请删掉后重新输入');
    expect((await childNames()).some((stored) => stored.includes('小明') && stored !== '王小明')).toBe(false);
  });
});

describe('Cache-Control', () => {
  it('every answer that can carry personal data is no-store: children, the account, sessions, staff queues, errors', async () => {
    await county.api.post('/api/auth/sms-codes', { phone: '13900000003' });
    const answers = await Promise.all([
      county.api.get('/api/children', tokens.family),
      county.api.get('/api/me', tokens.family),
      county.api.post('/api/auth/sms-login', { phone: '13900000003', code: loggedSmsCode(county.server, '13900000003') }),
      county.api.get('/api/staff/cases', tokens.director),
      county.api.get(`/api/applications/${'0'.repeat(24)}`, tokens.family),
      county.api.get('/api/consent/child-privacy', tokens.family),
      county.api.get('/api/no-such-route'),
    ]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 404, 200, 404]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('public reference data the same for everyone is left cacheable: health, regions, figures, services, places, openapi', async () => {
    const answers = await Promise.all([
      county.api.get('/api/health'),
      county.api.get('/api/regions/520123'),
      county.api.get('/api/regions/520123/children'),
      county.api.get('/api/services?region=520123103201'),
      county.api.get('/api/openapi.json'),
    ]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBeNull();
  });
});
