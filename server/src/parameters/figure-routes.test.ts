import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessages, toIsoDate, type ChildFacts } from '@ccs/shared';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { figureEntryModel } from './figure-entry-model';

const county = seededCountySuite();
const tokens: Record<string, string> = {};
const RURAL = 'benefits.minimum_living_standard.rural';
const VILLAGE = '520123103201';
const today = toIsoDate(new Date());
/** A pupil of a rural 低保 family: the special hardship grant, 30% of the rural 低保 standard (001 二（三）9). */
const pupil: ChildFacts = { household: 'rural', familyAssistance: 'minimumLiving', assistanceMonthly: 300, schooling: 'compulsory', enrolled: true };
const newStandard = { regionCode: '520123', effectiveFrom: today, value: 700, documentNumber: '修民发〔2026〕18号' };
let grantCase: { applicationId: string; reference: string };
/** The demo county's own open cases, before this file's two. */
let openBefore: number;

const enter = (name: string, body: unknown, key: string, token = tokens.admin) =>
  county.api.call('POST', `/api/staff/figures/${name}/entries`, { token, body, headers: { 'idempotency-key': key } });
const preview = (name: string, body: unknown) => county.api.post(`/api/staff/figures/${name}/preview`, body, tokens.admin);
const figure = async (name: string) => (await county.api.get('/api/staff/figures', tokens.admin)).body.figures.find((f: { name: string }) => f.name === name);

beforeAll(async () => {
  for (const username of ['admin', 'county', 'director01']) tokens[username] = await signInStaff(county.server, username);
  openBefore = (await preview(RURAL, newStandard)).body.open;
  const family = await signInFamily(county.server, '13900000071');
  const submitted = await submitApplication(county.server, family, { programme: 'specialHardshipGrant', facts: pupil });
  grantCase = { applicationId: submitted.applicationId, reference: submitted.response.body.reference };
  await submitApplication(county.server, family); // a de-facto unsupported allowance: no 低保 standard in it
}, 120_000);

