import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { agreementModel } from './agreement-model';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';
import { agreementViewer } from './agreement-access';
import { loadAgreement, type LoadedAgreement } from './load-agreement';

/**
 * The child director of the children's village acknowledges a signed agreement as archived (已存档). The
 * key `<agreementId>:filed` lets one acknowledgement win; a repeat, or a second director racing, gets the
 * first one's result (rolled forward if the first writer stopped between the key and the status).
 */
export async function acknowledgeAgreement(deps: AppDeps, principal: Principal, agreementId: string, now = new Date()): Promise<LoadedAgreement> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  if (agreementViewer(principal, loaded.doc) !== 'staff') throw new AppError('FORBIDDEN');
  const key = `${agreementId}:filed`;
  if (loaded.status !== 'filed' && !(await agreementKeyModel(deps.db).exists({ _id: key }))) {
    if (loaded.status !== 'signed') throw new AppError('AGREEMENT_NOT_SIGNED');
    await claimAgreementKey(deps.db, {
      _id: key,
      agreementId,
      data: { accountId: principal.accountId, at: now.toISOString(), contentHash: loaded.contentHash },
      createdAt: now,
    });
  }
  const filed = (await agreementKeyModel(deps.db).findById(key).lean())!;
  if (loaded.doc.status !== 'filed') {
    await agreementModel(deps.db).updateOne(
      { _id: agreementId },
      { $set: { status: 'filed', filedAt: new Date(filed.data.at as string), filedBy: new Types.ObjectId(filed.data.accountId as string) } },
    );
  }
  return (await loadAgreement(deps.db, agreementId))!;
}
