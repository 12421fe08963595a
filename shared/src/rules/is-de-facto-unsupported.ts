import type { IsoDate } from '../calendar/iso-date';
import { childAge } from './child-age';
import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { lostContactLongEnough } from './lost-contact';
import { valueIn, type ParameterSet } from './parameters';
import { parentsOf } from './parent-groups';
import { sources } from './sources';

/**
 * Neither parent can raise the child: each is lost (dead, missing) or incapable (重残、重病、服刑在押、
 * 强制隔离戒毒、被执行其他限制人身自由措施、失联、弃养), and at least one is incapable. When both are
 * lost the child is an orphan and is not counted again here (000 第五章第一节; docs/policy.md).
 */
function parentsCannotRaise(facts: ChildFacts): Finding {
  const parents = parentsOf(facts);
  const able = parents.filter((parent) => parent.group === 'able' || parent.group === 'away');
  if (able.length > 0) {
    return fails(`${able.map((parent) => parent.described).join('，')}，能够履行抚养责任`, sources.deFacto);
  }
  const unknown = parents.filter((parent) => parent.group === undefined);
  if (unknown.length > 0) {
    return unknownFor(
      unknown.map((parent) => parent.fact),
      `还需要${unknown.map((parent) => parent.who).join('和')}现在的情况`,
      sources.deFacto,
    );
  }
  if (parents.every((parent) => parent.group === 'lost')) {
    return fails('父母双方都已死亡、失踪或查找不到，按孤儿保障，不重复认定为事实无人抚养儿童', sources.deFacto);
  }
  return holds(`${parents.map((parent) => parent.described).join('，')}：父母都不能履行抚养和监护责任`, sources.deFacto);
}

/** Each parent answered 失联 has been out of contact `definitions.lost_contact_min_months` or more (民发〔2019〕62号 一). */
function lostContactCounts(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Finding {
  const minMonths = valueIn(params, 'definitions.lost_contact_min_months', regionCode, date);
  const lost = parentsOf(facts).filter((parent) => parent.situation === 'lostContact');
  return allOf(...lost.map((parent) => lostContactLongEnough(facts, parent.fact, parent.who, date, minMonths)));
}

/**
 * 事实无人抚养儿童: under 18 (`definitions.de_facto_unsupported_age_limit`) and neither parent can raise the child
 * (000 第五章第一节; 民发〔2019〕62号), a parent out of contact only once it counts as 失联.
 */
export function isDeFactoUnsupported(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Finding {
  const limit = valueIn(params, 'definitions.de_facto_unsupported_age_limit', regionCode, date);
  return allOf(childAge(facts, date, limit, sources.deFacto), parentsCannotRaise(facts), lostContactCounts(facts, date, regionCode, params));
}
