import { beforeAll, describe, expect, it } from 'vitest';
import { identityModel } from '../auth/account-model';
import { markOverdueCases } from '../applications/mark-overdue-cases';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { notificationClaimModel, notificationModel } from './notification-model';
import { notificationAdapters, type NotificationAdapters } from './notification-adapters';
import { relayCaseNotifications } from './relay-case-notifications';
import { sendPendingNotifications } from './send-pending-notifications';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};
const accounts: Record<string, string> = {};

beforeAll(async () => {
  tokens.wang = await signInFamily(county.server, '13900000001');
  const wechat = await county.api.post('/api/auth/wechat-login', { code: 'grandma-li#1' });
  tokens.grandma = wechat.body.accessToken;
  accounts.grandma = wechat.body.account.id;
  for (const username of ['director01', 'supervisor103', 'county', 'admin']) {
    tokens[username] = await signInStaff(county.server, username);
    accounts[username] = (await county.api.get('/api/staff/me', tokens[username])).body.id;
  }
}, 120_000);

const relayAndSend = async () => {
  await relayCaseNotifications(county.server.deps);
  await sendPendingNotifications(county.server.deps);
};
const notificationsOf = (applicationId: string) => notificationModel(county.server.deps.db).find({ applicationId }).sort({ seq: 1 }).lean();
const sentLines = (id: string) =>
  county.server.logLines.filter((line) => line.msg === 'notification sent' && line.notificationId === id);
const dayAfter = (isoDate: string) => new Date(new Date(`${isoDate}T12:00:00+08:00`).getTime() + 24 * 3600_000);
const act = (id: string, who: string, body: Record<string, unknown>) => county.api.post(`/api/staff/cases/${id}/transitions`, body, tokens[who]);

describe('the family hears of every step', () => {
  it('by SMS on the portal, each message exactly once while three instances relay and send at once', async () => {
    const id = await startDraft(county.server, tokens.wang!);
    const submitted = await submitDraft(county.server, tokens.wang!, id);
    const verified = await act(id, 'director01', { action: 'verify', expectedVersion: submitted.version, notes: '入户走访，情况属实' });
    expect(verified.status).toBe(200);

    await Promise.all([relayAndSend(), relayAndSend(), relayAndSend()]);
    await relayAndSend();

    const messages = await notificationsOf(id);
    expect(messages.map((m) => [m.seq, m.event, m.channel, m.to, m.status])).toEqual([
      [1, 'submitted', 'sms', '13900000001', 'sent'],
      [2, 'verify', 'sms', '13900000001', 'sent'],
    ]);
    for (const message of messages) expect(sentLines(message._id)).toHaveLength(1);
    expect(messages[0]!.text).toBe(
      `您为孩子申请的事实无人抚养儿童基本生活补贴（编号 ${submitted.reference}）：已提交申请，现由六广村儿童主任办理，预计 ${chineseDate(submitted.dueDate)} 前办结。`,
    );
    expect(messages[1]!.text).toBe(
      `您为孩子申请的事实无人抚养儿童基本生活补贴：儿童主任已入户核实，报乡镇（街道）审核，现由六广镇儿童督导员办理，预计 ${chineseDate(verified.body.dueDate)} 前办结。`,
    );
    // The SMS itself is the approved template with the programme and the step as parameters.
    expect(messages.map((m) => m.sms)).toEqual([
      { template: 'caseStep', params: { programme: '事实无人抚养儿童基本生活补贴', step: '已提交，等待核实' } },
      { template: 'caseStep', params: { programme: '事实无人抚养儿童基本生活补贴', step: '村里已核实，报乡镇审核' } },
    ]);
  });

  it('by WeChat subscribe message in the mini-program; a return does not put the reason in the message', async () => {
    const id = await startDraft(county.server, tokens.grandma!);
    const submitted = await submitDraft(county.server, tokens.grandma!, id);
    await act(id, 'director01', { action: 'return', expectedVersion: submitted.version, reason: '请补拍父亲的服刑证明' });
    await relayAndSend();
    const openid = (await identityModel(county.server.deps.db).findOne({ accountId: accounts.grandma, kind: 'wechat' }).lean())!.value;
    const messages = await notificationsOf(id);
    expect(messages.map((m) => [m.event, m.channel, m.to])).toEqual([
      ['submitted', 'wechat', openid],
      ['return', 'wechat', openid],
    ]);
    expect(messages[1]!.text).toContain('需要补充材料，请打开“我的申请”查看');
    expect(messages[1]!.text).not.toContain('服刑');
  });
});

