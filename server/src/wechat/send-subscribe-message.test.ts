import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startWechatStandIn, type WechatStandIn } from '../../test-support/wechat-stand-in';
import { loadConfig } from '../config';
import { sendSubscribeMessage } from './send-subscribe-message';

describe('subscribe messages through WeChat (subscribeMessage.send)', () => {
  let wechat: WechatStandIn;
  let server: TestServer;

  beforeAll(async () => {
    wechat = await startWechatStandIn();
    server = await startTestServer({ ...wechat.env, WECHAT_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=tpl-case-step' });
  });
  afterAll(async () => {
    await server?.close();
    await wechat?.close();
  });

  const caseStep = (openid: string, programme: string) => ({
    openid,
    template: 'caseStep' as const,
    values: { programme, step: '村里已核实', hint: '打开“我的申请”查看下一步' },
    page: 'packages/family/pages/applications/index',
  });

  it('sends the configured template, every value cut to what its keyword takes', async () => {
    expect(await sendSubscribeMessage(server.deps, caseStep('o-family', '事实无人抚养儿童基本生活补贴（含生活费和护理补贴）'))).toBe('sent');
    expect(wechat.subscribeMessages).toEqual([
      {
        touser: 'o-family',
        template_id: 'tpl-case-step',
        page: 'packages/family/pages/applications/index',
        data: { thing1: { value: '事实无人抚养儿童基本生活补贴（含生活费…' }, phrase2: { value: '村里已核实' }, thing3: { value: '打开“我的申请”查看下一步' } },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    ]);
    expect(wechat.refusedSends).toEqual([]);
  });

  it('says the person did not subscribe, and sends nothing for a message without a template id', async () => {
    wechat.notSubscribed.add('o-declined');
    expect(await sendSubscribeMessage(server.deps, caseStep('o-declined', '临时救助'))).toBe('notSubscribed');
    expect(
      await sendSubscribeMessage(server.deps, { openid: 'o-family', template: 'agreementNotice', values: { children: '小明', news: '快到期', hint: '请续签' }, page: 'packages/agreements/pages/list/index' }),
    ).toBe('noTemplate');
    expect(wechat.subscribeMessages).toHaveLength(1);
  });

  it('refuses at start a template id for a message that does not exist', () => {
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', WECHAT_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=a,casStep=b' })).toThrow(
      /WECHAT_SUBSCRIBE_TEMPLATE_IDS: names no subscribe message casStep/,
    );
  });
});
