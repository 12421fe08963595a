import type { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type IdentityKind } from '../auth/account-model';
import { insertOnce } from '../db/insert-once';

export interface StaffAccountRecord {
  _id: Types.ObjectId;
  username: string;
  name: string;
  phone: string;
  role: string;
  regionCode: string;
  passwordHash: string;
  importId?: string;
  /** An import's accounts wait disabled until the whole batch is written. */
  pendingSince?: Date;
}

/**
 * Writes a staff account with its user name and work phone, each held by a unique identity, which is what makes
 * two administrators (or two rows) unable to take the same one. Idempotent for one `_id`: a repeat finds what the
 * first call wrote and carries on, so an import cut off half-way is finished by sending it again. When a name or
 * phone is someone else's, what this call wrote is removed and the taken one is named.
 */
export async function insertStaffAccount(deps: AppDeps, record: StaffAccountRecord): Promise<'created' | 'usernameTaken' | 'phoneTaken'> {
  const accounts = accountModel(deps.db);
  const identities = identityModel(deps.db);
  const made = await insertOnce(accounts, {
    _id: record._id,
    name: record.name,
    phone: record.phone,
    roles: [record.role],
    regionScope: record.regionCode,
    passwordHash: record.passwordHash,
    passwordChangeRequired: true,
    importId: record.importId ?? null,
    importPending: record.pendingSince ? record.importId : null,
    initialPasswordFrom: record.importId ?? null,
    disabledAt: record.pendingSince ?? null,
  } as never);
  const wrote: IdentityKind[] = [];
  for (const [kind, value, taken] of [['username', record.username, 'usernameTaken'], ['staffPhone', record.phone, 'phoneTaken']] as const) {
    if (await insertOnce(identities, { kind, value, accountId: record._id })) {
      wrote.push(kind);
      continue;
    }
    const holder = await identities.findOne({ kind, value }, { accountId: 1 }).lean();
    if (holder?.accountId.equals(record._id)) continue;
    if (wrote.length > 0) await identities.deleteMany({ accountId: record._id, kind: { $in: wrote } });
    if (made) await accounts.deleteOne({ _id: record._id });
    return taken;
  }
  return 'created';
}
