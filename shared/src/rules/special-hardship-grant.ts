import type { ChildFacts } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { isLeftBehind } from './is-left-behind';
import { isPlaceholderAt, valueIn } from './parameters';
import { formatYuan, placeholderFigureNote, roundToFen, toEligibility, type Programme } from './programme';
import { hukouBook, requiredDocument } from './required-documents';
import { sources } from './sources';

const source = sources.specialGrant;

function ruralMinimumLivingFamily(facts: ChildFacts): Finding {
  const missing = (['household', 'familyAssistance'] as const).filter((fact) => facts[fact] === undefined);
  if (facts.household === 'urban') return fails('城镇家庭，本项补助只给农村低保家庭', source);
  if (facts.familyAssistance !== undefined && facts.familyAssistance !== 'minimumLiving') {
    return fails('家庭没有享受低保，本项补助只给农村低保家庭', source);
  }
  return missing.length > 0
    ? unknownFor([...missing], '还需要知道家庭是否为农村低保家庭', source)
    : holds('农村低保家庭：孩子属于家庭经济困难的困境儿童', sources.distressed);
}

function inCompulsoryEducation(facts: ChildFacts): Finding {
  if (facts.schooling === undefined) return unknownFor(['schooling'], '还需要孩子的学习阶段', source);
  if (facts.schooling !== 'compulsory') return fails('孩子不在义务教育阶段', source);
  if (facts.enrolled === undefined) return unknownFor(['enrolled'], '还需要知道孩子是否在校就读', source);
  return facts.enrolled ? holds('孩子在义务教育阶段就读', source) : fails('孩子目前没有在校就读', source);
}

/**
 * 特殊困难补助金 (001 二（三）9): for left-behind and distressed children of rural 低保 families in
 * compulsory education, 30% of the local rural 低保 standard each month. The seeds count a child whose
 * family is on 低保 (family economic hardship) among 困境儿童 (000 第四章第四节), so every enrolled
 * compulsory-education child of a rural 低保 family qualifies; being left-behind is added as a reason
 * when known, because staff record it, but is not required.
 */
export const specialHardshipGrant: Programme<'specialHardshipGrant'> = {
  id: 'specialHardshipGrant',
  name: '特殊困难补助金',
  eligibility(facts, date, regionCode, params) {
    const finding = allOf(ruralMinimumLivingFamily(facts), inCompulsoryEducation(facts));
    const leftBehind = isLeftBehind(facts, date, regionCode, params);
    return toEligibility(
      finding.holds === true && leftBehind.holds === true ? { ...finding, reasons: [...finding.reasons, ...leftBehind.reasons] } : finding,
    );
  },
  amount(_facts, date, regionCode, params) {
    const standard = valueIn(params, 'benefits.minimum_living_standard.rural', regionCode, date);
    const rate = valueIn(params, 'benefits.special_hardship_grant.rate', regionCode, date);
    const monthly = roundToFen(standard * rate);
    const percent = `${roundToFen(rate * 100)}%`;
    return {
      monthly,
      breakdown: [
        { label: '当地农村低保标准', amount: standard },
        { label: `增发比例 ${percent}`, amount: monthly },
      ],
      text: `当地农村低保标准 ${formatYuan(standard)} 元 × ${percent} = 每月 ${formatYuan(monthly)} 元`,
      ...(isPlaceholderAt(params, 'benefits.minimum_living_standard.rural', regionCode, date) ? { notes: [placeholderFigureNote] } : {}),
    };
  },
  requiredDocuments: () => [
    hukouBook,
    requiredDocument('assistanceCertificate', '证明家庭享受农村低保'),
    requiredDocument('enrollmentProof', '证明孩子在义务教育阶段就读'),
  ],
};
