export interface InvitePanelProps {
  invitation: { token: string; url: string }
}

/** The mini-program path of an invitation (the share card opens it). */
export const invitePath = (token: string) => `/packages/agreements/pages/invite/index?token=${token}`