describe('who may enter a figure, and what is refused', () => {
  it('the county administrator sees the county-owned 低保 standard as a Guiyang placeholder, and may enter it; not the city’s orphan standard', async () => {
    const rural = await figure(RURAL);
    expect(rural).toMatchObject({ owner: 'county', mayEnter: true, inForce: { regionCode: '5201', value: 600, placeholder: true } });
    expect(rural.history).toEqual([expect.objectContaining({ regionCode: '5201', regionName: '贵阳市', value: 600, enteredBy: null, placeholder: true })]);
    expect(await figure('benefits.orphan_allowance.scattered_amount')).toMatchObject({ owner: 'city', mayEnter: false, inForce: { value: 1200, placeholder: false } });
    expect(await figure('time_limits.village_verification')).toBeUndefined();
    // The county officer approves against the same figures and reads them, but enters none.
    const officer = (await county.api.get('/api/staff/figures', tokens.county)).body.figures.find((f: { name: string }) => f.name === RURAL);
    expect(officer).toMatchObject({ mayEnter: false, inForce: { value: 600, placeholder: true } });
    expect((await county.api.get('/api/staff/figures', tokens.director01)).status).toBe(403);
  });

  it.each([
    ['a figure the city sets', 'benefits.orphan_allowance.scattered_amount', newStandard, 403, 'FIGURE_WRONG_LEVEL'],
    ['a county figure entered for the city', RURAL, { ...newStandard, regionCode: '5201' }, 403, 'FIGURE_WRONG_LEVEL'],
    ['another county (息烽县)', RURAL, { ...newStandard, regionCode: '520122' }, 403, 'FIGURE_OTHER_REGION'],
    ['a time limit of the procedure', 'time_limits.village_verification', { ...newStandard, value: 3 }, 400, 'FIGURE_NOT_ENTERABLE'],
    ['a monthly standard with a digit too many', RURAL, { ...newStandard, value: 70000 }, 400, 'FIGURE_OUT_OF_RANGE'],
    ['a name that is no figure', 'benefits.no_such.amount', newStandard, 404, 'PARAMETER_NOT_FOUND'],
  ])('%s is refused with %s', async (_, name, body, status, code) => {
    for (const res of [await preview(name, body), await enter(name, body, `refused-${code}-${status}`)]) {
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
    }
  });

  it('the refusals say who sets the figure and the sane range', async () => {
    expect((await enter('benefits.orphan_allowance.scattered_amount', newStandard, 'level-message')).body.message).toBe(
      errorMessages.FIGURE_WRONG_LEVEL.replaceAll('{owner}', '市（州）级'),
    );
    expect((await enter(RURAL, { ...newStandard, value: 70000 }, 'range-message')).body.message).toContain('1 到 20000 元/人·月');
  });

  it.each([
    ['a day that does not exist', { ...newStandard, effectiveFrom: '2027-02-30' }, 'body.effectiveFrom'],
    ['a date written another way', { ...newStandard, effectiveFrom: '2027/01/01' }, 'body.effectiveFrom'],
    ['no document number', { ...newStandard, documentNumber: ' ' }, 'body.documentNumber'],
    ['a value that is text', { ...newStandard, value: '700' }, 'body.value'],
  ])('%s is 400 VALIDATION_FAILED on its field', async (_, body, field) => {
    const res = await enter(RURAL, body, 'malformed-1');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields[field]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('only administrators: a county officer or a director is refused, and no key is refused', async () => {
    expect((await enter(RURAL, newStandard, 'officer-1', tokens.county)).status).toBe(403);
    expect((await enter(RURAL, newStandard, 'director-1', tokens.director01)).status).toBe(403);
    const keyless = await county.api.post(`/api/staff/figures/${RURAL}/entries`, newStandard, tokens.admin);
    expect(keyless.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(await figureEntryModel(county.server.deps.db).countDocuments()).toBe(0);
  });
});

describe('a new value, previewed, entered once, read by everyone', () => {
  it('the preview counts the open cases whose amount would change, names them, and says approved grants stay', async () => {
    const res = await preview(RURAL, newStandard);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: RURAL, regionCode: '520123', effectiveFrom: today, value: 700,
      open: openBefore + 2, changed: 1, examples: [{ reference: grantCase.reference, before: '每月 180 元', after: '每月 210 元' }], approvedUnaffected: 0,
    });
    // Another county's preview is refused before any case is read.
    expect((await preview(RURAL, { ...newStandard, regionCode: '520122' })).body.code).toBe('FIGURE_OTHER_REGION');
  });

  it('staff read the placeholder caution on the case until the county enters its own', async () => {
    const before = (await county.api.get(`/api/staff/cases/${grantCase.applicationId}`, tokens.county)).body;
    expect(before.evaluation.amountText).toBe('当地农村低保标准 600 元 × 30% = 每月 180 元。本地标准尚待录入，金额仅供参考');
  });

  it('a repeated submission stores one entry; the value is in force with its document number, who and when', async () => {
    const first = await enter(RURAL, newStandard, 'weak-network-1');
    expect(first.status).toBe(201);
    const again = await enter(RURAL, newStandard, 'weak-network-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await figureEntryModel(county.server.deps.db).countDocuments()).toBe(1);

    const value = (await county.api.get(`/api/parameters/${RURAL}/value?region=${VILLAGE}&date=${today}`)).body;
    expect(value).toMatchObject({ value: 700, regionCode: '520123', effectiveFrom: today, reference: '修民发〔2026〕18号' });
    const rural = await figure(RURAL);
    expect(rural.inForce).toEqual({ regionCode: '520123', effectiveFrom: today, value: 700, placeholder: false });
    expect(rural.history[0]).toMatchObject({ regionCode: '520123', regionName: '修文县', value: 700, basis: '修民发〔2026〕18号', enteredBy: expect.any(String), enteredAt: expect.any(String) });

    const after = (await county.api.get(`/api/staff/cases/${grantCase.applicationId}`, tokens.county)).body;
    expect(after.evaluation.amountText).toBe('当地农村低保标准 700 元 × 30% = 每月 210 元');
    const audit = (await county.api.get('/api/audit?action=figure.enter', tokens.county)).body.entries;
    expect(audit[0]).toMatchObject({ target: { kind: 'figure', id: first.body.id } });
  });

  it('a correction is a new entry: the old one stays in the history, the later one is in force', async () => {
    expect((await enter(RURAL, { ...newStandard, value: 720, documentNumber: '修民发〔2026〕19号' }, 'correction-1')).status).toBe(201);
    const rural = await figure(RURAL);
    expect(rural.inForce.value).toBe(720);
    expect(rural.history.map((entry: { value: number }) => entry.value)).toEqual([720, 700, 600]);
  });

  it('the app’s figure set is cacheable with an ETag, answers 304 unchanged, and carries the new value', async () => {
    const path = `/api/parameters?region=${VILLAGE}`;
    const res = await county.api.get(path);
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    const etag = res.headers.get('etag')!;
    expect(etag).toBe(`"${res.body.version}"`);
    expect(res.body.parameters[RURAL]).toMatchObject({ values: { '5201': { '2022-01-01': 600 }, '520123': { [today]: 720 } }, confirmed: { '520123': [today, today] } });
    // Only the region's own levels: 息烽县's values would be no use to a family in 修文县.
    expect(Object.keys(res.body.parameters['time_limits.village_verification'].values)).toEqual(['52']);
    expect((await county.api.call('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    await enter(RURAL, { ...newStandard, effectiveFrom: '2027-07-01', value: 750 }, 'raise-2027');
    const changed = await county.api.call('GET', path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.body.version).not.toBe(res.body.version);
  });
});
