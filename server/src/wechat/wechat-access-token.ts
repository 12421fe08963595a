import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { insertOnce } from '../db/insert-once';
import { wechatApiBase } from '../auth/wechat-sign-in';
import { wechatTokenModel } from './wechat-token-model';

/** A token is renewed this long before WeChat's expiry, so no call goes out with one that lapses on the way. */
const renewBeforeMs = 5 * 60_000;
/** A claim older than this is given up (its instance stopped mid-fetch) and the next caller claims again. */
const claimSlotMs = 15_000;
/** How often an instance that lost the claim looks for the winner's token, and for how long. */
const waitStepMs = 100;
const waitMs = 10_000;

/** The documented answer of `auth.getStableAccessToken` (POST /cgi-bin/stable_token). */
const stableTokenSchema = z.object({
  access_token: z.string().optional(),
  expires_in: z.number().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

const usable = (doc: { expiresAt?: Date } | null, now: Date) => !!doc?.expiresAt && doc.expiresAt.getTime() - renewBeforeMs > now.getTime();

async function latestToken(deps: AppDeps) {
  return wechatTokenModel(deps.db).findOne({ token: { $exists: true } }).sort({ generation: -1 }).lean();
}

async function fetchStableToken(deps: AppDeps): Promise<{ token: string; expiresIn: number }> {
  let answer: z.infer<typeof stableTokenSchema>;
  try {
    const response = await fetch(`${wechatApiBase(deps)}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: deps.config.WECHAT_APPID, secret: deps.config.WECHAT_SECRET, force_refresh: false }),
      signal: AbortSignal.timeout(5_000),
    });
    answer = stableTokenSchema.parse(await response.json());
  } catch (cause) {
    throw new AppError('WECHAT_UNAVAILABLE', { cause, detail: 'stable_token unreachable or malformed' });
  }
  if (answer.errcode || !answer.access_token || !answer.expires_in) {
    throw new AppError('WECHAT_UNAVAILABLE', { detail: `stable_token errcode ${answer.errcode}: ${answer.errmsg}` });
  }
  return { token: answer.access_token, expiresIn: answer.expires_in };
}

/**
 * The access token for WeChat's server APIs (subscribe messages, phone numbers), fetched once for all API
 * instances through the database and renewed five minutes before it expires. Of instances that find it due, the
 * one that inserts the claim fetches; the others use the current token while it lasts, else wait for the new one.
 */
export async function wechatAccessToken(deps: AppDeps, now = new Date()): Promise<string> {
  const tokens = wechatTokenModel(deps.db);
  const current = await latestToken(deps);
  if (usable(current, now)) return current!.token!;
  const generation = (current?.generation ?? 0) + 1;
  const claim = await insertOnce(tokens, { _id: `claim:${generation}:${Math.floor(now.getTime() / claimSlotMs)}`, generation, at: now });
  if (claim) {
    const { token, expiresIn } = await fetchStableToken(deps);
    await insertOnce(tokens, { _id: `token:${generation}`, generation, token, expiresAt: new Date(now.getTime() + expiresIn * 1000), at: now });
    return (await tokens.findById(`token:${generation}`).lean())!.token!;
  }
  if (current?.expiresAt && current.expiresAt > now) return current.token!;
  for (let waited = 0; waited < waitMs; waited += waitStepMs) {
    await new Promise((done) => setTimeout(done, waitStepMs));
    const fetched = await tokens.findById(`token:${generation}`).lean();
    if (fetched) return fetched.token!;
  }
  throw new AppError('WECHAT_UNAVAILABLE', { detail: `no access token of generation ${generation} after ${waitMs} ms` });
}
