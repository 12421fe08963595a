import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startWechatStandIn, type WechatStandIn } from '../../test-support/wechat-stand-in';
import { wechatAccessToken } from './wechat-access-token';

describe("WeChat's access token, shared by API instances", () => {
  let wechat: WechatStandIn;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    wechat = await startWechatStandIn();
    first = await startTestServer(wechat.env);
    second = await startTestServer(wechat.env, undefined, first.deps.config.MONGODB_URI.split('/').pop());
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await wechat?.close();
  });

  it('is fetched from WeChat once for all instances asking at once, and then read from the database', async () => {
    const tokens = await Promise.all([first, second, first, second, first, second].map((server) => wechatAccessToken(server.deps)));
    expect(new Set(tokens)).toEqual(new Set(['stand-in-token-1']));
    expect(await wechatAccessToken(second.deps)).toBe('stand-in-token-1');
    expect(wechat.tokenRequests).toBe(1);
  });

  it('is renewed once, five minutes before it expires, the old one serving until the new one is in', async () => {
    wechat.expireToken();
    const soon = new Date(Date.now() + 7200_000 - 4 * 60_000);
    const renewing = await Promise.all([first, second, second].map((server) => wechatAccessToken(server.deps, soon)));
    expect(renewing).toContain('stand-in-token-2');
    expect(renewing.every((token) => ['stand-in-token-1', 'stand-in-token-2'].includes(token))).toBe(true);
    expect([await wechatAccessToken(first.deps, soon), await wechatAccessToken(second.deps, soon)]).toEqual(['stand-in-token-2', 'stand-in-token-2']);
    expect(wechat.tokenRequests).toBe(2);
  });

  it('is WECHAT_UNAVAILABLE when WeChat refuses the AppSecret', async () => {
    const wrong = await startTestServer({ ...wechat.env, WECHAT_SECRET: 'not-the-secret' });
    try {
      await expect(wechatAccessToken(wrong.deps)).rejects.toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
    } finally {
      await wrong.close();
    }
  });
});
