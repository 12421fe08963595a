import { z } from 'zod';
import file from '../../privacy/need-to-know.json';
import type { Role } from '../auth/roles';
import { documentLabels, type DocumentKind } from '../rules/required-documents';
import { factQuestions, type FactName } from '../rules/child-facts';
import { regionFallbackChain } from '../rules/parameters';
import { programmes, type ProgrammeId } from '../rules/programmes';

/**
 * What a region keeps need-to-know: programmes whose very name reveals a condition, facts and documents that do.
 * Only the county's approving officers and the family may know them (艾滋病防治条例 art. 39; docs/policy.md "Privacy");
 * the village and township work on the case under `neutralLabel`.
 */
export interface NeedToKnowRule {
  programmes: ProgrammeId[];
  facts: FactName[];
  documents: DocumentKind[];
  neutralLabel: string;
}

const ruleSchema = z.object({
  programmes: z.array(z.enum(programmes.map((programme) => programme.id) as [ProgrammeId, ...ProgrammeId[]])),
  facts: z.array(z.enum(Object.keys(factQuestions) as [FactName, ...FactName[]])),
  documents: z.array(z.enum(Object.keys(documentLabels) as [DocumentKind, ...DocumentKind[]])),
  neutralLabel: z.string().min(1),
});
const rules: Record<string, NeedToKnowRule> = z.record(z.string().regex(/^\d{2,12}$/), ruleSchema).parse(file.regions);
const nothingHidden: NeedToKnowRule = { programmes: [], facts: [], documents: [], neutralLabel: '' };

/**
 * The rule of the most specific region listed for a village (village → township → county → city → province →
 * nation, `00`): the law's own list holds everywhere, and a region may list more.
 */
export function needToKnowAt(regionCode: string): NeedToKnowRule {
  for (const code of regionFallbackChain(regionCode)) {
    const rule = rules[code];
    if (rule) return rule;
  }
  return nothingHidden;
}

/** The county's approving officers are told; the village and township, and administrators, are not. */
export const mayKnowSensitive = (roles: readonly Role[]): boolean => roles.includes('countyOfficer');

/** The programme is need-to-know where the case was routed. */
export const isSensitiveProgramme = (programme: ProgrammeId, regionCode: string): boolean =>
  needToKnowAt(regionCode).programmes.includes(programme);
