import { request } from '../../../api/request'
import type { Agreement, AgreementDraft, AgreementVerification, Invitation, InvitationPreview, SignatureRequest } from '@ccs/shared/agreements/agreement-schemas'
import type { DeclineReason } from '@ccs/shared/agreements/agreement-status'

/** The agreements the signed-in person is party to, as parent or as caregiver. */
export async function fetchAgreements(): Promise<Agreement[]> {
  return (await request<{ agreements: Agreement[] }>('GET', '/api/agreements')).agreements
}

export function fetchAgreement(agreementId: string): Promise<Agreement> {
  return request<Agreement>('GET', `/api/agreements/${agreementId}`)
}

/** Creates or updates the draft under the id the app made; after a signature it voids all signatures. */
export function saveAgreement(agreementId: string, draft: AgreementDraft): Promise<Agreement> {
  return request<Agreement>('PUT', `/api/agreements/${agreementId}`, { body: draft })
}

/** A link and QR code, and the SMS to the caregiver's phone: sent once, again only with `resendSms` after the wait. */
export function inviteCaregiver(agreementId: string, resendSms = false): Promise<Invitation> {
  return request<Invitation>('POST', `/api/agreements/${agreementId}/invitation`, { body: { resendSms } })
}

/** Public: who invites, whom, for which children and until when, before the caregiver signs in. */
export function previewInvitation(token: string): Promise<InvitationPreview> {
  return request<InvitationPreview>('GET', `/api/agreement-invitations/${encodeURIComponent(token)}`, { auth: false })
}

/** The caregiver says no; a repeat gives the first answer, so a dropped answer may be sent again. */
export function declineAgreement(agreementId: string, reason?: DeclineReason): Promise<Agreement> {
  return request<Agreement>('POST', `/api/agreements/${agreementId}/decline`, { body: reason ? { reason } : {}, repeatable: true })
}

/** Accepting again from the same account gives the same agreement, so a dropped answer may be sent again. */
export function acceptInvitation(token: string): Promise<Agreement> {
  return request<Agreement>('POST', `/api/agreement-invitations/${encodeURIComponent(token)}/accept`, { repeatable: true })
}

/** A signature is kept under the content and the party, so a repeat after a dropped answer signs once. */
export function signAgreement(agreementId: string, body: SignatureRequest): Promise<Agreement> {
  return request<Agreement>('POST', `/api/agreements/${agreementId}/signatures`, { body, repeatable: true })
}

/** Public: needs no sign-in and sends no token. */
export function verifyAgreement(code: string, hash?: string): Promise<AgreementVerification> {
  const query = hash ? `?hash=${encodeURIComponent(hash)}` : ''
  return request<AgreementVerification>('GET', `/api/agreements/verify/${encodeURIComponent(code)}${query}`, { auth: false })
}

