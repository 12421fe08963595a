import { httpClient } from '../../server/test-support/http-client';
import { signInFamily, signInFamilySession, signInStaff } from '../../server/test-support/case-fixtures';
import { addChild, draftFor } from '../../server/test-support/agreement-fixtures';
import type { TestServer } from '../../server/test-support/start-test-server';

export interface FuzzRole {
  role: string;
  /** The Bearer token the fuzzer sends, none for the anonymous caller. */
  token?: string;
}

/** The demo county's people, each signed in through the real sign-in routes. */
export async function signInFuzzRoles(server: TestServer): Promise<FuzzRole[]> {
  const family = await signInFamily(server, '13900000001');
  // A caregiver is a family account that accepted a parent's invitation; its refreshed session carries the role.
  const caregiverFirst = await signInFamilySession(server, '13900000021');
  const api = httpClient(server.baseUrl);
  const agreementId = crypto.randomUUID();
  const draft = await api.call('PUT', `/api/agreements/${agreementId}`, { token: family, body: draftFor([await addChild(server, family)]) });
  if (draft.status >= 300) throw new Error(`agreement draft failed: ${JSON.stringify(draft.body)}`);
  const invitation = await api.post(`/api/agreements/${agreementId}/invitation`, undefined, family);
  const accepted = await api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiverFirst.accessToken);
  if (accepted.status >= 300) throw new Error(`invitation not accepted: ${JSON.stringify(accepted.body)}`);
  const caregiver = await api.post('/api/auth/refresh', { refreshToken: caregiverFirst.refreshToken });
  return [
    { role: 'anonymous' },
    { role: 'family', token: family },
    { role: 'caregiver', token: caregiver.body.accessToken as string },
    { role: 'childDirector', token: await signInStaff(server, 'director01') },
    { role: 'childSupervisor', token: await signInStaff(server, 'supervisor103') },
    { role: 'countyOfficer', token: await signInStaff(server, 'county') },
    { role: 'admin', token: await signInStaff(server, 'admin') },
  ];
}
