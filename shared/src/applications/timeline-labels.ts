import type { CaseAction } from './case-actions';

/** Each step in the words the family reads on the timeline. */
export const timelineEventLabels: Record<CaseAction | 'submitted' | 'resubmitted' | 'overdue' | 'reassigned', string> = {
  submitted: '已提交申请',
  resubmitted: '补充材料后重新提交',
  verify: '儿童主任已入户核实，报乡镇（街道）审核',
  forward: '乡镇（街道）已审核，报县民政局审批',
  approve: '县民政局已批准',
  return: '退回给家长补充材料',
  reject: '未批准',
  handOver: '已转交户籍地办理',
  hukouAccept: '户籍地已受理，后续由户籍地办理',
  hukouRefuse: '户籍地未受理',
  overdue: '超过办理时限，已提醒上级督办',
  reassigned: '经办人员变更，由新的工作人员继续办理',
};
