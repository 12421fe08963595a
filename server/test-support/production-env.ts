import { randomBytes } from 'node:crypto';
import { smsTemplates } from '../src/sms/sms-templates';

const key = () => randomBytes(32).toString('base64');

/**
 * A complete production environment with secrets of its own, as docs/DEPLOY.md asks an operator to set: tests
 * change one setting and read the refusal, or start the compiled server with it. SMS goes to Tencent's API at
 * `smsEndpoint` (the local stand-in), WeChat to `wechatApiBase`.
 */
export function productionEnv({ smsEndpoint = 'http://127.0.0.1:9', wechatApiBase = 'http://127.0.0.1:9' } = {}) {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    FIELD_KEYS: `2026a:${key()}`,
    FIELD_KEY_ID: '2026a',
    LOOKUP_HMAC_KEY: key(),
    WECHAT_APPID: 'wx0123456789abcdef',
    WECHAT_SECRET: randomBytes(16).toString('hex'),
    WECHAT_API_BASE: wechatApiBase,
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: `AKID${randomBytes(12).toString('hex')}`,
    TENCENT_SMS_SECRET_KEY: randomBytes(16).toString('hex'),
    TENCENT_SMS_SDK_APP_ID: '1400006666',
    TENCENT_SMS_SIGN_NAME: '儿童关爱服务',
    TENCENT_SMS_ENDPOINT: smsEndpoint,
    TENCENT_SMS_TEMPLATE_IDS: Object.keys(smsTemplates).map((name, index) => `${name}=${2001 + index}`).join(','),
  };
}
