import { request } from '../../../api/request'
import type { AgreementContact, AgreementContactList, ContactRequest } from '@ccs/shared/agreements/agreement-contact-schemas'

/** The agreement's recent contacts and the days since the last one. */
export function fetchAgreementContacts(agreementId: string): Promise<AgreementContactList> {
  return request<AgreementContactList>('GET', `/api/agreements/${agreementId}/contacts`)
}

/** Records one contact under the id the app made: a retry after a lost answer records it once. */
export function recordContact(agreementId: string, contactId: string, body: ContactRequest): Promise<AgreementContact> {
  return request<AgreementContact>('POST', `/api/agreements/${agreementId}/contacts/${contactId}`, { body })
}
