import type { AgreementPeriodContent } from './agreement-rules';

/**
 * JSON with object keys sorted at every depth and no whitespace, so the same content always gives the same
 * bytes (and the same SHA-256) whatever order the fields were written in. Arrays keep their order: the order
 * of children and duties is part of the content.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The content that is sealed and signed: everything the parties agree to, nothing about its progress. */
export interface AgreementContent {
  agreementId: string;
  template: { id: string; version: number; title: string; duties: { title: string; text: string }[] };
  children: { name: string; residentId: string }[];
  caregiver: { name: string; residentId: string; phone: string; relation: string };
  caregiverDeclaration: boolean;
  parents: { role: string; name: string; phone: string; workPlace: string }[];
  emergencyContacts: { name: string; phone: string; relation: string }[];
  period: AgreementPeriodContent;
  villageCode: string;
}

/**
 * The canonical text whose SHA-256 (lower-case hex, computed with node:crypto on the server) is the agreement's
 * content hash. Signatures, status, times and verification codes are not content, so signing does not change it.
 */
export function canonicalAgreementContent(content: AgreementContent): string {
  const picked: AgreementContent = {
    agreementId: content.agreementId,
    template: content.template,
    children: content.children,
    caregiver: content.caregiver,
    caregiverDeclaration: content.caregiverDeclaration,
    parents: content.parents,
    emergencyContacts: content.emergencyContacts,
    period: content.period,
    villageCode: content.villageCode,
  };
  return canonicalJson(picked);
}
