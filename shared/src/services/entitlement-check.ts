import { z } from 'zod';
import type { IsoDate } from '../calendar/iso-date';
import { routingRules } from '../applications/programme-routing';
import { adultAge, birthDateOf, childAge } from '../rules/child-age';
import { disabilityKindLabels, familyAssistanceLabels, schoolingLabels, type ChildFacts, type FactName } from '../rules/child-facts';
import { childFactsSchema } from '../rules/child-facts-schema';
import { allOf, fails, holds, unknownFor, type Finding, type Reason } from '../rules/finding';
import { isMigrantChild } from '../rules/migrant-child';
import type { ParameterSet } from '../rules/parameters';
import { amountNeeds, amountOrNotEntered, type Amount, type Programme } from '../rules/programme';
import { programmes, type ProgrammeId } from '../rules/programmes';
import { countyOf } from '../regions/county-of';
import { birthDateRange } from './birth-date-range';
import type { ServiceCondition, ServiceItem } from './service-schemas';

/**
 * 权益自测: the family answers a few questions and sees, for every item of the list where the child lives,
 * whether it applies, why (in plain words, with the seed), what would settle it, and for an allowance how
 * much and where it is handled. Pure: the list, the answers, the date and the figures go in, nothing else.
 */

/** The family may give the child's age in 周岁 instead of a birth date; a birth date (or resident ID) wins. */
export type CheckAnswers = ChildFacts & { ageYears?: number };

export const checkAnswersSchema = childFactsSchema.and(z.object({ ageYears: z.number().int().min(0).max(25).optional() }));

export interface CheckContext {
  date: IsoDate;
  params: ParameterSet;
  /** The central urban districts of the city the child lives in (load-service-lists.ts `centralUrbanDistricts`). */
  centralUrbanDistricts: readonly string[];
}

export interface Entitlement<Item extends ServiceItem = ServiceItem> {
  item: Item;
  applies: boolean | 'unknown';
  /** Why, in plain words, each with the seed it comes from. */
  reasons: Reason[];
  /** The questions that would settle it (or, for an allowance, its amount); empty when nothing is missing. */
  missingFacts: FactName[];
  /** For an allowance that applies or may apply: what it pays, with the figures of the region that pays it. */
  amount?: Amount;
  handledAt: ServiceItem['handledAt'];
  /** For items handled through the hukou place: how to ask for it from where the family lives (跨省通办). */
  crossRegion?: string;
  /** An allowance the family can apply for in the app now (linked to a programme and not ruled out). */
  canApply: boolean;
  /** Set when the answer rests on the age the family gave (周岁), not on a birth date. */
  fromAgeGiven?: number;
}

const programmeById = new Map<string, Programme>(programmes.map((programme) => [programme.id, programme]));


// ---------------------------------------------------------------------------------------------------
// Conditions (the data DSL of service-schemas.ts)

/**
 * A residence permit is only issued outside the hukou place, so a child living in its hukou county is
 * served on its hukou there and does not need one; otherwise the family says whether it has one.
 */
function residencePermit(facts: ChildFacts, source: string): Finding {
  const hukou = countyOf(facts.hukouRegion);
  if (hukou && hukou === countyOf(facts.residenceRegion)) {
    return fails('孩子住在户口所在的区县，这项是给户口不在本地的孩子的；在本地按户籍办理，不需要居住证', source);
  }
  if (facts.residencePermit === undefined) {
    return unknownFor(['residencePermit'], '还需要知道父母或孩子是否办了现在住处的居住证', source);
  }
  return facts.residencePermit
    ? holds('已经办了现在住处的居住证', source)
    : fails('还没有办现在住处的居住证：可以先到住处的派出所申请（一般要住满半年），办好后就能申请', source);
}

function schooling(facts: ChildFacts, stages: readonly (keyof typeof schoolingLabels)[], source: string): Finding {
  if (facts.schooling === undefined) return unknownFor(['schooling'], '还需要知道孩子现在上学的阶段', source);
  const wanted = stages.map((stage) => schoolingLabels[stage]).join('、');
  return stages.includes(facts.schooling)
    ? holds(`孩子现在处在${schoolingLabels[facts.schooling]}阶段`, source)
    : fails(`这项是给${wanted}阶段的孩子的，孩子现在是${schoolingLabels[facts.schooling]}`, source);
}

function disability(facts: ChildFacts, source: string): Finding {
  if (facts.disability === undefined) return unknownFor(['disability'], '还需要知道孩子有没有残疾', source);
  if (facts.disability === null) return fails('孩子没有残疾', source);
  return holds(`孩子有${disabilityKindLabels[facts.disability.kind]}`, source);
}

function familyAssistance(facts: ChildFacts, kinds: readonly ('minimumLiving' | 'destituteSupport')[], source: string): Finding {
  const wanted = kinds.map((kind) => familyAssistanceLabels[kind]).join('或');
  if (facts.familyAssistance === undefined) return unknownFor(['familyAssistance'], `还需要知道家里是否享受${wanted}`, source);
  return facts.familyAssistance !== 'none' && kinds.includes(facts.familyAssistance)
    ? holds(`家里享受${familyAssistanceLabels[facts.familyAssistance]}`, source)
    : fails(`这项是给享受${wanted}的家庭的`, source);
}

