import { disabilityKindLabels, type ChildFacts, type DisabilityKind } from './child-facts';
import { fails, holds, unknownFor, type Finding } from './finding';
import { sources } from './sources';

export type DisabilityGrade = 1 | 2 | 3 | 4;

/**
 * Decides on the child's disability certificate: both disability subsidies are granted on its kind and
 * grade (000 第四章第六节), so a child without a certificate must be assessed first.
 */
export function disabilityCertificate(
  facts: ChildFacts,
  qualifies: (kind: DisabilityKind, grade: DisabilityGrade) => boolean,
  whyNot: string,
): Finding {
  const source = sources.disabilitySubsidies;
  if (facts.disability === undefined) return unknownFor(['disability'], '还需要孩子的残疾类别和等级', source);
  if (facts.disability === null) return fails('孩子没有残疾', source);
  const { kind, grade } = facts.disability;
  if (grade === null) return fails('孩子还没有残疾证，请先办理残疾评定', source);
  const described = `孩子持有${disabilityKindLabels[kind]}${grade}级残疾证`;
  return qualifies(kind, grade) ? holds(described, source) : fails(`${described}，${whyNot}`, source);
}
