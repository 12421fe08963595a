import { parentSituationLabels, type ChildFacts, type FactName, type ParentSituation } from './child-facts';

/**
 * How a parent's situation counts in the definitions (docs/policy.md "Who is which kind of child"):
 * - lost: dead, declared missing or not to be found (孤儿 when both are lost, 000 第四章第一节/第四节);
 * - incapable: cannot support or act as guardian (000 第五章第一节 lists 弃养 with 服刑、重残、重病;
 *   the national list adds 强制隔离戒毒, other restriction of liberty and 失联);
 * - away: working away (留守, 000 第四章第三节);
 * - able: at home or otherwise able to raise the child.
 */
export type ParentGroup = 'lost' | 'incapable' | 'away' | 'able';

export const parentGroups: Record<ParentSituation, ParentGroup> = {
  atHome: 'able',
  other: 'able',
  workingAway: 'away',
  deceased: 'lost',
  declaredMissing: 'lost',
  notFound: 'lost',
  severelyDisabled: 'incapable',
  severelyIll: 'incapable',
  imprisoned: 'incapable',
  compulsoryDrugRehab: 'incapable',
  otherRestriction: 'incapable',
  lostContact: 'incapable',
  abandoned: 'incapable',
};

export interface ParentView {
  fact: Extract<FactName, 'father' | 'mother'>;
  /** 父亲 or 母亲. */
  who: string;
  situation: ParentSituation | undefined;
  group: ParentGroup | undefined;
  /** e.g. "父亲服刑在押". */
  described: string;
}

/** Both parents with their groups, father first. */
export function parentsOf(facts: ChildFacts): [ParentView, ParentView] {
  const view = (fact: 'father' | 'mother', who: string): ParentView => {
    const situation = facts[fact];
    return {
      fact,
      who,
      situation,
      group: situation && parentGroups[situation],
      described: situation ? `${who}${parentSituationLabels[situation]}` : `${who}情况未填`,
    };
  };
  return [view('father', '父亲'), view('mother', '母亲')];
}
