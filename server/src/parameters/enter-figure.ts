import type { EnteredFigure, FigureEntry } from '@ccs/shared';
import type { Connection } from 'mongoose';
import { accountModel } from '../auth/account-model';
import { insertOnce } from '../db/insert-once';
import type { Principal } from '../http/app-state';
import { checkFigureEntry } from './check-figure-entry';
import { figureEntryModel, type FigureEntryDoc } from './figure-entry-model';

/**
 * An administrator enters a new value of a figure their level sets, for their own region, from a date, with the
 * document that sets it. Append-only: the entry is inserted once under `<account>:<Idempotency-Key>`, so a repeated
 * submission returns the first entry (`created` false) instead of storing a second.
 */
export async function enterFigure(
  db: Connection,
  principal: Principal,
  name: string,
  entry: FigureEntry,
  idempotencyKey: string,
  now = new Date(),
): Promise<{ entered: EnteredFigure; created: boolean }> {
  checkFigureEntry(principal, name, entry);
  const Entries = figureEntryModel(db);
  const _id = `${principal.accountId}:${idempotencyKey}`;
  const account = await accountModel(db).findById(principal.accountId, { name: 1 }).lean();
  const inserted = await insertOnce(Entries, { _id, name, ...entry, enteredBy: principal.accountId, enteredByName: account?.name ?? null, enteredAt: now });
  const doc = inserted ? inserted.toObject() : (await Entries.findById(_id).lean())!;
  return { entered: enteredFigureView(doc), created: inserted !== null };
}

export const enteredFigureView = (doc: FigureEntryDoc, regionName: string | null = null): EnteredFigure => ({
  id: doc._id,
  name: doc.name,
  regionCode: doc.regionCode,
  regionName,
  effectiveFrom: doc.effectiveFrom,
  value: doc.value,
  basis: doc.documentNumber,
  enteredBy: doc.enteredByName,
  enteredAt: doc.enteredAt.toISOString(),
  placeholder: false,
});
