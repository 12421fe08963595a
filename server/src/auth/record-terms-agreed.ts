import type { AppDeps } from '../app-deps';
import { accountModel } from './account-model';

/** Keeps on the account which 服务协议 and 个人信息处理说明 the person ticked at this sign-in, and when. */
export async function recordTermsAgreed(deps: AppDeps, accountId: string, version: string): Promise<void> {
  await accountModel(deps.db).updateOne({ _id: accountId }, { $set: { termsAgreed: { version, at: new Date() } } });
}
