// Kept free of zod so pages can show statuses without carrying the validation library.

/**
 * Where an application stands (docs/policy.md "How an application travels"): a draft the family fills in,
 * the three review stages, a case the residence township is to send to the hukou place (跨省通办) and then
 * awaits its answer for, back with the family for more information, and the ends: approved or rejected here,
 * accepted or refused by the hukou place.
 */
export const applicationStatuses = [
  'draft',
  'villageVerification',
  'townshipReview',
  'countyApproval',
  'crossRegionHandover',
  'returned',
  'approved',
  'rejected',
  'handedOver',
  'hukouAccepted',
  'hukouRefused',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  draft: '草稿（还没有提交）',
  villageVerification: '村（居）儿童主任核实中',
  townshipReview: '乡镇（街道）审核中',
  countyApproval: '县民政局审批中',
  crossRegionHandover: '正在转交户籍地办理',
  returned: '需要补充材料',
  approved: '已批准',
  rejected: '未批准',
  handedOver: '已转交户籍地，等待户籍地答复',
  hukouAccepted: '户籍地已受理',
  hukouRefused: '户籍地未受理',
};

/** Statuses a staff member holds and must act on by a due date. */
export const reviewStatuses = ['villageVerification', 'townshipReview', 'countyApproval', 'crossRegionHandover', 'handedOver'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Statuses that end the case; any other status keeps the child's one active application of a programme. */
export const finalStatuses = ['approved', 'rejected', 'hukouAccepted', 'hukouRefused'] as const;

export const isReviewStatus = (status: ApplicationStatus): status is ReviewStatus =>
  (reviewStatuses as readonly string[]).includes(status);
export const isFinalStatus = (status: ApplicationStatus): boolean => (finalStatuses as readonly string[]).includes(status);
