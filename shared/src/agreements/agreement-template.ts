import entrustedCareV1 from '../../agreement-templates/entrusted-care-v1.json';
import type { Duty } from './agreement-schemas';

export interface AgreementTemplate {
  id: string;
  version: number;
  title: string;
  source: string;
  effectiveFrom: string;
  duties: Duty[];
}

/**
 * Duty templates are data (shared/agreement-templates/<id>-v<version>.json), never rewritten: a new wording is a
 * new version, and an agreement keeps the version it was drafted with so its sealed hash stays checkable.
 */
export const agreementTemplates: readonly AgreementTemplate[] = [entrustedCareV1];

/** The template new drafts use. */
export const currentAgreementTemplate: AgreementTemplate = agreementTemplates[agreementTemplates.length - 1]!;

export function findAgreementTemplate(id: string, version: number): AgreementTemplate | undefined {
  return agreementTemplates.find((template) => template.id === id && template.version === version);
}
