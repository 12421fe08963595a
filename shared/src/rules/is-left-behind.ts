import type { IsoDate } from '../calendar/iso-date';
import { childAge } from './child-age';
import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { valueIn, type ParameterSet } from './parameters';
import { parentsOf } from './parent-groups';
import { sources } from './sources';

function ruralHousehold(facts: ChildFacts): Finding {
  if (facts.household === undefined) return unknownFor(['household'], '还需要知道家庭是农村还是城镇户口', sources.leftBehind);
  return facts.household === 'rural'
    ? holds('农村家庭', sources.leftBehind)
    : fails('城镇家庭，不属于农村留守儿童', sources.leftBehind);
}

/** Both parents work away, or one works away and the other cannot act as guardian. */
function parentsAway(facts: ChildFacts): Finding {
  const parents = parentsOf(facts);
  const atHome = parents.filter((parent) => parent.group === 'able');
  if (atHome.length > 0) return fails(`${atHome.map((p) => p.described).join('，')}，能照料孩子`, sources.leftBehind);
  const unknown = parents.filter((parent) => parent.group === undefined);
  if (unknown.length > 0) {
    return unknownFor(
      unknown.map((parent) => parent.fact),
      `还需要${unknown.map((parent) => parent.who).join('和')}现在的情况`,
      sources.leftBehind,
    );
  }
  if (!parents.some((parent) => parent.group === 'away')) {
    return fails('父母都没有外出务工', sources.leftBehind);
  }
  return holds(`${parents.map((parent) => parent.described).join('，')}：孩子留守在家`, sources.leftBehind);
}

/**
 * 农村留守儿童: rural, under 16 (`definitions.left_behind_age_limit`; 000 第四章第三节 "未满十六周岁"; 001 二（二）5),
 * parents away as above (docs/policy.md).
 */
export function isLeftBehind(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Finding {
  const limit = valueIn(params, 'definitions.left_behind_age_limit', regionCode, date);
  return allOf(ruralHousehold(facts), childAge(facts, date, limit, sources.leftBehind), parentsAway(facts));
}