describe('an overdue case escalates to the level above, not to the family', () => {
  it('a village director’s case goes to the township supervisor; a township’s to the county officer', async () => {
    const atVillage = await startDraft(county.server, tokens.wang!);
    const villageCase = await submitDraft(county.server, tokens.wang!, atVillage);
    const atTownship = await startDraft(county.server, tokens.wang!);
    const townshipCase = await submitDraft(county.server, tokens.wang!, atTownship);
    const verified = await act(atTownship, 'director01', { action: 'verify', expectedVersion: townshipCase.version, notes: '已走访' });
    await relayAndSend();

    const later = dayAfter([villageCase.dueDate, verified.body.dueDate].sort().at(-1));
    await markOverdueCases(county.server.deps, later);
    await Promise.all([relayAndSend(), relayAndSend(), relayAndSend()]);

    const village = (await notificationsOf(atVillage)).filter((m) => m.event === 'overdue');
    expect(village.map((m) => [String(m.recipientAccountId), m.channel, m.status])).toEqual([[accounts.supervisor103, 'workbench', 'sent']]);
    expect(village[0]!.text).toBe(
      `【督办提醒】六广村儿童主任（王秀英）经办的事实无人抚养儿童基本生活补贴申请（编号 ${villageCase.reference}）已超过办理时限（应于 ${chineseDate(villageCase.dueDate)} 前办结），请督促办理。`,
    );
    const township = (await notificationsOf(atTownship)).filter((m) => m.event === 'overdue');
    expect(township.map((m) => String(m.recipientAccountId))).toEqual([accounts.county]);
    for (const message of [...village, ...township]) expect(sentLines(message._id)).toHaveLength(1);
    // The family's messages stop at the steps it takes part in.
    expect((await notificationsOf(atVillage)).filter((m) => String(m.recipientAccountId) !== accounts.supervisor103).map((m) => m.event)).toEqual(['submitted']);
  });
});

describe('sending', () => {
  it('retries a failed send later and then sends it once', async () => {
    await relayAndSend();
    const id = await startDraft(county.server, tokens.wang!);
    await submitDraft(county.server, tokens.wang!, id);
    await relayCaseNotifications(county.server.deps);
    const failing: NotificationAdapters = {
      ...notificationAdapters(county.server.deps),
      sms: async () => {
        throw new Error('gateway timeout');
      },
    };
    const now = new Date();
    expect(await sendPendingNotifications(county.server.deps, failing, now)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await notificationsOf(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'gateway timeout' });
    // Not before its retry time, then once.
    expect(await sendPendingNotifications(county.server.deps, undefined, now)).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + 10 * 60_000);
    const runs = await Promise.all([1, 2, 3].map(() => sendPendingNotifications(county.server.deps, undefined, later)));
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    expect((await notificationsOf(id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sentLines(failed!._id)).toHaveLength(1);
  });

  it('takes over a claim left by a sender that stopped, after a minute', async () => {
    await relayAndSend();
    const id = await startDraft(county.server, tokens.wang!);
    await submitDraft(county.server, tokens.wang!, id);
    await relayCaseNotifications(county.server.deps);
    const [pending] = await notificationsOf(id);
    const now = new Date();
    // A sender claimed it and died before it could record the claim.
    await notificationClaimModel(county.server.deps.db).create({ _id: `${pending!._id}#1`, claimedAt: new Date(now.getTime() - 10_000) });
    expect((await sendPendingNotifications(county.server.deps, undefined, now)).sent).toBe(0);
    const afterAMinute = new Date(now.getTime() + 61_000);
    expect((await sendPendingNotifications(county.server.deps, undefined, afterAMinute)).sent).toBe(1);
    expect((await notificationsOf(id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

function chineseDate(isoDate: string): string {
  return `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;
}
