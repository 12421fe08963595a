import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { fetchPhoto, jpegBytes, uploadPhoto } from '../../test-support/document-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { notificationModel } from '../notifications/notification-model';
import { relayCaseNotifications } from '../notifications/relay-case-notifications';

// 艾滋病防治条例 art. 39: a child's HIV status is for the county's approving officers and the family only
// (shared/privacy/need-to-know.json); the village and township do their part under a neutral label.
const county = seededCountySuite();
const tokens: Record<string, string> = {};
const hivFacts = { hivInfected: true, father: 'atHome', mother: 'workingAway', birthDate: '2015-06-01' } as const;
const diagnosis = jpegBytes(3000);
let caseId: string;
let diagnosisId: string;
let hukouBookId: string;

/** Words that name the diagnosis or the programme, in Chinese or as the API's ids. */
const naming = /艾滋|HIV|hiv|感染|确诊/;

beforeAll(async () => {
  tokens.family = await signInFamily(county.server, '13900000001');
  for (const who of ['director01', 'supervisor103', 'county', 'admin']) tokens[who] = await signInStaff(county.server, who);
  caseId = await startDraft(county.server, tokens.family, { programme: 'hivChildAllowance', facts: hivFacts });
  diagnosisId = (await uploadPhoto(county.server, tokens.family, { applicationId: caseId, kind: 'hivDiagnosis', bytes: diagnosis })).documentId;
  hukouBookId = (await uploadPhoto(county.server, tokens.family, { applicationId: caseId, kind: 'hukouBook', bytes: jpegBytes() })).documentId;
  await submitDraft(county.server, tokens.family, caseId);
}, 120_000);

const caseAs = (who: string) => county.api.get(`/api/staff/cases/${caseId}`, tokens[who]);
const act = (who: string, body: Record<string, unknown>) => county.api.post(`/api/staff/cases/${caseId}/transitions`, body, tokens[who]);

describe('an HIV allowance case, need-to-know', () => {
  it('reaches the village director under a neutral label, with no diagnosis in the case, the queue or the child file', async () => {
    const seen = await caseAs('director01');
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ programme: null, programmeName: '困境儿童基本生活保障', withheld: true });
    expect(seen.body.facts).not.toHaveProperty('hivInfected');
    expect(seen.body.facts).toMatchObject({ father: 'atHome', mother: 'workingAway' });
    expect(seen.body.documents.map((document: { id: string }) => document.id)).toEqual([hukouBookId]);
    expect(seen.body.evaluation).toMatchObject({ eligible: 'unknown', reasons: [], missingFacts: [] });
    expect(seen.body.actions).toContain('verify');
    expect(JSON.stringify(seen.body)).not.toMatch(naming);

    const queue = await county.api.get('/api/staff/cases?pageSize=100', tokens.director01);
    const row = queue.body.cases.find((item: { id: string }) => item.id === caseId);
    expect(row).toMatchObject({ programme: null, programmeName: '困境儿童基本生活保障', missingDocumentCount: 0 });
    expect(JSON.stringify(queue.body)).not.toMatch(naming);
    // Asking for the programme by name finds nothing, so the filter cannot tell which cases are in it.
    expect((await county.api.get('/api/staff/cases?programme=hivChildAllowance', tokens.director01)).body).toMatchObject({ cases: [], total: 0 });

    const file = await county.api.get(`/api/staff/children/${seen.body.child.id}`, tokens.director01);
    expect(file.status).toBe(200);
    expect(JSON.stringify(file.body)).not.toMatch(naming);
    const looks = await county.api.get(`/api/audit?childId=${seen.body.child.id}&action=child.view`, tokens.county);
    expect(looks.body.entries.map((entry: { needToKnow: boolean }) => entry.needToKnow)).toEqual([true]);
  });

  it('refuses the diagnosis to the director, the supervisor and an administrator as if it were not there, and audits each refusal', async () => {
    const verified = await act('director01', { action: 'verify', expectedVersion: (await caseAs('director01')).body.version, notes: '入户走访，孩子由母亲照料' });
    expect(verified.status).toBe(200);
    for (const who of ['director01', 'supervisor103', 'admin']) {
      const refused = await fetchPhoto(county.server, tokens[who]!, caseId, diagnosisId);
      expect({ who, status: refused.status }).toEqual({ who, status: 404 });
      expect(JSON.parse(refused.bytes.toString()).code).toBe('NOT_FOUND');
    }
    expect((await fetchPhoto(county.server, tokens.director01!, caseId, hukouBookId)).status).toBe(200);
    const supervisorView = await caseAs('supervisor103');
    expect(supervisorView.body).toMatchObject({ programme: null, programmeName: '困境儿童基本生活保障', withheld: true });
    expect(JSON.stringify(supervisorView.body)).not.toMatch(naming);

    const log = await county.api.get(`/api/audit?targetId=${diagnosisId}&pageSize=100`, tokens.county);
    const refusals = log.body.entries.filter((entry: { action: string }) => entry.action === 'document.withheld');
    expect(refusals.map((entry: { actor: { roles: string[] } }) => entry.actor.roles[0]).sort()).toEqual(['admin', 'childDirector', 'childSupervisor']);
    expect(refusals.every((entry: { needToKnow: boolean }) => entry.needToKnow)).toBe(true);
  });

  it('shows the county officer everything, and audits every staff view of the case as need-to-know', async () => {
    const seen = await caseAs('county');
    expect(seen.body).toMatchObject({ programme: 'hivChildAllowance', programmeName: '艾滋病病毒感染儿童基本生活补贴', withheld: false, facts: { hivInfected: true } });
    expect(seen.body.documents.map((document: { kind: string }) => document.kind)).toContain('hivDiagnosis');
    expect(seen.body.evaluation.reasons.map((reason: { text: string }) => reason.text)).toContain('孩子是艾滋病病毒感染儿童');
    expect((await fetchPhoto(county.server, tokens.county!, caseId, diagnosisId)).bytes.equals(diagnosis)).toBe(true);

    const log = await county.api.get(`/api/audit?targetId=${caseId}&action=case.view&pageSize=100`, tokens.county);
    expect(log.body.entries.length).toBeGreaterThanOrEqual(3);
    expect(log.body.entries.every((entry: { needToKnow: boolean }) => entry.needToKnow)).toBe(true);
  });

  it('tells the family, in the app, what it applied for; its messages use the neutral label', async () => {
    const own = await county.api.get(`/api/applications/${caseId}`, tokens.family);
    expect(own.body).toMatchObject({ programme: 'hivChildAllowance', programmeName: '艾滋病病毒感染儿童基本生活补贴', facts: { hivInfected: true } });
    expect((await fetchPhoto(county.server, tokens.family!, caseId, diagnosisId)).bytes.equals(diagnosis)).toBe(true);

    await relayCaseNotifications(county.server.deps);
    const texts = (await notificationModel(county.server.deps.db).find({ applicationId: caseId }).lean()).map((message) => message.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('困境儿童基本生活保障');
      expect(text).not.toMatch(naming);
    }
  });
});
