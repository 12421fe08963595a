import type { Connection } from 'mongoose';
import { dataRequestKindLabels, dataRequestStatusLabels, type DataRequest } from '@ccs/shared';
import { regionRef } from '../children/child-view';
import type { DataRequestDoc } from './data-request-model';

export async function toDataRequest(db: Connection, doc: DataRequestDoc): Promise<DataRequest> {
  return {
    id: doc._id,
    kind: doc.kind,
    kindLabel: dataRequestKindLabels[doc.kind],
    childId: doc.childId,
    childName: doc.childName,
    note: doc.note,
    status: doc.status,
    statusLabel: dataRequestStatusLabels[doc.status],
    outcome: doc.outcome,
    region: await regionRef(db, doc.regions[0]!),
    createdAt: doc.createdAt.toISOString(),
    closedAt: doc.closedAt?.toISOString() ?? null,
  };
}
