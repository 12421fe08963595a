import type { Connection } from 'mongoose';
import { guardianRelationLabels, maskResidentId, type Child, type RegionRef } from '@ccs/shared';
import { cachedRegion } from '../regions/cached-region';
import type { ChildDoc } from './child-model';

/** The region itself, named; a code missing from the region data is shown as its code. */
export async function regionRef(db: Connection, code: string): Promise<RegionRef> {
  return (await cachedRegion(db, code)) ?? { code, name: code, level: 5 };
}

/** A child as the family and staff lists show it: the ID number masked (docs/policy.md "Privacy"). */
export async function toChild(db: Connection, doc: ChildDoc): Promise<Child> {
  const [hukouRegion, residenceRegion] = await Promise.all([
    regionRef(db, doc.hukouRegion),
    doc.residenceRegion ? regionRef(db, doc.residenceRegion) : null,
  ]);
  return {
    id: doc._id,
    name: doc.name,
    maskedResidentId: maskResidentId(doc.residentId),
    birthDate: doc.birthDate,
    sex: doc.sex,
    hukouRegion,
    hukouAddress: doc.hukouAddress ?? null,
    residenceRegion,
    relation: guardianRelationLabels[doc.relation],
    guardianName: doc.guardianName ?? null,
  };
}
