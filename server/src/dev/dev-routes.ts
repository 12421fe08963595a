import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';

/**
 * Development and test stand-in for WeChat's `auth.code2Session`, `auth.getStableAccessToken` and
 * `phonenumber.getPhoneNumber`, answering with the documented request and response shape. Mounted only outside
 * production. The codes `invalid` and `used` give WeChat's own error answers (40029 invalid code, 40163 code been
 * used); a phone code `phone:<number>` gives that number, any other 40029.
 */
const devAccessToken = 'development-access-token';

export function devRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get', path: '/dev/wechat/sns/jscode2session', tag: 'dev', access: 'public',
      summary: '开发环境：模拟微信 code2Session',
      query: z.object({ appid: z.string(), secret: z.string(), js_code: z.string(), grant_type: z.literal('authorization_code') }),
      response: z.object({ openid: z.string().optional(), session_key: z.string().optional(), errcode: z.number(), errmsg: z.string() }),
      handler: ({ query }) => {
        if (query.appid !== deps.config.WECHAT_APPID || query.secret !== deps.config.WECHAT_SECRET) {
          return { errcode: 40125, errmsg: 'invalid appsecret' };
        }
        if (query.js_code === 'invalid') return { errcode: 40029, errmsg: 'invalid code' };
        if (query.js_code === 'used') return { errcode: 40163, errmsg: 'code been used' };
        // wx.login codes are per login; the stand-in maps a code to a stable user so tests can sign in twice.
        const user = query.js_code.replace(/#.*$/, '');
        const openid = 'o' + createHash('sha256').update(`${query.appid}:${user}`).digest('base64url').slice(0, 27);
        return { openid, session_key: createHash('md5').update(query.js_code).digest('base64'), errcode: 0, errmsg: 'ok' };
      },
    }),
    defineRoute({
      method: 'post', path: '/dev/wechat/cgi-bin/stable_token', tag: 'dev', access: 'public',
      summary: '开发环境：模拟微信 getStableAccessToken',
      body: z.object({ grant_type: z.literal('client_credential'), appid: z.string(), secret: z.string() }).loose(),
      response: z.object({ access_token: z.string().optional(), expires_in: z.number().optional(), errcode: z.number().optional(), errmsg: z.string().optional() }),
      handler: ({ body }) =>
        body.appid === deps.config.WECHAT_APPID && body.secret === deps.config.WECHAT_SECRET
          ? { access_token: devAccessToken, expires_in: 7200 }
          : { errcode: 40125, errmsg: 'invalid appsecret' },
    }),
    defineRoute({
      method: 'post', path: '/dev/wechat/wxa/business/getuserphonenumber', tag: 'dev', access: 'public',
      summary: '开发环境：模拟微信 getPhoneNumber（code 为 phone:手机号）',
      query: z.object({ access_token: z.string() }),
      body: z.object({ code: z.string() }),
      response: z.object({ errcode: z.number(), errmsg: z.string(), phone_info: z.object({ phoneNumber: z.string(), purePhoneNumber: z.string(), countryCode: z.string(), watermark: z.object({ timestamp: z.number(), appid: z.string() }) }).optional() }),
      handler: ({ query, body }) => {
        if (query.access_token !== devAccessToken) return { errcode: 40001, errmsg: 'invalid credential' };
        const phone = /^phone:(1\d{10})$/.exec(body.code)?.[1];
        if (!phone) return { errcode: 40029, errmsg: 'invalid code' };
        return { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark: { timestamp: Math.floor(Date.now() / 1000), appid: deps.config.WECHAT_APPID } } };
      },
    }),
  ];
}
