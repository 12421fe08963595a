import { randomUUID } from 'node:crypto';
import { addDays, toIsoDate, type AgreementDraft } from '@ccs/shared';
import { httpClient } from './http-client';
import { agreeToChildPrivacy, residentIdFor, signInFamily } from './case-fixtures';
import type { TestServer } from './start-test-server';

/** A small hand-drawn-looking PNG (16×8, grey strokes) as the signature pad sends it. */
export const signaturePng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAAAAADVHSBLAAAAFklEQVR4nGNg+P8fBaHzwRC/EmpoAQBoVVSstTnXWwAAAABJRU5ErkJggg==';

/** The caregiver the tests' parents name: a grandmother born 1960. */
export const grandmother = { name: '王桂兰', residentId: residentIdFor('1960-05-01', '224') };

let nextSequence = 800;

/** The family adds a child over HTTP (in 六广村 unless told) and gets its id. */
export async function addChild(server: TestServer, token: string, options: { birthDate?: string; village?: string; name?: string } = {}): Promise<string> {
  const childId = randomUUID();
  // Taken before the await: children added at once each get their own ID number.
  const sequence = (nextSequence += 1);
  await agreeToChildPrivacy(server, token);
  const res = await httpClient(server.baseUrl).call('PUT', `/api/children/${childId}`, {
    token,
    body: {
      name: options.name ?? '小明',
      residentId: residentIdFor(options.birthDate ?? '2016-01-10', String(sequence)),
      hukouRegion: options.village ?? '520123103201',
      residenceRegion: null,
      relation: 'mother',
      guardianName: '李芳',
    },
  });
  if (res.status >= 300) throw new Error(`add child failed: ${JSON.stringify(res.body)}`);
  return childId;
}

/** A complete draft for the children: grandmother cares for a year from today while the mother works in 东莞. */
export function draftFor(children: string[], overrides: Partial<AgreementDraft> = {}): AgreementDraft {
  const today = toIsoDate(new Date());
  return {
    children,
    caregiver: { ...grandmother, phone: '13900000021', relation: 'grandparent' },
    caregiverDeclaration: true,
    parents: [{ role: 'mother', name: '王芳', phone: '13900000001', workPlace: '广东省东莞市长安镇电子厂' }],
    emergencyContacts: [{ name: '王强', phone: '13900000022', relation: '舅舅' }],
    period: { start: today, end: addDays(today, 365) },
    ...overrides,
  };
}

/**
 * An agreement in force for a new child: the caregiver (signed in on `caregiverPhone`) accepts the invitation and
 * signs, then the parent; its period began `daysAgo` days ago, with no contact recorded since.
 */
export async function signedAgreement(
  server: TestServer,
  parentToken: string,
  { caregiverPhone, childName = '王小军', daysAgo = 10 }: { caregiverPhone: string; childName?: string; daysAgo?: number },
): Promise<{ id: string; childId: string }> {
  const api = httpClient(server.baseUrl);
  const caregiver = await signInFamily(server, caregiverPhone);
  const id = randomUUID();
  const childId = await addChild(server, parentToken, { name: childName });
  const start = addDays(toIsoDate(new Date()), -daysAgo);
  await api.put(`/api/agreements/${id}`, draftFor([childId], { period: { start, end: addDays(start, 365) } }), parentToken);
  const invitation = await api.post(`/api/agreements/${id}/invitation`, undefined, parentToken);
  await api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiver);
  await api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: grandmother }, caregiver);
  const signed = await api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parentToken);
  if (signed.body.status !== 'signed') throw new Error(`agreement not signed: ${JSON.stringify(signed.body)}`);
  return { id, childId };
}
