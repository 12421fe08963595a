/**
 * The national base list (《流动儿童在居住地享有关愛服务基础清单》, seed 002 （七）—（十三）): the items
 * every province's service list must hold, at least (002 （十五） "覆盖范围和实现程度不得低于"). A province
 * list is not published while any of these ids is missing. The two disability subsidies (残疾人两项补贴)
 * are two items because each is decided by its own programme.
 */
export const nationalBaseItemIds = [
  // （七） education
  'national.preschool',
  'national.compulsory-education',
  'national.exams-where-living',
  // （八） health and medical insurance
  'national.immunisation',
  'national.first-aid',
  'national.childcare',
  'national.medical-insurance',
  'national.cross-region-medical-settlement',
  'national.child-rehabilitation',
  // （九） basic living, guardianship, housing, transport
  'national.orphan-allowance',
  'national.de-facto-unsupported-allowance',
  'national.guardianship',
  'national.temporary-assistance',
  'national.disability-care-subsidy',
  'national.disability-living-subsidy',
  'national.public-rental-housing',
  'national.student-bus-card',
  // （十）—（十三） care services
  'national.family-education-guidance',
  'national.psychological-support',
  'national.reading-and-activities',
  'national.city-integration',
  'national.parents-jobs',
] as const;

export type NationalBaseItemId = (typeof nationalBaseItemIds)[number];

/** The national base items a province list lacks, in list order; empty when it may be published. */
export function missingNationalBaseItems(items: readonly { id: string }[]): NationalBaseItemId[] {
  const present = new Set(items.map((item) => item.id));
  return nationalBaseItemIds.filter((id) => !present.has(id));
}
