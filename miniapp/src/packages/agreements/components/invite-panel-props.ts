import type { Invitation } from '@ccs/shared/agreements/agreement-schemas'

export interface InvitePanelProps {
  invitation: Invitation
  /** Sends the SMS again (再发一次短信); rejects with the server's refusal. */
  onResendSms(): Promise<void>
}

/** The mini-program path of an invitation (the share card opens it). */
export const invitePath = (token: string) => `/packages/agreements/pages/invite/index?token=${token}`
