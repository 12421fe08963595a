import type { Connection } from 'mongoose';
import { loadParameterFiles, type Parameter } from '@ccs/shared';
import { parameterModel, type ParameterEntry } from './parameter-model';

export interface SeedParametersResult {
  /** Parameter files read. */
  parameters: number;
  /** Documents created because the database did not have the parameter yet. */
  created: number;
  /** Entries (region, effective date) added from the files. */
  entriesAdded: number;
  /** File entries whose (region, effective date) the database already has with another value: the database wins. */
  conflicts: string[];
}

/**
 * Copies every parameter file into the `parameters` collection. Idempotent and append-only: an entry
 * (name, region, effective date) already in the database is never changed or removed, because a published
 * standard explains amounts already granted. Only entries the files add are written, with one atomic
 * update per parameter (`$addToSet`, so two seeders racing cannot add the same entry twice). Description,
 * unit, reference and basis are written when the document is created; the database is the record after that.
 */
export async function seedParameters(db: Connection): Promise<SeedParametersResult> {
  const Parameter = parameterModel(db);
  const result: SeedParametersResult = { parameters: 0, created: 0, entriesAdded: 0, conflicts: [] };
  for (const [name, file] of Object.entries(loadParameterFiles())) {
    result.parameters += 1;
    const existing = await Parameter.findById(name, { _id: 0, values: 1 }).lean();
    const stored = new Map((existing?.values ?? []).map((entry) => [entryKey(entry), entry.value]));
    const missing: ParameterEntry[] = [];
    for (const entry of fileEntries(file)) {
      const value = stored.get(entryKey(entry));
      if (value === undefined) missing.push(entry);
      else if (value !== entry.value) result.conflicts.push(`${name} ${entry.regionCode} ${entry.effectiveFrom}`);
    }
    if (existing && missing.length === 0) continue;
    const { description, unit, reference, basis } = file;
    await Parameter.updateOne(
      { _id: name },
      { $setOnInsert: { description, unit, reference, basis }, $addToSet: { values: { $each: missing } } },
      { upsert: true },
    );
    if (!existing) result.created += 1;
    result.entriesAdded += missing.length;
  }
  return result;
}

function fileEntries(file: Parameter): ParameterEntry[] {
  return Object.entries(file.values).flatMap(([regionCode, byDate]) =>
    Object.entries(byDate).map(([effectiveFrom, value]) => ({ regionCode, effectiveFrom, value })),
  );
}

function entryKey(entry: Pick<ParameterEntry, 'regionCode' | 'effectiveFrom'>): string {
  return `${entry.regionCode}@${entry.effectiveFrom}`;
}
