import { isOrphan } from './is-orphan';
import { valueIn } from './parameters';
import { amountNeeds, formatYuan, toEligibility, type Programme } from './programme';
import { hukouBook, parentDocuments, requiredDocument } from './required-documents';

/**
 * 孤儿基本生活费: for orphans (is-orphan.ts), at the 集中养育 standard for a child raised in a welfare
 * institution and the 社会散居 standard for a child living with relatives (000 第一章第一节, 第四章第一节).
 */
export const orphanAllowance: Programme<'orphanAllowance'> = {
  id: 'orphanAllowance',
  name: '孤儿基本生活费',
  eligibility: (facts, date, regionCode, params) => toEligibility(isOrphan(facts, date, regionCode, params)),
  amount(facts, date, regionCode, params) {
    if (!facts.livingArrangement) return amountNeeds(['livingArrangement']);
    const institutional = facts.livingArrangement === 'institution';
    const standard = valueIn(
      params,
      institutional ? 'benefits.orphan_allowance.institutional_amount' : 'benefits.orphan_allowance.scattered_amount',
      regionCode,
      date,
    );
    const label = institutional ? '集中养育孤儿基本生活费标准' : '社会散居孤儿基本生活费标准';
    return {
      monthly: standard,
      breakdown: [{ label, amount: standard }],
      text: `${label}：每月 ${formatYuan(standard)} 元`,
    };
  },
  requiredDocuments: (facts) => [
    hukouBook,
    ...parentDocuments(facts),
    ...(facts.livingArrangement === 'institution' ? [requiredDocument('institutionProof', '确定按集中养育标准发放')] : []),
  ],
};
