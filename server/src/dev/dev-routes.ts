import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';

/**
 * Development and test stand-in for WeChat's `auth.code2Session`, answering with the documented
 * request and response shape. Mounted only outside production. The codes `invalid` and `used`
 * give WeChat's own error answers (40029 invalid code, 40163 code been used).
 */
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
  ];
}
