import { describe, expect, it } from 'vitest';
import type { ChildFacts, FactName } from '../rules/child-facts';
import { factQuestions } from '../rules/child-facts';
import { loadParameterFiles } from '../rules/parameter-file-schema';
import type { Programme } from '../rules/programme';
import { programmes } from '../rules/programmes';
import { deFactoUnsupportedAllowance } from '../rules/de-facto-unsupported-allowance';
import { specialHardshipGrant } from '../rules/special-hardship-grant';
import { describeAnswer } from './fact-answers';
import {
  dropHiddenAnswers,
  missingFactsFor,
  nextQuestionPage,
  pageOfFact,
  prefilledFacts,
  questionPages,
  questionsOnPage,
  type QuestionPage,
} from './question-pages';

const context = { date: '2026-11-23', regionCode: '520123103201', params: loadParameterFiles() };
/** What the app knows from the child record before asking anything. */
const fromChildRecord: ChildFacts = { birthDate: '2015-06-01', hukouRegion: '520123103201' };

/**
 * Plays the app: shows each next screen, answers its questions from what the family would say, and
 * records the screens and questions seen, until nothing is missing.
 */
function walk(programme: Programme, truth: ChildFacts, start: ChildFacts = fromChildRecord) {
  let facts = { ...start };
  const screens: QuestionPage[] = [];
  for (let page = nextQuestionPage(programme, facts, context); page; page = nextQuestionPage(programme, facts, context)) {
    if (screens.length > 10) throw new Error('the questions never end');
    // Within a screen a follow-up appears as the answer before it is given, so answer until it settles.
    let shown = page.facts;
    for (let round = 0; round < 3; round += 1) {
      for (const fact of shown) facts = { ...facts, [fact]: truth[fact] };
      shown = questionsOnPage(page.id, programme, facts, context).facts;
    }
    screens.push({ ...page, facts: shown });
  }
  return { screens, facts, asked: screens.flatMap((screen) => screen.facts) };
}

const deFactoFamily: ChildFacts = {
  father: 'imprisoned',
  mother: 'lostContact', motherLostContactSince: '2025-03',
  familyAssistance: 'minimumLiving',
  assistanceMonthly: 500,
  disabilityLivingSubsidyMonthly: 0,
  // What the family could also say, but no rule of this programme reads it.
  schooling: 'compulsory',
  household: 'rural',
  hivInfected: false,
};

