import { beforeAll, describe, expect, it } from 'vitest';
import { isLeftBehind, type ChildFacts } from '@ccs/shared';
import { signInFamily, signInStaff, startDraft } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { loadParameterSet } from '../parameters/load-parameter-set';

const county = seededCountySuite();
let family: string;
let director: string;

beforeAll(async () => {
  family = await signInFamily(county.server, '13900000031');
  director = await signInStaff(county.server, 'director01');
}, 120_000);

const village = '520123103201';
const birthDate = '2016-03-01';
const cases: { name: string; facts: ChildFacts; listed: boolean }[] = [
  { name: 'both parents working away', facts: { father: 'workingAway', mother: 'workingAway', household: 'rural' }, listed: true },
  { name: 'father away, mother at home caring for the child', facts: { father: 'workingAway', mother: 'atHome', household: 'rural' }, listed: false },
  { name: 'father away, mother in prison', facts: { father: 'workingAway', mother: 'imprisoned', household: 'rural' }, listed: true },
  { name: 'both away but a town household', facts: { father: 'workingAway', mother: 'workingAway', household: 'urban' }, listed: false },
];

describe('the county’s agreement-coverage list follows the shared left-behind rule (000 第四章第三节)', () => {
  it.each(cases)('$name: listed $listed, as isLeftBehind says', async ({ facts, listed }) => {
    const draftId = await startDraft(county.server, family, { programme: 'specialHardshipGrant', facts, birthDate, hukouRegion: village });
    const draft = await county.api.get(`/api/applications/${draftId}`, family);
    const childId = draft.body.child.id as string;

    const rule = isLeftBehind({ ...facts, birthDate }, new Date().toISOString().slice(0, 10), village, await loadParameterSet(county.server.deps.db));
    expect(rule.holds !== false).toBe(listed);
    const coverage = await county.api.get('/api/staff/agreement-coverage', director);
    expect(coverage.status).toBe(200);
    expect(coverage.body.children.some((child: { childId: string }) => child.childId === childId)).toBe(listed);
  });
});
