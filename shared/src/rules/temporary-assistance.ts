import { fails, holds, unknownFor, type Finding } from './finding';
import { toEligibility, type Programme } from './programme';
import type { ChildFacts } from './child-facts';
import { hukouBook, requiredDocument } from './required-documents';
import { sources } from './sources';

function suddenHardship(facts: ChildFacts): Finding {
  const source = sources.temporaryAssistance;
  if (facts.suddenHardship === undefined) return unknownFor(['suddenHardship'], '还需要知道家庭是否遭遇突发困难', source);
  return facts.suddenHardship
    ? holds('家庭遭遇突发性、紧迫性、临时性的生活困难，可以申请临时救助，由工作人员核实', source)
    : fails('家庭没有遭遇突发困难', source);
}

/**
 * 临时救助 (000 第四章第四节): families of children hit by sudden, urgent, temporary hardship, case by
 * case, also where the emergency happens for a migrant family (002 （九）). The amount is set by staff.
 */
export const temporaryAssistance: Programme<'temporaryAssistance'> = {
  id: 'temporaryAssistance',
  name: '临时救助',
  eligibility: (facts) => toEligibility(suddenHardship(facts)),
  amount: () => ({ breakdown: [], text: '临时救助的金额由工作人员根据家庭的困难情况核定' }),
  requiredDocuments: () => [hukouBook, requiredDocument('hardshipStatement', '说明遭遇了什么困难，便于工作人员核定救助金额')],
};
