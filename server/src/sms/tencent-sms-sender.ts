import tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { SmsSender } from './sms-sender';
import { SmsNotSent } from './sms-not-sent';
import { smsTemplates, type SmsTemplateName } from './sms-templates';

/**
 * Codes after which the same message would be refused again: the template, signature or a parameter is wrong, or
 * the number cannot receive. Anything else (LimitExceeded.*, InternalError.*, AuthFailure.* while an operator
 * fixes a key, a timeout) is worth retrying.
 */
const REFUSED_FOR_GOOD = /^(InvalidParameter|InvalidParameterValue|UnsupportedOperation)(\.|$)|^FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|TemplateParamSetNotMatchApprovedTemplate|PhoneNumberInBlacklist|ContainSensitiveWord)$/;

/** A parameter the carrier would refuse as too long is cut, its end marked, so the message still goes out. */
export function fitSmsParam(value: string, maxChars: number): string {
  const chars = [...value];
  return chars.length <= maxChars ? value : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/**
 * Sends each template through Tencent Cloud SMS (API 3.0 SendSms, signed TC3-HMAC-SHA256 by the official SDK).
 * Throws SmsNotSent when the request fails or the carrier's SendStatus for the number is not Ok.
 */
export function createTencentSmsSender(config: Config, logger: Logger): SmsSender {
  const endpoint = new URL(config.TENCENT_SMS_ENDPOINT);
  const client = new tencentcloud.sms.v20210111.Client({
    credential: { secretId: config.TENCENT_SMS_SECRET_ID, secretKey: config.TENCENT_SMS_SECRET_KEY },
    region: config.TENCENT_SMS_REGION,
    profile: {
      httpProfile: {
        endpoint: endpoint.host,
        protocol: `${endpoint.protocol}//`,
        reqTimeout: config.TENCENT_SMS_TIMEOUT_SECONDS,
      },
    },
  });
  return {
    async send(phone, template, params) {
      const values = params as Record<string, string>;
      const request = {
        PhoneNumberSet: [`+86${phone}`],
        SmsSdkAppId: config.TENCENT_SMS_SDK_APP_ID!,
        SignName: config.TENCENT_SMS_SIGN_NAME!,
        TemplateId: config.TENCENT_SMS_TEMPLATE_IDS[template as SmsTemplateName]!,
        TemplateParamSet: smsTemplates[template].params.map((name) => fitSmsParam(values[name] ?? '', config.SMS_PARAM_MAX_CHARS)),
      };
      let response;
      try {
        response = await client.SendSms(request);
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string };
        // The SDK reports a timeout or a refused connection with an empty code.
        throw new SmsNotSent(code || 'Timeout', !code || !REFUSED_FOR_GOOD.test(code), message ?? String(error));
      }
      const status = response.SendStatusSet?.[0];
      if (status?.Code !== 'Ok') {
        const code = status?.Code ?? 'NoSendStatus';
        throw new SmsNotSent(code, !REFUSED_FOR_GOOD.test(code), status?.Message ?? 'no send status in the response');
      }
      logger.info({ sms: { template, serialNo: status.SerialNo, requestId: response.RequestId } }, 'sms sent');
    },
  };
}
