import { roleNames, timelineEventLabels, type Role } from '@ccs/shared';
import type { SmsMessage } from '../sms/sms-templates';
import type { SubscribeMessage } from '../wechat/subscribe-templates';

/** 2026-12-05 → 12月5日, as a family reads a date. */
export const shortChineseDate = (isoDate: string): string => `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;

export interface StepFacts {
  event: string;
  programmeName: string;
  reference: string | null;
  /** Where the holder's post is, e.g. 六广镇, and the role in it. */
  holder: { place: string; role: Role; name: string | null } | null;
  dueDate: string | null;
  /** The family-facing sentence fixed on approval. */
  grantSummary: string | null;
}

const labelOf = (event: string): string => timelineEventLabels[event as keyof typeof timelineEventLabels] ?? '申请有了新进展';

/**
 * What the family reads in the SMS or WeChat message about a step. Reasons and facts stay in the app: a
 * message may be read by anyone holding the phone, and a return reason can name a parent's imprisonment.
 */
export function familyNotificationText(step: StepFacts): string {
  const opening = `您为孩子申请的${step.programmeName}`;
  if (step.event === 'approve' && step.grantSummary) return `${opening}：${step.grantSummary}。`;
  if (step.event === 'return') return `${opening}需要补充材料，请打开“我的申请”查看需要补充的内容后重新提交。`;
  if (step.event === 'reject') return `${opening}未获批准，原因请打开“我的申请”查看。`;
  if (step.event === 'hukouRefuse') return `${opening}：户籍地未受理，原因请打开“我的申请”查看。`;
  if (step.event === 'handOver') return `${opening}：已转交户籍地办理，户籍地答复后会再通知您。`;
  const where = step.holder && step.dueDate
    ? `，现由${step.holder.place}${roleNames[step.holder.role]}办理，预计 ${shortChineseDate(step.dueDate)} 前办结`
    : '';
  const numbered = step.event === 'submitted' && step.reference ? `（编号 ${step.reference}）` : '';
  return `${opening}${numbered}：${labelOf(step.event)}${where}。`;
}

/** A step as an SMS parameter: carriers take a dozen characters per parameter (sms/sms-settings.ts). */
const smsStepLabels: Record<string, string> = {
  submitted: '已提交，等待核实',
  resubmitted: '已重新提交，等待核实',
  verify: '村里已核实，报乡镇审核',
  forward: '乡镇已审核，报县里审批',
  approve: '已批准',
  return: '需要补充材料',
  reject: '未获批准',
  handOver: '已转交户籍地办理',
  hukouAccept: '户籍地已受理',
  hukouRefuse: '户籍地未受理',
  reassigned: '经办人员已变更',
};

/** The family's news as the approved caseStep SMS: the programme and where the case is, no reasons. */
export function familyNotificationSms(step: StepFacts): SmsMessage {
  return { template: 'caseStep', params: { programme: step.programmeName, step: smsStepLabels[step.event] ?? '有了新进展' } };
}

/** A step as the subscribe message's 办理进度: WeChat's phrase keyword takes at most five Chinese characters, no punctuation. */
const subscribeStepPhrases: Record<string, string> = {
  submitted: '已提交',
  resubmitted: '已重新提交',
  verify: '村里已核实',
  forward: '乡镇已审核',
  approve: '已批准',
  return: '需补充材料',
  reject: '未获批准',
  handOver: '已转交',
  hukouAccept: '户籍地受理',
  hukouRefuse: '未获受理',
  reassigned: '经办人变更',
};

/** The family's news as the caseStep subscribe message, opening the application; like the SMS, no reasons. */
export function familySubscribeMessage(step: StepFacts, applicationId: string): SubscribeMessage {
  const hint = step.event === 'return' ? '请打开申请补充材料后重新提交' : '点开查看办理进度和下一步';
  return {
    template: 'caseStep',
    values: { programme: step.programmeName, step: subscribeStepPhrases[step.event] ?? '有新进展', hint },
    page: `packages/family/pages/application/index?id=${applicationId}`,
  };
}

/** An escalation reaches staff who use a phone only as the staffNotice SMS; the case is on the workbench. */
export const ESCALATION_SMS: SmsMessage = { template: 'staffNotice', params: { subject: '申请超时待督办' } };

/** What the level above reads when a case held below it is overdue. */
export function escalationText(step: StepFacts): string {
  const who = step.holder ? `${step.holder.place}${roleNames[step.holder.role]}${step.holder.name ? `（${step.holder.name}）` : ''}` : '经办人员';
  const due = step.dueDate ? `（应于 ${shortChineseDate(step.dueDate)} 前办结）` : '';
  return `【督办提醒】${who}经办的${step.programmeName}申请（编号 ${step.reference ?? '无'}）已超过办理时限${due}，请督促办理。`;
}
