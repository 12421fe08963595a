import { describe, expect, it } from 'vitest';
import { escalationText, familyNotificationText, shortChineseDate, type StepFacts } from './notification-text';
import { postsAbove } from './notification-recipients';

const programmeName = '事实无人抚养儿童基本生活补贴';
const step = (fields: Partial<StepFacts>): StepFacts => ({
  event: 'verify',
  programmeName,
  reference: '520123-2026-000001',
  holder: { place: '六广镇', role: 'childSupervisor', name: '罗督导员' },
  dueDate: '2026-12-05',
  grantSummary: null,
  ...fields,
});

describe('what the family reads about each step', () => {
  it.each([
    ['a verification names the next holder and the due date', step({}), `您为孩子申请的${programmeName}：儿童主任已入户核实，报乡镇（街道）审核，现由六广镇儿童督导员办理，预计 12月5日 前办结。`],
    ['an approval gives the amount and first payment month', step({ event: 'approve', holder: null, dueDate: null, grantSummary: '已批准，每月 700 元，自2026年12月起发放' }), `您为孩子申请的${programmeName}：已批准，每月 700 元，自2026年12月起发放。`],
    ['a return sends the family to the app for the reason', step({ event: 'return', holder: null, dueDate: null }), `您为孩子申请的${programmeName}需要补充材料，请打开“我的申请”查看需要补充的内容后重新提交。`],
    ['a rejection does the same', step({ event: 'reject', holder: null, dueDate: null }), `您为孩子申请的${programmeName}未获批准，原因请打开“我的申请”查看。`],
    ['a hand-over to the hukou place says an answer will follow, not a date the township finishes by', step({ event: 'handOver' }), `您为孩子申请的${programmeName}：已转交户籍地办理，户籍地答复后会再通知您。`],
    ['a refusal by the hukou place sends the family to the app for the reason', step({ event: 'hukouRefuse', holder: null, dueDate: null }), `您为孩子申请的${programmeName}：户籍地未受理，原因请打开“我的申请”查看。`],
    ['an acceptance by the hukou place', step({ event: 'hukouAccept', holder: null, dueDate: null }), `您为孩子申请的${programmeName}：户籍地已受理，后续由户籍地办理。`],
    ['a change of staff keeps the due date', step({ event: 'reassigned', holder: { place: '六广村', role: 'childDirector', name: '新主任' } }), `您为孩子申请的${programmeName}：经办人员变更，由新的工作人员继续办理，现由六广村儿童主任办理，预计 12月5日 前办结。`],
  ])('%s', (_name, facts, text) => {
    expect(familyNotificationText(facts)).toBe(text);
  });

  it('writes dates the way a family reads them, without leading zeros', () => {
    expect(shortChineseDate('2027-01-04')).toBe('1月4日');
  });
});

describe('escalation', () => {
  it.each([
    ['a village director’s work goes to the township supervisor first', 'childDirector', '520123103201', [['childSupervisor', '520123103'], ['countyOfficer', '520123'], ['admin', '520123']]],
    ['a township supervisor’s work (also for villages without a director) to the county', 'childSupervisor', '520123103', [['countyOfficer', '520123'], ['admin', '520123']]],
    ['the county officer’s work to the county’s admins', 'countyOfficer', '520123', [['admin', '520123']]],
  ] as const)('%s', (_name, role, regionCode, posts) => {
    expect(postsAbove({ role, regionCode, accountId: null, name: null })).toEqual(posts);
  });

  it('tells the level above whose case it is and when it was due', () => {
    expect(escalationText(step({ event: 'overdue', holder: { place: '六广村', role: 'childDirector', name: '王秀英' } }))).toBe(
      `【督办提醒】六广村儿童主任（王秀英）经办的${programmeName}申请（编号 520123-2026-000001）已超过办理时限（应于 12月5日 前办结），请督促办理。`,
    );
  });
});
