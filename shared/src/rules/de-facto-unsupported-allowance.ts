import type { IsoDate } from '../calendar/iso-date';
import { familyAssistanceLabels, type ChildFacts, type FactName } from './child-facts';
import { hardshipDisabilityLivingSubsidy } from './hardship-disability-living-subsidy';
import { isDeFactoUnsupported } from './is-de-facto-unsupported';
import { valueIn, type ParameterSet } from './parameters';
import { amountNeeds, formatYuan, roundToFen, toEligibility, type AmountLine, type Programme } from './programme';
import { hukouBook, parentDocuments, requiredDocument } from './required-documents';

/** What the child already receives that counts against the standard, and the facts still needed to know it. */
function receivedSupport(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): { lines: AmountLine[]; missing: FactName[] } {
  const lines: AmountLine[] = [];
  const missing: FactName[] = [];
  if (facts.familyAssistance === undefined) missing.push('familyAssistance');
  else if (facts.familyAssistance !== 'none') {
    if (facts.assistanceMonthly === undefined) missing.push('assistanceMonthly');
    else lines.push({ label: `现领${familyAssistanceLabels[facts.familyAssistance]}`, amount: facts.assistanceMonthly });
  }
  // A child the subsidy's own rule already turns down (no disability, or a family not on 低保) receives
  // none of it, so the family is not asked.
  const cannotReceive = facts.disability === null || hardshipDisabilityLivingSubsidy.eligibility(facts, date, regionCode, params).eligible === false;
  const subsidy = facts.disabilityLivingSubsidyMonthly ?? (cannotReceive ? 0 : undefined);
  if (subsidy === undefined) missing.push('disabilityLivingSubsidyMonthly');
  else lines.push({ label: '现领困难残疾人生活补贴', amount: subsidy });
  return { lines: lines.filter((line) => line.amount > 0), missing };
}

/**
 * 事实无人抚养儿童基本生活补贴 (000 第四章第五节): the scattered-orphan standard. A child who already
 * gets 低保, 特困供养 or 困难残疾人生活补贴 below that standard is paid the difference (补差); one who gets
 * as much or more is paid nothing more; any other child is paid in full. What the child receives from
 * the three is added up before comparing. The standard is read from the scattered-orphan parameter on
 * purpose: the seeds tie the two together ("按照本市社会散居孤儿保障标准执行"), so one raise moves both.
 * (That the allowance is not counted as family income for 低保 is a rule of the 低保 side.)
 */
export const deFactoUnsupportedAllowance: Programme<'deFactoUnsupportedAllowance'> = {
  id: 'deFactoUnsupportedAllowance',
  name: '事实无人抚养儿童基本生活补贴',
  eligibility: (facts, date, regionCode, params) => toEligibility(isDeFactoUnsupported(facts, date, regionCode, params)),
  amount(facts, date, regionCode, params) {
    const { lines, missing } = receivedSupport(facts, date, regionCode, params);
    if (missing.length > 0) return amountNeeds(missing);
    const standard = valueIn(params, 'benefits.orphan_allowance.scattered_amount', regionCode, date);
    const received = lines.reduce((sum, line) => sum + line.amount, 0);
    const monthly = roundToFen(Math.max(0, standard - received));
    const breakdown = [
      { label: '事实无人抚养儿童基本生活补贴标准', amount: standard },
      ...lines.map((line) => ({ label: line.label, amount: -line.amount })),
    ];
    const receivedText = lines.map((line) => `${line.label} ${formatYuan(line.amount)} 元`);
    const text =
      lines.length === 0
        ? `按标准全额发放：每月 ${formatYuan(standard)} 元`
        : monthly > 0
          ? `标准 ${formatYuan(standard)} 元 − ${receivedText.join(' − ')} = 每月 ${formatYuan(monthly)} 元`
          : `${receivedText.join('，')}，已达到标准 ${formatYuan(standard)} 元，不再补差：每月 0 元`;
    return { monthly, breakdown, text };
  },
  requiredDocuments: (facts) => [
    hukouBook,
    ...parentDocuments(facts),
    ...(facts.familyAssistance === 'minimumLiving' || facts.familyAssistance === 'destituteSupport'
      ? [requiredDocument('assistanceCertificate', '确定补差金额')]
      : []),
    ...((facts.disabilityLivingSubsidyMonthly ?? 0) > 0 ? [requiredDocument('disabilitySubsidyProof', '确定补差金额')] : []),
  ],
};
