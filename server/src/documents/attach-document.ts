import type { Connection } from 'mongoose';
import { applicationModel, type ApplicationDoc, type DocumentMetaDoc } from '../applications/application-model';
import { familyAddable } from './document-access';

/** The case is still where the uploader found it: with the family, or with the same post at the same stage. */
function stillOpenTo(meta: DocumentMetaDoc, seen: ApplicationDoc) {
  return meta.uploadedBy === 'family'
    ? { status: { $in: familyAddable } }
    : { status: seen.status, 'holder.role': seen.holder?.role, 'holder.regionCode': seen.holder?.regionCode };
}

/**
 * Lists a stored photo on its application with one conditional `$push` (skipped when the id is listed
 * already). FerretDB v1 writes an update as a whole document read moments before, so a case step committed
 * at the same instant can overwrite the push: the result is read back and the push repeated while the case
 * is still open to the uploader. False when it no longer is.
 */
export async function attachDocument(db: Connection, seen: ApplicationDoc, meta: DocumentMetaDoc): Promise<boolean> {
  const Applications = applicationModel(db);
  const condition = { _id: seen._id, ...stillOpenTo(meta, seen) };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await Applications.updateOne({ ...condition, 'documents.id': { $ne: meta.id } }, { $push: { documents: meta } });
    const current = await Applications.findOne(condition, { documents: 1 }).lean();
    if (!current) return false;
    if (current.documents.some((listed) => listed.id === meta.id)) return true;
  }
  return false;
}
