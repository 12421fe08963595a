import type { Logger } from 'pino';
import type { Role } from '@ccs/shared';

/** The signed-in person, taken from a verified access token. */
export interface Principal {
  accountId: string;
  roles: Role[];
  /** Region-code prefix for staff; null for families and caregivers. */
  regionScope: string | null;
}

export interface AppState {
  requestId: string;
  log: Logger;
  principal?: Principal;
}
