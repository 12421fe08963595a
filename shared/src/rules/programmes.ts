import { childRehabilitation } from './child-rehabilitation';
import { deFactoUnsupportedAllowance } from './de-facto-unsupported-allowance';
import { hardshipDisabilityLivingSubsidy } from './hardship-disability-living-subsidy';
import { hivChildAllowance } from './hiv-child-allowance';
import { lotteryStudyGrant } from './lottery-study-grant';
import { orphanAllowance } from './orphan-allowance';
import { severeDisabilityCareSubsidy } from './severe-disability-care-subsidy';
import { specialHardshipGrant } from './special-hardship-grant';
import { temporaryAssistance } from './temporary-assistance';

/** Every programme in docs/policy.md "Money", in the order the app lists them. */
export const programmes = [
  orphanAllowance,
  deFactoUnsupportedAllowance,
  hivChildAllowance,
  specialHardshipGrant,
  lotteryStudyGrant,
  childRehabilitation,
  severeDisabilityCareSubsidy,
  hardshipDisabilityLivingSubsidy,
  temporaryAssistance,
] as const;

export type ProgrammeId = (typeof programmes)[number]['id'];
