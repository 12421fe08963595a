import type { IsoDate } from '../calendar/iso-date';
import { childAge } from './child-age';
import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { parentsOf } from './parent-groups';
import { sources } from './sources';

/** Orphan age limit: under 18 (000 第四章第四节 "未满18周岁"). */
export const orphanAgeLimit = 18;

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

/** 孤儿: under 18 and both parents lost (DOMAIN.md; 000 第四章第一节、第四节). */
export function isOrphan(facts: ChildFacts, date: IsoDate): Finding {
  return allOf(childAge(facts, date, orphanAgeLimit, sources.orphan), parentsLost(facts));
}
