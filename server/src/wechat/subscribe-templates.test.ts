import { describe, expect, it } from 'vitest';
import { timelineEventLabels } from '@ccs/shared';
import { familySubscribeMessage } from '../notifications/notification-text';
import { noticeSubscribeMessage, type AgreementNoticeEvent } from '../agreements/agreement-notice-text';
import { fitSubscribeValue, subscribeTemplates, type SubscribeMessage } from './subscribe-templates';

/** WeChat's phrase keyword: at most five characters, Chinese only (订阅消息参数值内容限制). */
const phrase = /^[\u4e00-\u9fa5]{1,5}$/;

/** Each keyword's value as the outbox writes it, before it is cut to fit. */
const keywordValues = (message: SubscribeMessage) =>
  Object.entries(subscribeTemplates[message.template]).map(([keyword, field]) => [keyword, (message.values as Record<string, string>)[field]!] as const);

const familyEvents = Object.keys(timelineEventLabels).filter((event) => event !== 'overdue');
const agreementEvents: AgreementNoticeEvent[] = ['agreementExpiring30', 'agreementExpiring7', 'agreementExpired', 'agreementTerminated', 'caregiverUnable', 'caregiverDeclined'];

describe('every subscribe message the outbox writes fits its template as it is', () => {
  const step = (event: string) => ({ event, programmeName: '孤儿基本生活费', reference: null, holder: null, dueDate: null, grantSummary: null });
  it.each(familyEvents)('a case step “%s”: its 办理进度 a phrase of its own, the hint within 20 characters', (event) => {
    const message = familySubscribeMessage(step(event), '675f0c0e8a1b2c3d4e5f6a7b');
    expect((message.values as Record<string, string>).step).not.toBe('有新进展');
    for (const [keyword, value] of keywordValues(message)) {
      if (keyword.startsWith('phrase')) expect(value).toMatch(phrase);
      expect(fitSubscribeValue(keyword, value)).toBe(value);
    }
  });

  it.each(agreementEvents)('agreement news “%s”', (event) => {
    const message = noticeSubscribeMessage({ event, childNames: '王小明、王小红', end: '2027-12-31' }, 'agreement-1');
    for (const [keyword, value] of keywordValues(message)) {
      if (keyword.startsWith('phrase')) expect(value).toMatch(phrase);
      expect(fitSubscribeValue(keyword, value)).toBe(value);
    }
  });

  it('a long programme name or many children are cut with their end marked, a phrase cut short', () => {
    expect(fitSubscribeValue('thing1', '王小明、王小红、王小刚、王小丽、王小强、王小芳')).toBe('王小明、王小红、王小刚、王小丽、王小强…');
    expect(fitSubscribeValue('phrase2', '照护人没有答应')).toBe('照护人没有');
  });
});
