import type { ParameterName } from '../rules/parameters';
import type { ProgrammeId } from '../rules/programmes';
import type { ReviewStatus } from './application-status';
import { crossRegionWords, type CrossRegionScope } from '../regions/cross-region-scope';

export interface RoutingRule {
  /** Whose village receives the case: the child's hukou place or where the child lives now. */
  place: 'hukou' | 'residence';
  /** Why, in plain words, with the seed it comes from; recorded on every case it routes. */
  reason: string;
  source: string;
}

const hukouBasicLiving: RoutingRule = {
  place: 'hukou',
  reason: '孤儿、事实无人抚养儿童的基本生活保障由户籍地乡镇（街道）审核、县级民政部门认定',
  source: '002_3af6e7b58dbd6ae5.txt （九）；000_bf3765dc3c2ed23d.txt 第四章第一节、第五章第一节',
};

/** Which village's child director receives each programme's applications (docs/policy.md step 2). */
export const routingRules: Record<ProgrammeId, RoutingRule> = {
  orphanAllowance: hukouBasicLiving,
  deFactoUnsupportedAllowance: hukouBasicLiving,
  // The reason is read by the village and township too, and stored plain: it names no diagnosis.
  hivChildAllowance: { ...hukouBasicLiving, reason: '困境儿童基本生活保障由户籍地民政部门认定' },
  lotteryStudyGrant: { ...hukouBasicLiving, reason: '福彩圆梦孤儿助学面向孤儿，由户籍地民政部门认定孤儿身份' },
  specialHardshipGrant: {
    place: 'hukou',
    reason: '特殊困难补助金按户籍地农村低保标准的30%增发，由户籍地办理',
    source: '001_b22904ff7a2abec8.txt 二（三）9',
  },
  childRehabilitation: {
    place: 'residence',
    reason: '流动残疾儿童在居住地申请和享受康复救助',
    source: '002_3af6e7b58dbd6ae5.txt （八）',
  },
  severeDisabilityCareSubsidy: {
    place: 'hukou',
    reason: '残疾人两项补贴由户籍地民政部门办理',
    source: '002_3af6e7b58dbd6ae5.txt （九）',
  },
  hardshipDisabilityLivingSubsidy: {
    place: 'hukou',
    reason: '残疾人两项补贴由户籍地民政部门办理',
    source: '002_3af6e7b58dbd6ae5.txt （九）',
  },
  temporaryAssistance: {
    place: 'residence',
    reason: '在急难发生地（现居住地）实施临时救助',
    source: '002_3af6e7b58dbd6ae5.txt （九）',
  },
};

/**
 * Where a receiving township hands a case over because the hukou place is outside this service: 跨省通办 when the
 * provinces differ, else 跨县 or 异地 (`crossRegionWords`).
 */
export function crossRegionRouting(scope: CrossRegionScope): Pick<RoutingRule, 'reason' | 'source'> {
  return {
    reason: `${crossRegionWords[scope].handling}：户籍地不在本系统服务范围内，由现居住地乡镇（街道）受理，一次性告知需补充的材料，并在时限内转交户籍地办理`,
    source: '002_3af6e7b58dbd6ae5.txt （九）“跨省通办”、（四）“跨县域异地居住”；docs/policy.md（转交和答复时限为公开实践，待县民政局确认）',
  };
}

/** The working-day time limit of each review stage for a programme, as a parameter name. */
export function stageTimeLimit(programme: ProgrammeId, stage: ReviewStatus): ParameterName {
  if (stage === 'villageVerification') return 'time_limits.village_verification';
  if (stage === 'crossRegionHandover') return 'time_limits.cross_region_handover';
  if (stage === 'handedOver') return 'time_limits.cross_region_answer';
  const level = stage === 'townshipReview' ? 'township_review' : 'county_approval';
  if (programme === 'orphanAllowance') return `time_limits.${level}.orphan`;
  if (programme === 'deFactoUnsupportedAllowance') return `time_limits.${level}.de_facto_unsupported`;
  return `time_limits.${level}.other_programmes`;
}
