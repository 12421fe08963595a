import { mayKnowSensitive, needToKnowAt, type ChildFacts, type ProgrammeId } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import type { ApplicationDoc } from './application-model';

/** What of one case one reader is not told (艾滋病防治条例 art. 39; docs/policy.md "Privacy"). */
export interface SensitiveScreen {
  /** The programme itself is need-to-know: the reader sees `neutralLabel` and no verdict of the rules. */
  programmeWithheld: boolean;
  /** The case is need-to-know for someone: views of it are audited as such. */
  sensitive: boolean;
  neutralLabel: string;
  hidesFact(name: string): boolean;
  hidesDocument(kind: string): boolean;
}

/** The village a case belongs to: where it was routed, or before that the child's first village. */
export const caseRegionOf = (doc: Pick<ApplicationDoc, 'routing' | 'regionCodes'>): string => doc.routing?.regionCode ?? doc.regionCodes[0] ?? '';

/**
 * The screen of a case for a reader: the family (`null`) and the county's approving officers are told
 * everything; the village director, the township supervisor and administrators work on the case under a
 * neutral label, without the facts and documents the region keeps need-to-know (`shared/privacy/need-to-know.json`).
 */
export function sensitiveScreen(principal: Principal | null, doc: Pick<ApplicationDoc, 'programme' | 'routing' | 'regionCodes'>): SensitiveScreen {
  const rule = needToKnowAt(caseRegionOf(doc));
  const sensitive = rule.programmes.includes(doc.programme);
  const told = principal === null || mayKnowSensitive(principal.roles);
  return {
    programmeWithheld: sensitive && !told,
    sensitive,
    neutralLabel: rule.neutralLabel,
    hidesFact: (name) => !told && (rule.facts as string[]).includes(name),
    hidesDocument: (kind) => !told && (rule.documents as string[]).includes(kind),
  };
}

/** The facts without those the screen hides. */
export const screenedFacts = (screen: SensitiveScreen, facts: ChildFacts): ChildFacts =>
  Object.fromEntries(Object.entries(facts).filter(([name]) => !screen.hidesFact(name))) as ChildFacts;

/** The programme as a screened reader may know it. */
export const screenedProgramme = (screen: SensitiveScreen, programme: ProgrammeId, name: string) =>
  screen.programmeWithheld ? { programme: null, programmeName: screen.neutralLabel } : { programme, programmeName: name };
