import { Schema, type Connection, type Model } from 'mongoose';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';

/**
 * A published version of a region's list: `_id` `<regionCode>:<version>`, inserted once and never updated
 * (nothing in the code updates or deletes it). The insert is the claim on the version number: two
 * publishers racing for the same number collide on `_id`, and the loser looks again.
 */
export interface ServiceListVersionDoc {
  _id: string;
  regionCode: string;
  version: number;
  /** The draft revision it was published from; 0 for a version seeded from `shared/service-lists/`. */
  draftRevision: number;
  items: ServiceItem[];
  publishedAt: Date;
  /** The staff account that published it; null for the seed. */
  publishedBy: string | null;
}

/**
 * One saved state of a region's draft: `_id` `<regionCode>:draft:<revision>`, never updated. Saving inserts
 * the next revision, so the unique `_id` decides which of two editors of the same revision wins; the current
 * draft is the highest revision. Revision 0 is implicit: the latest published items (or none).
 */
export interface ServiceListDraftDoc {
  _id: string;
  regionCode: string;
  revision: number;
  items: ServiceItem[];
  savedAt: Date;
  savedBy: string;
}

/** An Idempotency-Key of a publish request bound to the draft revision it publishes: `_id` `<regionCode>:<key>`. */
export interface ServiceListPublishKeyDoc {
  _id: string;
  regionCode: string;
  draftRevision: number;
  createdAt: Date;
}

const versionSchema = new Schema(
  {
    _id: { type: String, required: true },
    regionCode: { type: String, required: true },
    version: { type: Number, required: true },
    draftRevision: { type: Number, required: true },
    items: { type: Schema.Types.Mixed, required: true },
    publishedAt: { type: Date, required: true },
    publishedBy: { type: String, default: null },
  },
  { collection: 'service_list_versions', versionKey: false, minimize: false },
);
versionSchema.index({ regionCode: 1, version: -1 });

const draftSchema = new Schema(
  {
    _id: { type: String, required: true },
    regionCode: { type: String, required: true },
    revision: { type: Number, required: true },
    items: { type: Schema.Types.Mixed, required: true },
    savedAt: { type: Date, required: true },
    savedBy: { type: String, required: true },
  },
  { collection: 'service_list_drafts', versionKey: false, minimize: false },
);
draftSchema.index({ regionCode: 1, revision: -1 });

const publishKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    regionCode: { type: String, required: true },
    draftRevision: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'service_list_publish_keys', versionKey: false },
);

export const versionId = (regionCode: string, version: number) => `${regionCode}:${version}`;
export const draftId = (regionCode: string, revision: number) => `${regionCode}:draft:${revision}`;

export function serviceListVersionModel(db: Connection): Model<ServiceListVersionDoc> {
  return (db.models.ServiceListVersion as Model<ServiceListVersionDoc> | undefined) ?? db.model<ServiceListVersionDoc>('ServiceListVersion', versionSchema);
}

export function serviceListDraftModel(db: Connection): Model<ServiceListDraftDoc> {
  return (db.models.ServiceListDraft as Model<ServiceListDraftDoc> | undefined) ?? db.model<ServiceListDraftDoc>('ServiceListDraft', draftSchema);
}

export function serviceListPublishKeyModel(db: Connection): Model<ServiceListPublishKeyDoc> {
  return (db.models.ServiceListPublishKey as Model<ServiceListPublishKeyDoc> | undefined) ?? db.model<ServiceListPublishKeyDoc>('ServiceListPublishKey', publishKeySchema);
}