describe('事实无人抚养儿童基本生活补贴: the longest flow', () => {
  it('a child whose father is imprisoned and mother lost contact, on 低保 500 yuan a month, needs 2 question screens', () => {
    const { screens, facts } = walk(deFactoUnsupportedAllowance, deFactoFamily);
    expect(screens.map((screen) => screen.id)).toEqual(['parents', 'support']);
    expect(screens[1]!.facts).toEqual(['familyAssistance', 'assistanceMonthly', 'disabilityLivingSubsidyMonthly']);
    expect(deFactoUnsupportedAllowance.eligibility(facts, context.date, context.regionCode, context.params).eligible).toBe(true);
    expect(deFactoUnsupportedAllowance.amount(facts, context.date, context.regionCode, context.params).text).toBe(
      '标准 1200 元 − 现领低保 500 元 = 每月 700 元',
    );
  });

  it('the first screen asks about both parents and nothing else', () => {
    expect(nextQuestionPage(deFactoUnsupportedAllowance, fromChildRecord, context)).toEqual({
      id: 'parents',
      title: '孩子父母现在的情况',
      facts: ['father', 'mother'],
    });
  });

  it('the 低保 amount is asked only once the family says it receives 低保', () => {
    const facts = { ...fromChildRecord, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03' } as const;
    expect(nextQuestionPage(deFactoUnsupportedAllowance, facts, context)?.facts).toEqual(['familyAssistance', 'disabilityLivingSubsidyMonthly']);
    expect(questionsOnPage('support', deFactoUnsupportedAllowance, { ...facts, familyAssistance: 'minimumLiving' }, context).facts).toEqual([
      'familyAssistance',
      'assistanceMonthly',
      'disabilityLivingSubsidyMonthly',
    ]);
    expect(questionsOnPage('support', deFactoUnsupportedAllowance, { ...facts, familyAssistance: 'none' }, context).facts).toEqual(['familyAssistance']);
  });

  it.each([
    { answer: 'none', asked: ['familyAssistance'] },
    { answer: 'destituteSupport', asked: ['familyAssistance', 'assistanceMonthly'] },
    { answer: 'minimumLiving', asked: ['familyAssistance', 'assistanceMonthly', 'disabilityLivingSubsidyMonthly'] },
  ] as const)('the disability subsidy, paid only to children of 低保 families, is asked after "$answer" only if it could be paid: $asked', ({ answer, asked }) => {
    const facts = { ...fromChildRecord, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: answer } as const;
    expect(questionsOnPage('support', deFactoUnsupportedAllowance, facts, context).facts).toEqual(asked);
  });

  it('a child known to have no disability is not asked about the disability subsidy', () => {
    const { asked } = walk(deFactoUnsupportedAllowance, deFactoFamily, { ...fromChildRecord, disability: null });
    expect(asked).not.toContain('disabilityLivingSubsidyMonthly');
  });

  it('choosing 失联 brings up since when, right under that parent, on the same screen', () => {
    const facts: ChildFacts = { ...fromChildRecord, father: 'imprisoned', mother: 'lostContact' };
    expect(questionsOnPage('parents', deFactoUnsupportedAllowance, facts, context).facts).toEqual(['father', 'mother', 'motherLostContactSince']);
    expect(questionsOnPage('parents', deFactoUnsupportedAllowance, { ...facts, mother: 'imprisoned' }, context).facts).toEqual(['father', 'mother']);
  });

  it('a father at home settles it: the mother, support and money are not asked', () => {
    const { asked } = walk(deFactoUnsupportedAllowance, { ...deFactoFamily, father: 'atHome' });
    expect(asked).toEqual(['father']);
  });

  it('answers arriving from the entitlement check are not asked again', () => {
    const { screens } = walk(deFactoUnsupportedAllowance, deFactoFamily, { ...fromChildRecord, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03' });
    expect(screens.map((screen) => screen.id)).toEqual(['support']);
  });

  it('nothing is asked once every fact is known', () => {
    expect(nextQuestionPage(deFactoUnsupportedAllowance, { ...fromChildRecord, ...deFactoFamily }, context)).toBeNull();
  });
});

/** A family that knows the answer to every question. */
const everything: ChildFacts = {
  ...deFactoFamily,
  disability: { kind: 'physical', grade: 2 },
  enrolled: true,
  suddenHardship: true,
  orphanedAsChild: false,
  livingArrangement: 'family',
  monthsAtResidence: 12,
  livesWithGuardian: true,
};

describe('only what the rules need is asked', () => {
  it.each(programmes.map((programme) => ({ id: programme.id, programme })))(
    '$id never asks a question its rules do not read',
    ({ programme }) => {
      const { asked, facts } = walk(programme, everything);
      for (const fact of asked) {
        // Asked means the rules would want it if it were not known.
        const { [fact]: _answered, ...without } = facts;
        expect(missingFactsFor(programme, without, context), `${programme.id} asked ${fact}`).toContain(fact);
      }
      expect(missingFactsFor(programme, facts, context)).toEqual([]);
    },
  );

  it('never asks what the child record already gives', () => {
    for (const programme of programmes) {
      expect(walk(programme, everything).asked.filter((fact) => prefilledFacts.includes(fact))).toEqual([]);
    }
  });

  it('特殊困难补助金 for an urban family stops after the household question', () => {
    const { asked } = walk(specialHardshipGrant, { ...everything, household: 'urban' });
    expect(asked).toEqual(['household']);
  });
});

describe('screens', () => {
  it('every fact the family can be asked is on exactly one screen, with its Chinese question', () => {
    const onScreens = questionPages.flatMap((page) => [...page.facts]) as FactName[];
    const askable = (Object.keys(factQuestions) as FactName[]).filter((fact) => !prefilledFacts.includes(fact));
    expect([...onScreens].sort()).toEqual([...askable].sort());
    expect(new Set(onScreens).size).toBe(onScreens.length);
    for (const page of questionPages) expect(page.facts.length).toBeLessThanOrEqual(4);
    expect(pageOfFact('assistanceMonthly')).toBe('support');
    expect(pageOfFact('birthDate')).toBeUndefined();
  });

  it('drops an answer whose question went away, e.g. a 低保 amount after answering "都没有"', () => {
    const facts: ChildFacts = { ...fromChildRecord, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: 'none', assistanceMonthly: 500 };
    expect(dropHiddenAnswers('support', deFactoUnsupportedAllowance, facts, context)).not.toHaveProperty('assistanceMonthly');
    expect(dropHiddenAnswers('support', deFactoUnsupportedAllowance, facts, context)).toMatchObject({ familyAssistance: 'none' });
  });
});

describe('answers in plain Chinese for the check page', () => {
  it.each([
    { fact: 'father', value: 'imprisoned', text: '服刑在押' },
    { fact: 'familyAssistance', value: 'minimumLiving', text: '享受低保' },
    { fact: 'assistanceMonthly', value: 500, text: '每月 500 元' },
    { fact: 'disabilityLivingSubsidyMonthly', value: 0, text: '没有领取' },
    { fact: 'disability', value: null, text: '没有残疾' },
    { fact: 'disability', value: { kind: 'hearing', grade: 3 }, text: '听力残疾，三级' },
    { fact: 'disability', value: { kind: 'autism', grade: null }, text: '孤独症，还没有残疾证' },
    { fact: 'enrolled', value: true, text: '是' },
    { fact: 'monthsAtResidence', value: 8, text: '8 个月' },
    { fact: 'motherLostContactSince', value: '2025-03', text: '2025年3月起' },
    { fact: 'fatherLostContactSince', value: '2024', text: '2024年或更早起' },
  ] as const)('$fact $value reads "$text"', ({ fact, value, text }) => {
    expect(describeAnswer(fact, value as never)).toBe(text);
  });
});
