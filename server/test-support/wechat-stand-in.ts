import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WechatStandIn {
  /** The environment that points the server's WeChat calls at this stand-in. */
  env: Record<string, string>;
  /** How many `stable_token` calls got a token (the same one while it is valid). */
  tokenRequests: number;
  /** The current token lapses now, as it does two hours after it was issued. */
  expireToken(): void;
  /** Subscribe messages accepted, in order. */
  subscribeMessages: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }[];
  /** Sends refused, with WeChat's errcode. */
  refusedSends: number[];
  /** An openid that has not subscribed: sends to it get errcode 43101. */
  notSubscribed: Set<string>;
  /** A template id the account does not have (removed, or mistyped in the settings): sends with it get errcode 40037. */
  unknownTemplates: Set<string>;
  /** The phone number behind each `getPhoneNumber` code a test hands out; a code works once, then is 40029. */
  phoneCodes: Map<string, { phone: string; countryCode?: string }>;
  close(): Promise<void>;
}

/** WeChat's documented longest value per keyword kind, written out here apart from the server's own table. */
const documentedLimits: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, number: 32, letter: 32, symbol: 5, phone_number: 17, car_number: 8 };

/**
 * WeChat's server API as documented, on 127.0.0.1: `GET /sns/jscode2session` (auth.code2Session) signs a user in;
 * `POST /cgi-bin/stable_token` (auth.getStableAccessToken) gives the AppID's one token, the same while it is valid
 * (force_refresh false), a new one after it lapses, valid 7200 s; a wrong secret gets errcode 40125. `POST /cgi-bin/message/subscribe/send` takes a message with the current
 * token, a template the account has, for a user who subscribed and values within their limits (else 40001, 40037,
 * 43101, 47003). `POST /wxa/business/getuserphonenumber` (phonenumber.getPhoneNumber) gives, with the current token,
 * the number behind a code the test put in `phoneCodes`, once; any other code gets 40029.
 */
export async function startWechatStandIn(appid = 'wx-development', secret = 'development-wechat-secret'): Promise<WechatStandIn> {
  let issued = 0;
  let current: { token: string; expiresAt: number } | null = null;
  const standIn = {
    tokenRequests: 0,
    expireToken: () => void (current = null),
    subscribeMessages: [] as WechatStandIn['subscribeMessages'],
    refusedSends: [] as number[],
    notSubscribed: new Set<string>(),
    unknownTemplates: new Set<string>(),
    phoneCodes: new Map<string, { phone: string; countryCode?: string }>(),
  };
  /** phonenumber.getPhoneNumber (POST /wxa/business/getuserphonenumber): the current token and a code not used before. */
  function phoneNumber(url: URL, body: { code?: string }): object {
    if (!current || url.searchParams.get('access_token') !== current.token) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    const given = standIn.phoneCodes.get(body.code ?? '');
    if (!given) return { errcode: 40029, errmsg: 'invalid code' };
    standIn.phoneCodes.delete(body.code!);
    const countryCode = given.countryCode ?? '86';
    const phone_info = { phoneNumber: countryCode === '86' ? given.phone : `+${countryCode}${given.phone}`, purePhoneNumber: given.phone, countryCode, watermark: { timestamp: Math.floor(Date.now() / 1000), appid } };
    return { errcode: 0, errmsg: 'ok', phone_info };
  }
  /** subscribeMessage.send: a valid token, a known user who subscribed, every value within its kind's limit. */
  function send(url: URL, body: WechatStandIn['subscribeMessages'][number]): { errcode: number; errmsg: string } {
    const refuse = (errcode: number, errmsg: string) => (standIn.refusedSends.push(errcode), { errcode, errmsg });
    if (!current || url.searchParams.get('access_token') !== current.token) return refuse(40001, 'invalid credential, access_token is invalid or not latest');
    if (standIn.unknownTemplates.has(body.template_id)) return refuse(40037, 'invalid template_id');
    if (standIn.notSubscribed.has(body.touser)) return refuse(43101, 'user refuse to accept the msg');
    for (const [keyword, { value }] of Object.entries(body.data ?? {})) {
      const limit = documentedLimits[keyword.replace(/\d+$/, '')];
      if (limit !== undefined && [...value].length > limit) return refuse(47003, `argument invalid! data.${keyword}.value invalid`);
    }
    standIn.subscribeMessages.push(body);
    return { errcode: 0, errmsg: 'ok' };
  }
  /** auth.code2Session: a code `<user>#<n>` (one per wx.login) is the user `o-<user>`, so a test knows the openid. */
  function code2Session(query: URLSearchParams): object {
    if (query.get('appid') !== appid || query.get('secret') !== secret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    const user = (query.get('js_code') ?? '').replace(/#.*$/, '');
    if (!user || query.get('grant_type') !== 'authorization_code') return { errcode: 40029, errmsg: 'invalid code' };
    return { openid: `o-${user}`, session_key: Buffer.from(user).toString('base64'), errcode: 0, errmsg: 'ok' };
  }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (body: object) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') return answer(send(url, JSON.parse(Buffer.concat(chunks).toString())));
      if (request.method === 'GET' && url.pathname === '/sns/jscode2session') return answer(code2Session(url.searchParams));
      if (request.method === 'POST' && url.pathname === '/wxa/business/getuserphonenumber') return answer(phoneNumber(url, JSON.parse(Buffer.concat(chunks).toString() || '{}')));
      if (request.method !== 'POST' || url.pathname !== '/cgi-bin/stable_token') return answer({ errcode: 40066, errmsg: 'invalid url' });
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
    subscribeMessages: standIn.subscribeMessages,
    refusedSends: standIn.refusedSends,
    notSubscribed: standIn.notSubscribed,
    unknownTemplates: standIn.unknownTemplates,
    phoneCodes: standIn.phoneCodes,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
