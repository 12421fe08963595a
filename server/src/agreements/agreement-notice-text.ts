import { declineReasonLabels, type DeclineReason } from '@ccs/shared';
import type { SmsMessage } from '../sms/sms-templates';
import type { SubscribeMessage } from '../wechat/subscribe-templates';
import { shortChineseDate } from '../notifications/notification-text';
import { directorReminderText, parentReminderText, type ReminderEvent } from './agreement-reminder-text';

/** Every agreement event that writes notifications through the `agreement_keys` outbox. */
export type AgreementNoticeEvent = ReminderEvent | 'agreementTerminated' | 'caregiverUnable' | 'caregiverDeclined';

export interface NoticeFacts {
  event: AgreementNoticeEvent;
  childNames: string;
  end: string;
  villageName: string;
  caregiverName: string;
  /** The claim's data: the reason of a termination or a decline, the notes of a visit. */
  data: Record<string, unknown>;
}

/** Who is told what: a termination goes to the director; a caregiver who cannot care, or says no, to the parent. */
export function noticeTexts(facts: NoticeFacts): { parent: string | null; director: string | null } {
  const { event, childNames, villageName, caregiverName, data } = facts;
  if (event === 'agreementTerminated') {
    return {
      parent: null,
      director: `${villageName}${childNames}的委托照护协议已由家长提前结束（从${String(data.on)}起），原因：${String(data.reason)}。请了解孩子现在由谁照护。`,
    };
  }
  if (event === 'caregiverUnable') {
    return {
      parent: `村儿童主任走访发现，照护人${caregiverName}已经不能继续照护${childNames}（${String(data.notes)}）。请尽快另选一位照护人：打开“委托照护协议”，点“更换照护人”签一份新协议。`,
      director: null,
    };
  }
  if (event === 'caregiverDeclined') {
    const reason = data.reason ? `（${declineReasonLabels[data.reason as DeclineReason]}）` : '';
    return {
      parent: `${caregiverName}没有答应照顾${childNames}${reason}，这份协议不能再签了。请另请一位照护人：打开这份协议，点“另请一位照护人”，孩子和父母的信息已经填好，只要填新的照护人，再邀请签字。`,
      director: null,
    };
  }
  return { parent: parentReminderText({ ...facts, event }), director: directorReminderText({ ...facts, event }) };
}

/** The news of each event as the agreementNotice SMS parameter; the reasons and notes stay in the app. */
function smsNews(event: AgreementNoticeEvent, end: string): string {
  switch (event) {
    case 'agreementExpiring30':
    case 'agreementExpiring7':
      return `将于${shortChineseDate(end)}到期`;
    case 'agreementExpired':
      return `已于${shortChineseDate(end)}到期`;
    case 'agreementTerminated':
      return '家长已提前结束协议';
    case 'caregiverUnable':
      return '照护人不能继续照护';
    case 'caregiverDeclined':
      return '照护人没有答应';
  }
}

/** The same news as the approved agreementNotice SMS, for whoever reads it on a phone. */
export function noticeSms(facts: Pick<NoticeFacts, 'event' | 'childNames' | 'end'>): SmsMessage {
  return { template: 'agreementNotice', params: { children: facts.childNames, news: smsNews(facts.event, facts.end) } };
}

/** Each event as the subscribe message's 当前状态: WeChat's phrase keyword takes five Chinese characters at most. */
const subscribeNews: Record<AgreementNoticeEvent, string> = {
  agreementExpiring30: '即将到期',
  agreementExpiring7: '即将到期',
  agreementExpired: '已到期',
  agreementTerminated: '已提前结束',
  caregiverUnable: '需换照护人',
  caregiverDeclined: '照护人拒绝',
};

/** The parent's news as the agreementNotice subscribe message, opening the agreement; the SMS's words as its hint. */
export function noticeSubscribeMessage(facts: Pick<NoticeFacts, 'event' | 'childNames' | 'end'>, agreementId: string): SubscribeMessage {
  return {
    template: 'agreementNotice',
    values: { children: facts.childNames, news: subscribeNews[facts.event], hint: smsNews(facts.event, facts.end) },
    page: `packages/agreements/pages/agreement/index?id=${agreementId}`,
  };
}
