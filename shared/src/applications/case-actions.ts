import type { Role } from '../auth/roles';
import type { ApplicationStatus, ReviewStatus } from './application-status';

/**
 * What staff can do to a case (docs/policy.md "How an application travels" step 3): the village verifies
 * after a home visit, the township forwards, the county approves; any stage can return the case to the
 * family or reject it, both with a reason; a residence township hands a hukou-place case over (跨省通办) and records
 * the hukou place's answer: accepted under their reference, or refused with their reason.
 */
export const caseActions = ['verify', 'forward', 'approve', 'return', 'reject', 'handOver', 'hukouAccept', 'hukouRefuse'] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseActionLabels: Record<CaseAction, string> = {
  verify: '核实完成，报乡镇审核',
  forward: '审核通过，报县民政局审批',
  approve: '批准',
  return: '退回补充材料',
  reject: '不予批准',
  handOver: '已转交户籍地',
  hukouAccept: '户籍地已受理',
  hukouRefuse: '户籍地未受理',
};

/** Actions that must say why: the family reads the reason and must know what to do next. */
export const actionsNeedingReason: readonly CaseAction[] = ['return', 'reject', 'hukouRefuse'];
/** Verification records what the home visit found (where a hand-over went, the server records itself). */
export const actionsNeedingNotes: readonly CaseAction[] = ['verify'];
/** The hukou place's acceptance carries its own reference number, so the family can ask there. */
export const actionsNeedingReference: readonly CaseAction[] = ['hukouAccept'];

const moves: Record<ReviewStatus, Partial<Record<CaseAction, ApplicationStatus>>> = {
  villageVerification: { verify: 'townshipReview', return: 'returned', reject: 'rejected' },
  townshipReview: { forward: 'countyApproval', return: 'returned', reject: 'rejected' },
  countyApproval: { approve: 'approved', return: 'returned', reject: 'rejected' },
  crossRegionHandover: { handOver: 'handedOver', return: 'returned' },
  handedOver: { hukouAccept: 'hukouAccepted', hukouRefuse: 'hukouRefused' },
};

/** The role that holds each review stage; a supervisor also holds village work where a village has no director. */
export const stageRoles: Record<ReviewStatus, Role> = {
  villageVerification: 'childDirector',
  townshipReview: 'childSupervisor',
  countyApproval: 'countyOfficer',
  crossRegionHandover: 'childSupervisor',
  handedOver: 'childSupervisor',
};

/** The status an action leads to from a status, or undefined when the action does not apply there. */
export function nextStatus(status: ApplicationStatus, action: CaseAction): ApplicationStatus | undefined {
  return (moves as Partial<Record<ApplicationStatus, Partial<Record<CaseAction, ApplicationStatus>>>>)[status]?.[action];
}

/** The actions a case in this status offers, in the order the workbench shows them. */
export function actionsFor(status: ApplicationStatus): CaseAction[] {
  return caseActions.filter((action) => nextStatus(status, action) !== undefined);
}
