import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { smsTemplates } from '../src/sms/sms-templates';

export interface StandInMessage {
  phone: string;
  templateId: string;
  params: string[];
  signName: string;
}

export interface TencentSmsStandIn {
  /** The environment that points the server's Tencent sender at this stand-in. */
  env: Record<string, string>;
  /** Messages accepted, in order. */
  sent: StandInMessage[];
  /** The approved id of each template. */
  templates: Record<string, string>;
  /** Requests refused before sending (bad signature, unknown app), with their Error.Code. */
  rejected: string[];
  /** The next `count` sends get this SendStatus code instead of Ok (or, for `Timeout`, no answer in time). */
  failNext(code: string, count?: number): void;
  close(): Promise<void>;
}

const ACTION = 'SendSms';
const VERSION = '2021-01-11';
/** Tencent refuses a request whose X-TC-Timestamp is more than five minutes off. */
const CLOCK_SKEW_SECONDS = 300;

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * The signature TC3-HMAC-SHA256 gives a request, computed from what arrived (the canonical request over the
 * signed headers and the body's hash, the credential scope's date and service), so the SDK's signing is checked
 * by an independent implementation of the published algorithm.
 */
function expectedSignature(request: IncomingMessage, body: Buffer, secretKey: string, scope: { date: string; service: string }, signedHeaders: string, timestamp: string): string {
  const headerLine = (name: string) => {
    const value = name === 'host' ? request.headers.host!.replace(/:\d+$/, '') : String(request.headers[name] ?? '');
    return `${name}:${value.trim().toLowerCase()}\n`;
  };
  const canonical = [request.method, '/', '', signedHeaders.split(';').map(headerLine).join(''), signedHeaders, sha256Hex(body)].join('\n');
  const credentialScope = `${scope.date}/${scope.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', timestamp, credentialScope, sha256Hex(canonical)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${secretKey}`, scope.date), scope.service), 'tc3_request');
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
}

/**
 * A stand-in for Tencent Cloud SMS on 127.0.0.1 speaking API 3.0: POST / with X-TC-Action SendSms, the
 * TC3-HMAC-SHA256 Authorization verified with the shared secret (AuthFailure.SignatureFailure otherwise), the
 * approved signature and templates (FailedOperation.SignatureIncorrectOrUnapproved,
 * FailedOperation.TemplateIncorrectOrUnapproved, FailedOperation.TemplateParamSetNotMatchApprovedTemplate), a
 * 12-character limit per parameter (InvalidParameterValue.TemplateParameterLengthLimit) and the verification
 * template's 0–6 digits (InvalidParameterValue.TemplateParameterFormatError), answered per number in
 * SendStatusSet as Tencent does.
 */
