import type { FactName } from '../rules/child-facts';
import { countyOf } from '../regions/county-of';
import type { CheckAnswers } from './entitlement-check';

/** The 权益自测's questions: its screens, their words, and which follow-ups each answer brings up. */

/**
 * Four short screens a grandparent answers in under two minutes. The birth-date question offers
 * "只知道几周岁" (`ageYears`). Follow-ups appear only when the answer before makes them needed
 * (`checkQuestionsOnPage`): the residence questions when the child lives outside its hukou county,
 * the 低保 amount when the family gets 低保 or 特困供养, and so on.
 */
export const checkQuestionPages = [
  { id: 'child', title: '孩子的情况', facts: ['birthDate', 'schooling', 'enrolled', 'disability'] },
  { id: 'places', title: '户口在哪里，现在住在哪里', facts: ['hukouRegion', 'residenceRegion', 'monthsAtResidence', 'livesWithGuardian', 'residencePermit'] },
  { id: 'parents', title: '孩子父母现在的情况', facts: ['father', 'fatherLostContactSince', 'mother', 'motherLostContactSince'] },
  { id: 'family', title: '家里的情况', facts: ['household', 'familyAssistance', 'assistanceMonthly', 'disabilityLivingSubsidyMonthly'] },
] as const satisfies readonly { id: string; title: string; facts: readonly FactName[] }[];

export type CheckQuestionPageId = (typeof checkQuestionPages)[number]['id'];

/** Every fact the check may ask, in the order asked. */
export const checkQuestionFacts: readonly FactName[] = checkQuestionPages.flatMap((page) => page.facts);

/**
 * Facts the check never asks in the open, though an item may list them as missing: the family is told
 * to ask the county bureau privately instead (docs/policy.md "Privacy").
 */
export const privateFacts: readonly FactName[] = ['hivInfected'];

const livesAway = (answers: CheckAnswers) => {
  const hukou = countyOf(answers.hukouRegion);
  const residence = countyOf(answers.residenceRegion);
  return hukou !== undefined && residence !== undefined && hukou !== residence;
};

const shownWhen: Partial<Record<FactName, (answers: CheckAnswers) => boolean>> = {
  enrolled: (answers) => answers.schooling !== undefined && answers.schooling !== 'none',
  monthsAtResidence: livesAway,
  livesWithGuardian: livesAway,
  residencePermit: livesAway,
  // 失联 counts after months out of contact (lost-contact.ts): since when is asked once 失联 is chosen.
  fatherLostContactSince: (answers) => answers.father === 'lostContact',
  motherLostContactSince: (answers) => answers.mother === 'lostContact',
  assistanceMonthly: (answers) => answers.familyAssistance === 'minimumLiving' || answers.familyAssistance === 'destituteSupport',
  // 困难残疾人生活补贴 goes to disabled children of 低保 families only (hardship-disability-living-subsidy.ts).
  disabilityLivingSubsidyMonthly: (answers) => answers.disability !== undefined && answers.disability !== null && answers.familyAssistance === 'minimumLiving',
};

/** The questions of one screen to show with the answers so far; a screen may come out empty and be skipped. */
export function checkQuestionsOnPage(pageId: CheckQuestionPageId, answers: CheckAnswers): FactName[] {
  const page = checkQuestionPages.find((candidate) => candidate.id === pageId)!;
  return page.facts.filter((fact) => shownWhen[fact]?.(answers) ?? true);
}
