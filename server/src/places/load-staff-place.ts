import type { Connection } from 'mongoose';
import type { StaffPlace } from '@ccs/shared/places/place-schemas';
import { placeModel, type PlaceDoc } from './place-model';
import { placeRevisionId, placeRevisionModel, type PlaceRevisionDoc } from './place-revision-model';
import { placeDoc, placeOf } from './place-doc';
import { regionPath } from '../regions/region-path';

/**
 * Writes a claimed revision onto the place. The filter on the revision before it keeps a writer that comes back
 * late from undoing a later one; FerretDB v1 checks that filter apart from the write, so in the rare race the next
 * `loadStaffPlace` rolls the later revision forward again.
 */
export async function applyPlaceRevision(db: Connection, rev: PlaceRevisionDoc): Promise<void> {
  const { _id, ...stored } = placeDoc({ id: rev.placeId, ...rev.fields });
  await placeModel(db).updateOne(
    // A place stored before revisions were kept has none: it is revision 1.
    { _id, revision: rev.revision === 2 ? { $in: [1, null] } : rev.revision - 1 },
    {
      $set: { ...stored, revision: rev.revision, closed: rev.closed, updatedAt: rev.at, updatedBy: rev.by },
      ...(rev.fields.location ? {} : { $unset: { location: 1 } }),
    },
  );
}

/** A place as its administrators see it, with every claimed revision written onto it first; null when there is none. */
export async function loadStaffPlace(db: Connection, id: string): Promise<PlaceDoc | null> {
  let doc = await placeModel(db).findById(id).lean();
  while (doc) {
    const next = await placeRevisionModel(db).findById(placeRevisionId(id, (doc.revision ?? 1) + 1)).lean();
    if (!next) return doc;
    await applyPlaceRevision(db, next);
    doc = await placeModel(db).findById(id).lean();
  }
  return null;
}

function storedView(doc: PlaceDoc): Omit<StaffPlace, 'regionName'> {
  return { ...placeOf(doc), revision: doc.revision ?? 1, closed: doc.closed ?? false, updatedAt: doc.updatedAt ? doc.updatedAt.toISOString() : null };
}

/** A place as its administrators read it, its region named rather than coded. */
export async function staffPlaceView(db: Connection, doc: PlaceDoc): Promise<StaffPlace> {
  const path = await regionPath(db, doc.regionCode);
  const below = path.filter((region) => region.level >= 4);
  return { ...storedView(doc), regionName: (below.length > 0 ? below : path.slice(-1)).map((region) => region.name).join('') || doc.regionCode };
}

/** The fields an administrator edits, as stored on the place. */
export function placeFieldsOf(doc: PlaceDoc) {
  const { id: _id, revision: _revision, closed: _closed, updatedAt: _at, ...fields } = storedView(doc);
  return fields;
}
