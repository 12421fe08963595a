import type { Logger } from 'pino';
import type { Role } from '@ccs/shared';

/** The signed-in person, taken from a verified access token. */
export interface Principal {
  accountId: string;
  roles: Role[];
  /** Region-code prefix for staff; null for families and caregivers. */
  regionScope: string | null;
  /** The session was opened with a password someone else set: only routes marked `whilePasswordChangeRequired` serve it. */
  passwordChangeRequired?: true;
}

export interface AppState {
  requestId: string;
  log: Logger;
  principal?: Principal;
}
