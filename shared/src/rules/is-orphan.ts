import type { IsoDate } from '../calendar/iso-date';
import { childAge } from './child-age';
import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { valueIn, type ParameterSet } from './parameters';
import { parentsOf } from './parent-groups';
import { sources } from './sources';

/**
 * Both parents are lost: dead, declared missing, or not to be found (000 第四章第一节、第四节). Age
 * aside, so the study grant can ask it of young adults too.
 */
export function parentsLost(facts: ChildFacts): Finding {
  const parents = parentsOf(facts);
  const notLost = parents.filter((parent) => parent.group !== undefined && parent.group !== 'lost');
  if (notLost.length > 0) {
    return fails(`${notLost.map((parent) => parent.described).join('，')}，不属于失去父母`, sources.orphan);
  }
  const unknown = parents.filter((parent) => parent.group === undefined);
  if (unknown.length > 0) {
    return unknownFor(
      unknown.map((parent) => parent.fact),
      `还需要${unknown.map((parent) => parent.who).join('和')}现在的情况`,
      sources.orphan,
    );
  }
  return holds(`${parents.map((parent) => parent.described).join('，')}：失去父母或查找不到生父母`, sources.orphan);
}

/** The age an orphan stops being a child: under 18 (`definitions.orphan_age_limit`; 000 第四章第一节 "未满18周岁"). */
export const orphanAgeLimit = (date: IsoDate, regionCode: string, params: ParameterSet): number =>
  valueIn(params, 'definitions.orphan_age_limit', regionCode, date);

/** 孤儿: under the orphan age limit and both parents lost (docs/policy.md; 000 第四章第一节、第四节). */
export function isOrphan(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Finding {
  return allOf(childAge(facts, date, orphanAgeLimit(date, regionCode, params), sources.orphan), parentsLost(facts));
}