function condition(facts: ChildFacts, rule: ServiceCondition, item: ServiceItem, context: CheckContext): Finding {
  const { source } = item;
  switch (rule.kind) {
    case 'ageBelow':
      return childAge(facts, context.date, rule.years, source);
    case 'ageAtLeast':
      return adultAge(facts, context.date, rule.years, source);
    case 'migrant':
      return isMigrantChild(facts, context.date, facts.residenceRegion ?? '', context.params, context.centralUrbanDistricts);
    case 'residencePermit':
      return residencePermit(facts, source);
    case 'schooling':
      return schooling(facts, rule.in, source);
    case 'disability':
      return disability(facts, source);
    case 'familyAssistance':
      return familyAssistance(facts, rule.in, source);
  }
}

// ---------------------------------------------------------------------------------------------------
// One item for one set of facts

/** The region whose figures apply: the hukou place or the place of residence (programme-routing.ts). */
function payingRegion(programme: ProgrammeId, facts: ChildFacts): { fact: 'hukouRegion' | 'residenceRegion'; code?: string } {
  const fact = routingRules[programme].place === 'hukou' ? 'hukouRegion' : 'residenceRegion';
  return { fact, code: facts[fact] };
}

function amountOf(programme: Programme, facts: ChildFacts, context: CheckContext): Amount {
  const region = payingRegion(programme.id as ProgrammeId, facts);
  if (!region.code) return amountNeeds([region.fact]);
  return amountOrNotEntered(programme, facts, context.date, region.code, context.params);
}

interface Decision {
  finding: Finding;
  amount?: Amount;
}

function decide(item: ServiceItem, facts: ChildFacts, context: CheckContext): Decision {
  const conditions = item.conditions.map((rule) => condition(facts, rule, item, context));
  const programme = item.programme && programmeById.get(item.programme);
  if (!programme) {
    // With no condition the data can decide, the item's own 服务对象 says who it is for (低保 is for families
    // below the local standard, 000 第四章第四节, not for every family in need).
    const finding = conditions.length > 0 ? allOf(...conditions) : holds(`服务对象：${item.forWhom}`, item.source);
    return { finding };
  }
  const region = payingRegion(programme.id as ProgrammeId, facts);
  const eligibility = programme.eligibility(facts, context.date, region.code ?? '', context.params);
  const finding = allOf(
    { holds: eligibility.eligible, reasons: eligibility.reasons, missingFacts: eligibility.missingFacts },
    ...conditions,
  );
  return finding.holds === false ? { finding } : { finding, amount: amountOf(programme, facts, context) };
}

const withoutAge = ({ ageYears: _ageYears, ...facts }: CheckAnswers): ChildFacts => facts;

/**
 * With only an age, the item is decided for the oldest and the youngest child of that age. When both
 * agree the answer stands, said to rest on the age given; when they differ the child is at an age line
 * and only the birth date can settle it.
 */
function decideByAge(item: ServiceItem, answers: CheckAnswers, age: number, context: CheckContext): Decision & { ageMattered: boolean } {
  const facts = withoutAge(answers);
  const { earliest, latest } = birthDateRange(age, context.date);
  const oldest = decide(item, { ...facts, birthDate: earliest }, context);
  const youngest = decide(item, { ...facts, birthDate: latest }, context);
  const ageMattered = decide(item, facts, context).finding.missingFacts.includes('birthDate');
  if (oldest.finding.holds === youngest.finding.holds) return { ...youngest, ageMattered };
  const finding: Finding = {
    holds: 'unknown',
    reasons: [{ text: `孩子${age}周岁，正好在这项的年龄线上，要看出生日期才能确定`, source: item.source }],
    missingFacts: ['birthDate'],
  };
  return { finding, ageMattered: true };
}

// ---------------------------------------------------------------------------------------------------
// The check

function entitlementOf<Item extends ServiceItem>(item: Item, answers: CheckAnswers, context: CheckContext): Entitlement<Item> {
  const ageGiven = birthDateOf(answers) === undefined ? answers.ageYears : undefined;
  const decision = ageGiven === undefined ? { ...decide(item, withoutAge(answers), context), ageMattered: false } : decideByAge(item, answers, ageGiven, context);
  const { finding, amount } = decision;
  const reasons =
    decision.ageMattered && ageGiven !== undefined && finding.holds !== 'unknown'
      ? [...finding.reasons, { text: `以上按您填写的年龄（${ageGiven}周岁）判断；填写出生日期更准确`, source: item.source }]
      : finding.reasons;
  const missingFacts = [...new Set<FactName>([...finding.missingFacts, ...(amount?.missingFacts ?? [])])];
  return {
    item,
    applies: finding.holds,
    reasons,
    missingFacts,
    ...(amount ? { amount } : {}),
    handledAt: item.handledAt,
    ...(item.crossRegion !== undefined ? { crossRegion: item.crossRegion } : {}),
    canApply: item.programme !== undefined && finding.holds !== false,
    ...(decision.ageMattered && ageGiven !== undefined ? { fromAgeGiven: ageGiven } : {}),
  };
}

/**
 * The order the family reads: what applies (allowances first, then services meant for children like
 * this one, then services open to every child), then what may apply, then what does not. Within a
 * group the list's own order is kept.
 */
function rank(entitlement: Entitlement): number {
  const { applies, item } = entitlement;
  if (applies === true) return item.programme ? 0 : item.conditions.length > 0 ? 1 : 2;
  if (applies === 'unknown') return item.programme ? 3 : 4;
  return 5;
}

export function checkEntitlements<Item extends ServiceItem>(
  items: readonly Item[],
  answers: CheckAnswers,
  context: CheckContext,
): Entitlement<Item>[] {
  return items
    .map((item, index) => ({ entitlement: entitlementOf(item, answers, context), index }))
    .sort((a, b) => rank(a.entitlement) - rank(b.entitlement) || a.index - b.index)
    .map(({ entitlement }) => entitlement);
}
