import type { FactName } from './child-facts';

/** One plain-words reason with the seed it comes from, shown to the family and staff. */
export interface Reason {
  text: string;
  source: string;
}

/**
 * The answer to one question about a child: yes, no, or not yet known. When unknown, `missingFacts`
 * lists the facts that would settle it; when known, it is empty.
 */
export interface Finding {
  holds: boolean | 'unknown';
  reasons: Reason[];
  missingFacts: FactName[];
}

export const holds = (text: string, source: string): Finding => ({ holds: true, reasons: [{ text, source }], missingFacts: [] });
export const fails = (text: string, source: string): Finding => ({ holds: false, reasons: [{ text, source }], missingFacts: [] });
export const unknownFor = (missingFacts: FactName[], text: string, source: string): Finding => ({
  holds: 'unknown',
  reasons: [{ text, source }],
  missingFacts,
});

const union = (findings: Finding[]): FactName[] => [...new Set(findings.flatMap((finding) => finding.missingFacts))];

/**
 * All must hold. One failure decides it (no more questions needed, and only the failures are given as
 * reasons); otherwise any unknown leaves it unknown, asking for the union of their missing facts.
 */
export function allOf(...findings: Finding[]): Finding {
  const failed = findings.filter((finding) => finding.holds === false);
  if (failed.length > 0) return { holds: false, reasons: failed.flatMap((f) => f.reasons), missingFacts: [] };
  const unknown = findings.filter((finding) => finding.holds === 'unknown');
  const reasons = findings.flatMap((finding) => finding.reasons);
  return unknown.length > 0 ? { holds: 'unknown', reasons, missingFacts: union(unknown) } : { holds: true, reasons, missingFacts: [] };
}

/** One must hold. One success decides it; otherwise any unknown leaves it unknown. */
export function anyOf(...findings: Finding[]): Finding {
  const passed = findings.filter((finding) => finding.holds === true);
  if (passed.length > 0) return { holds: true, reasons: passed.flatMap((f) => f.reasons), missingFacts: [] };
  const unknown = findings.filter((finding) => finding.holds === 'unknown');
  const reasons = findings.flatMap((finding) => finding.reasons);
  return unknown.length > 0 ? { holds: 'unknown', reasons, missingFacts: union(unknown) } : { holds: false, reasons, missingFacts: [] };
}

