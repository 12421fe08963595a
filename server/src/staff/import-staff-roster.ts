import { createHash } from 'node:crypto';
import type { StaffRole } from '@ccs/shared';
import { staffRosterColumns, type StaffImportReport, type StaffImportRow } from '@ccs/shared/staff/staff-import-schemas';
import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from '../auth/account-model';
import { hashPassword } from '../auth/password';
import { insertOnce } from '../db/insert-once';
import type { Principal } from '../http/app-state';
import { readSpreadsheet } from '../spreadsheets/read-spreadsheet';
import { checkRosterRows, isChecked, type CheckedRow } from './check-roster-rows';
import { insertStaffAccount } from './insert-staff-account';
import { importedPassword } from './one-time-password';
import { staffImportModel, type StaffImportDoc } from './staff-import-model';

/** A county's staff is a few hundred people; a province imports county by county. */
export const MAX_ROSTER_ROWS = 500;
const MAX_ROSTER_UNPACKED_BYTES = 20 * 1024 * 1024;

/**
 * Imports a roster (.xlsx) all or nothing. Every row is checked first; if any is refused, nothing is written and
 * the answer names each row and column. Otherwise the batch is recorded, each account is written disabled and
 * marked with the batch, and only when all are written are they enabled together, so a sign-in or a case never
 * meets half a roster. The import's id is the file's digest: the same file sent again (its answer lost on a weak
 * network, or the upload cut off half-way) finishes the same batch and answers the same report, with the same
 * one-time passwords for accounts that have not yet replaced theirs.
 */
export async function importStaffRoster(deps: AppDeps, principal: Principal, file: Buffer, now = new Date()): Promise<StaffImportReport> {
  const rows = await readSpreadsheet(file, staffRosterColumns, { maxRows: MAX_ROSTER_ROWS, maxUnpackedBytes: MAX_ROSTER_UNPACKED_BYTES });
  const importId = `${principal.regionScope}:${createHash('sha256').update(file).digest('hex').slice(0, 32)}`;
  const imports = staffImportModel(deps.db);
  await undoAbandonedBatches(deps, principal.regionScope ?? '', now);
  const done = await imports.findOne({ _id: importId, status: 'done' }).lean();
  if (done) return reportOf(deps, done);

  const checked = await checkRosterRows(deps, principal, rows, importId);
  if (!checked.every(isChecked)) return { importId, status: 'refused', rows: checked };
  const ready = checked as CheckedRow[];
  const batch = { _id: importId, status: 'writing' as const, by: new Types.ObjectId(principal.accountId), startedAt: now, doneAt: null };
  await insertOnce(imports, { ...batch, rows: ready.map(({ row, username, role, regionCode, regionName }) => ({ row, username, role, regionCode, regionName })) });

  for (const row of ready) {
    const _id = accountIdOf(importId, row.username);
    // Hashing is slow on purpose: an account an earlier upload wrote keeps its hash (only its identities are checked).
    const written = await accountModel(deps.db).exists({ _id });
    const passwordHash = written ? '' : await hashPassword(importedPassword(deps, importId, row.username));
    const outcome = await insertStaffAccount(deps, { _id, ...row, passwordHash, importId, pendingSince: now });
    if (outcome !== 'created') {
      // Taken since the check by someone else: the batch is undone whole and the row named.
      await undoBatch(deps, importId);
      const column = outcome === 'usernameTaken' ? '用户名' : '手机号';
      const message = outcome === 'usernameTaken' ? '这个用户名刚刚被别人用了' : '这个手机号刚刚被别的工作人员用了';
      return { importId, status: 'refused', rows: checked.map((other) => (other === row ? { ...other, problems: [{ column, message }] } : other)) };
    }
  }
  await accountModel(deps.db).updateMany({ importPending: importId }, { $set: { importPending: null, disabledAt: null } });
  await imports.updateOne({ _id: importId }, { $set: { status: 'done', doneAt: new Date() } });
  return reportOf(deps, (await imports.findById(importId).lean())!);
}

/** An account's `_id` in a batch, the same on every upload of the file, so a resumed batch finds what it wrote. */
const accountIdOf = (importId: string, username: string) =>
  new Types.ObjectId(createHash('sha256').update(`${importId}:${username}`).digest('hex').slice(0, 24));

/** A batch still writing after this long was cut off and not sent again: its accounts must not hold their names. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

async function undoAbandonedBatches(deps: AppDeps, scope: string, now: Date): Promise<void> {
  const abandoned = await staffImportModel(deps.db)
    .find({ status: 'writing', startedAt: { $lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } }, { _id: 1 })
    .lean();
  for (const batch of abandoned.filter((each) => each._id.startsWith(`${scope}:`))) await undoBatch(deps, batch._id);
}

async function undoBatch(deps: AppDeps, importId: string): Promise<void> {
  const pending = await accountModel(deps.db).find({ importPending: importId }, { _id: 1 }).lean();
  const ids = pending.map((account) => account._id);
  await identityModel(deps.db).deleteMany({ accountId: { $in: ids } });
  await accountModel(deps.db).deleteMany({ _id: { $in: ids } });
  await staffImportModel(deps.db).deleteOne({ _id: importId });
}

/** The report of a finished batch, read from its accounts: a password only while it is still the one that works. */
async function reportOf(deps: AppDeps, batch: StaffImportDoc): Promise<StaffImportReport> {
  const rows: StaffImportRow[] = [];
  for (const row of batch.rows) {
    const account = (await accountModel(deps.db).findById(accountIdOf(batch._id, row.username)).lean()) as AccountDoc | null;
    const stillInitial = !!account?.passwordChangeRequired && account.initialPasswordFrom === batch._id;
    rows.push({
      ...row,
      role: row.role as StaffRole,
      name: account?.name ?? '',
      problems: [],
      initialPassword: stillInitial ? importedPassword(deps, batch._id, row.username) : null,
    });
  }
  return { importId: batch._id, status: 'imported', rows };
}
