import type { Types } from 'mongoose';
import { subscribeMessageNames, type SubscribeCredits, type SubscribeCreditsRequest } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { insertOnce } from '../db/insert-once';
import { subscribeCreditModel } from './subscribe-credit-model';

/** The credits a person has not spent, per template. */
export async function openSubscribeCredits(deps: Pick<AppDeps, 'db'>, accountId: Types.ObjectId): Promise<SubscribeCredits> {
  const open = await subscribeCreditModel(deps.db).find({ accountId, usedBy: null }, { template: 1 }).lean();
  return { credits: Object.fromEntries(subscribeMessageNames.map((name) => [name, open.filter((credit) => credit.template === name).length])) as SubscribeCredits['credits'] };
}

/**
 * Records what a person accepted in one `wx.requestSubscribeMessage`: one credit per template, inserted under the
 * answer's id, so the same answer sent twice counts once. Returns the credits now open.
 */
export async function recordSubscribeCredits(
  deps: Pick<AppDeps, 'db'>,
  accountId: Types.ObjectId,
  answer: SubscribeCreditsRequest,
  now = new Date(),
): Promise<SubscribeCredits> {
  for (const template of new Set(answer.accepted)) {
    await insertOnce(subscribeCreditModel(deps.db), { _id: `${accountId.toHexString()}:${template}:${answer.requestId}`, accountId, template, usedBy: null, at: now });
  }
  return openSubscribeCredits(deps, accountId);
}
