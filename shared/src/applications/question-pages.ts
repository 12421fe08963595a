import type { IsoDate } from '../calendar/iso-date';
import type { ChildFacts, FactName } from '../rules/child-facts';
import { ParameterNotFoundError, type ParameterSet } from '../rules/parameters';
import type { Programme } from '../rules/programme';

/**
 * The family's questions, a few related ones per screen, so that a grandparent on a small phone answers
 * one subject at a time (issue 3: "answer only the questions the rules need, a few per screen").
 * The order puts what decides eligibility first (who the parents are, rural or urban) and money after it; within the support screen a
 * follow-up (the 低保 amount) appears once the answer before it makes it needed.
 */
export const questionPages = [
  { id: 'parents', title: '孩子父母现在的情况', facts: ['father', 'fatherLostContactSince', 'mother', 'motherLostContactSince'] },
  { id: 'living', title: '孩子和家庭的生活情况', facts: ['livingArrangement', 'household', 'orphanedAsChild', 'suddenHardship'] },
  { id: 'health', title: '孩子的健康情况', facts: ['hivInfected', 'disability'] },
  { id: 'support', title: '孩子现在领取的补助', facts: ['familyAssistance', 'assistanceMonthly', 'disabilityLivingSubsidyMonthly'] },
  { id: 'school', title: '孩子上学的情况', facts: ['schooling', 'enrolled'] },
  { id: 'residence', title: '孩子现在住的地方', facts: ['monthsAtResidence', 'livesWithGuardian', 'residencePermit'] },
] as const satisfies readonly { id: string; title: string; facts: readonly FactName[] }[];

export type QuestionPageId = (typeof questionPages)[number]['id'];

/**
 * Facts the app fills in from the child record and never asks: the birth date read from the resident ID
 * and the two places picked when the child was added.
 */
export const prefilledFacts: readonly FactName[] = ['birthDate', 'residentId', 'hukouRegion', 'residenceRegion'];

export interface QuestionPage {
  id: QuestionPageId;
  title: string;
  /** The questions to show on this screen now, in page order. */
  facts: FactName[];
}

export interface RuleContext {
  date: IsoDate;
  /** The region whose figures apply (the child's hukou village for the basic-living allowances). */
  regionCode: string;
  params: ParameterSet;
}

/**
 * The facts the programme still needs: those its eligibility needs, and, unless the answers already
 * show the child does not qualify, those its amount needs. A figure not entered for the region makes
 * the amount unknowable here; that is for staff to settle, not a question for the family.
 */
export function missingFactsFor(programme: Programme, facts: ChildFacts, { date, regionCode, params }: RuleContext): FactName[] {
  const eligibility = programme.eligibility(facts, date, regionCode, params);
  const missing = new Set<FactName>(eligibility.missingFacts);
  if (eligibility.eligible !== false) {
    try {
      for (const fact of programme.amount(facts, date, regionCode, params).missingFacts ?? []) missing.add(fact);
    } catch (error) {
      if (!(error instanceof ParameterNotFoundError)) throw error;
    }
  }
  return [...missing];
}

const withoutFact = (facts: ChildFacts, fact: FactName): ChildFacts => {
  const copy = { ...facts };
  delete copy[fact];
  return copy;
};

/**
 * The questions of one screen to show with these answers: each fact of the page the rules would ask for
 * if it were not answered. An answer given on the screen keeps its question on it (so the family can
 * change it), while a follow-up appears or goes as the answer before it changes ("低保" shows the amount
 * question, "没有" hides it).
 */
export function questionsOnPage(pageId: QuestionPageId, programme: Programme, facts: ChildFacts, context: RuleContext): QuestionPage {
  const page = questionPages.find((candidate) => candidate.id === pageId)!;
  const shown = page.facts.filter((fact) => missingFactsFor(programme, withoutFact(facts, fact), context).includes(fact));
  return { id: page.id, title: page.title, facts: shown };
}

/** The first screen with a question the programme still needs answered, or null when nothing is missing. */
export function nextQuestionPage(programme: Programme, facts: ChildFacts, context: RuleContext): QuestionPage | null {
  const missing = new Set(missingFactsFor(programme, facts, context));
  const page = questionPages.find((candidate) => candidate.facts.some((fact) => missing.has(fact)));
  return page ? questionsOnPage(page.id, programme, facts, context) : null;
}

/**
 * The answers with those of the screen's hidden questions dropped, e.g. a 低保 amount typed before the
 * family changed its answer to "没有", so that nothing the rules do not need is sent or stored.
 */
export function dropHiddenAnswers(pageId: QuestionPageId, programme: Programme, facts: ChildFacts, context: RuleContext): ChildFacts {
  const shown = new Set(questionsOnPage(pageId, programme, facts, context).facts);
  const page = questionPages.find((candidate) => candidate.id === pageId)!;
  return page.facts.reduce((kept, fact) => (shown.has(fact) ? kept : withoutFact(kept, fact)), facts);
}

/** The screen on which a fact is asked (for "修改" on the check-your-answers page). */
export function pageOfFact(fact: FactName): QuestionPageId | undefined {
  return questionPages.find((page) => (page.facts as readonly FactName[]).includes(fact))?.id;
}