export async function startTencentSmsStandIn(): Promise<TencentSmsStandIn> {
  // Every template of sms-templates.ts approved, under ids 2001, 2002, ... in their order.
  const templates = Object.fromEntries(Object.keys(smsTemplates).map((name, index) => [name, String(2001 + index)]));
  const paramCounts = Object.fromEntries(Object.entries(smsTemplates).map(([name, template]) => [templates[name]!, template.params.length]));
  const codeTemplateId = templates.signInCode!;
  const secretId = `AKID${randomUUID().replaceAll('-', '')}`;
  const secretKey = randomUUID();
  const sdkAppId = '1400006666';
  const signName = '儿童关爱服务';
  const sent: StandInMessage[] = [];
  const rejected: string[] = [];
  const failures: string[] = [];
  const requestId = () => randomUUID();

  const server = createServer((request, response) => {
    // A Timeout holds the answer past the client's timeout; close() drops the connection.
    if (failures[0] === 'Timeout') {
      failures.shift();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const answer = (payload: Record<string, unknown>) => {
        response.writeHead(200, { 'content-type': 'application/json', 'x-tc-traceid': String(request.headers['x-tc-traceid'] ?? '') });
        response.end(JSON.stringify({ Response: { ...payload, RequestId: requestId() } }));
      };
      const refuse = (code: string, message: string) => {
        rejected.push(code);
        answer({ Error: { Code: code, Message: message } });
      };
      const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(String(request.headers.authorization ?? ''));
      if (request.method !== 'POST' || !auth) return refuse('AuthFailure.InvalidAuthorization', 'Authorization 不是 TC3-HMAC-SHA256 格式');
      const [, id, date, service, signedHeaders, signature] = auth as unknown as string[];
      const timestamp = String(request.headers['x-tc-timestamp'] ?? '');
      if (id !== secretId) return refuse('AuthFailure.SecretIdNotFound', 'SecretId 不存在');
      if (Math.abs(Date.now() / 1000 - Number(timestamp)) > CLOCK_SKEW_SECONDS) return refuse('AuthFailure.SignatureExpire', '签名过期');
      if (date !== new Date(Number(timestamp) * 1000).toISOString().slice(0, 10)) return refuse('AuthFailure.SignatureFailure', '凭证日期与时间戳不符');
      if (!signedHeaders!.split(';').includes('host') || !signedHeaders!.split(';').includes('content-type')) return refuse('AuthFailure.SignatureFailure', '签名头部不全');
      const expected = Buffer.from(expectedSignature(request, body, secretKey, { date: date!, service: service! }, signedHeaders!, timestamp));
      if (!timingSafeEqual(expected, Buffer.from(signature!))) return refuse('AuthFailure.SignatureFailure', '签名错误');
      if (request.headers['x-tc-action'] !== ACTION || request.headers['x-tc-version'] !== VERSION) return refuse('InvalidAction', '接口不存在');
      const req = JSON.parse(body.toString('utf8')) as { PhoneNumberSet?: string[]; SmsSdkAppId?: string; SignName?: string; TemplateId?: string; TemplateParamSet?: string[] };
      if (req.SmsSdkAppId !== sdkAppId) return refuse('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId 不存在');
      const params = req.TemplateParamSet ?? [];
      const statuses = (req.PhoneNumberSet ?? []).map((phone) => {
        const status = (code: string, message: string) => ({ SerialNo: code === 'Ok' ? randomUUID() : '', PhoneNumber: phone, Fee: code === 'Ok' ? 1 : 0, SessionContext: '', Code: code, Message: message, IsoCode: 'CN' });
        const failure = failures.shift();
        if (failure) return status(failure, '发送失败');
        if (req.SignName !== signName) return status('FailedOperation.SignatureIncorrectOrUnapproved', '签名未审批或格式错误');
        if (!req.TemplateId || !(req.TemplateId in paramCounts)) return status('FailedOperation.TemplateIncorrectOrUnapproved', '模板未审批或内容不匹配');
        if (params.length !== paramCounts[req.TemplateId]) return status('FailedOperation.TemplateParamSetNotMatchApprovedTemplate', '参数个数与模板不匹配');
        if (params.some((param) => [...param].length > 12)) return status('InvalidParameterValue.TemplateParameterLengthLimit', '单个模板变量字符数超过12个');
        if (req.TemplateId === codeTemplateId && !/^\d{0,6}$/.test(params[0] ?? '')) return status('InvalidParameterValue.TemplateParameterFormatError', '验证码模板参数格式错误');
        sent.push({ phone, templateId: req.TemplateId, params, signName: req.SignName });
        return status('Ok', 'send success');
      });
      answer({ SendStatusSet: statuses });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: secretId,
      TENCENT_SMS_SECRET_KEY: secretKey,
      TENCENT_SMS_SDK_APP_ID: sdkAppId,
      TENCENT_SMS_SIGN_NAME: signName,
      TENCENT_SMS_ENDPOINT: `http://127.0.0.1:${port}`,
      TENCENT_SMS_TEMPLATE_IDS: Object.entries(templates).map(([name, id]) => `${name}=${id}`).join(','),
      TENCENT_SMS_TIMEOUT_SECONDS: '1',
    },
    sent,
    templates,
    rejected,
    failNext(code, count = 1) {
      for (let i = 0; i < count; i += 1) failures.push(code);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
