import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WechatStandIn {
  /** The environment that points the server's WeChat calls at this stand-in. */
  env: Record<string, string>;
  /** How many `stable_token` calls got a token (the same one while it is valid). */
  tokenRequests: number;
  /** The current token lapses now, as it does two hours after it was issued. */
  expireToken(): void;
  close(): Promise<void>;
}

/**
 * WeChat's server API as documented, on 127.0.0.1: `POST /cgi-bin/stable_token` (auth.getStableAccessToken) gives
 * the AppID's one token, the same while it is valid (force_refresh false), a new one after it lapses, valid
 * 7200 s; a wrong secret gets errcode 40125.
 */
export async function startWechatStandIn(appid = 'wx-development', secret = 'development-wechat-secret'): Promise<WechatStandIn> {
  let issued = 0;
  let current: { token: string; expiresAt: number } | null = null;
  const standIn = {
    tokenRequests: 0,
    expireToken: () => void (current = null),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (body: object) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (request.method !== 'POST' || request.url !== '/cgi-bin/stable_token') return answer({ errcode: 40066, errmsg: 'invalid url' });
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { grant_type?: string; appid?: string; secret?: string };
      if (body.grant_type !== 'client_credential') return answer({ errcode: 40002, errmsg: 'invalid grant_type' });
      if (body.appid !== appid || body.secret !== secret) return answer({ errcode: 40125, errmsg: 'invalid appsecret' });
      if (!current || current.expiresAt <= Date.now()) {
        issued += 1;
        current = { token: `stand-in-token-${issued}`, expiresAt: Date.now() + 7200_000 };
      }
      standIn.tokenRequests += 1;
      answer({ access_token: current.token, expires_in: Math.round((current.expiresAt - Date.now()) / 1000) });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    env: { WECHAT_API_BASE: `http://127.0.0.1:${port}`, WECHAT_APPID: appid, WECHAT_SECRET: secret },
    get tokenRequests() {
      return standIn.tokenRequests;
    },
    expireToken: standIn.expireToken,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
