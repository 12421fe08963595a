import type { IsoDate } from '../calendar/iso-date';
import { childAge } from './child-age';
import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { valueIn, type ParameterSet } from './parameters';
import { sources } from './sources';

const countyOf = (code: string) => code.slice(0, 6);

function livesAwayFromHukouCounty(facts: ChildFacts, centralUrbanDistricts: readonly string[]): Finding {
  const { hukouRegion, residenceRegion } = facts;
  const missing = (['hukouRegion', 'residenceRegion'] as const).filter((fact) => (facts[fact]?.length ?? 0) < 6);
  if (missing.length > 0 || !hukouRegion || !residenceRegion) {
    return unknownFor([...missing], '还需要户口所在地和现居住地（至少到区县）', sources.migrant);
  }
  if (countyOf(hukouRegion) === countyOf(residenceRegion)) return fails('住在户口所在的区县，没有跨县流动', sources.migrant);
  const central = new Set(centralUrbanDistricts.map(countyOf));
  if (central.has(countyOf(hukouRegion)) && central.has(countyOf(residenceRegion))) {
    return fails('在同一城市中心城区的市辖区之间居住，不算流动儿童', sources.migrant);
  }
  return holds('离开户口所在的区县居住', sources.migrant);
}

function withGuardian(facts: ChildFacts): Finding {
  if (facts.livesWithGuardian === undefined) {
    return unknownFor(['livesWithGuardian'], '还需要知道孩子是否和父母或其他监护人一起居住', sources.migrant);
  }
  return facts.livesWithGuardian
    ? holds('随父母或其他监护人居住', sources.migrant)
    : fails('没有随父母或其他监护人居住', sources.migrant);
}

/** Six months or more at the place of residence (`definitions.migrant_min_months`; 002 （四） "6个月以上"). */
function longEnough(facts: ChildFacts, minimumMonths: number): Finding {
  if (facts.monthsAtResidence === undefined) return unknownFor(['monthsAtResidence'], '还需要在现居住地居住的月数', sources.migrant);
  return facts.monthsAtResidence >= minimumMonths
    ? holds(`在现居住地已住${facts.monthsAtResidence}个月`, sources.migrant)
    : fails(`在现居住地只住了${facts.monthsAtResidence}个月，不满${minimumMonths}个月`, sources.migrant);
}

/**
 * 流动儿童: under 16 (`definitions.migrant_age_limit`), living with a parent or guardian outside the hukou county
 * for 6 months or more; moves between a city's central urban districts do not count (002 （四）).
 * `centralUrbanDistricts` are the county-level codes of the city's central districts, which each city defines;
 * `regionCode` is where the child lives, whose figures apply.
 */
export function isMigrantChild(
  facts: ChildFacts,
  date: IsoDate,
  regionCode: string,
  params: ParameterSet,
  centralUrbanDistricts: readonly string[],
): Finding {
  return allOf(
    childAge(facts, date, valueIn(params, 'definitions.migrant_age_limit', regionCode, date), sources.migrant),
    livesAwayFromHukouCounty(facts, centralUrbanDistricts),
    withGuardian(facts),
    longEnough(facts, valueIn(params, 'definitions.migrant_min_months', regionCode, date)),
  );
}
