import { describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import type { NearbyPlace, Place } from '@ccs/shared/services/service-schemas';
import { distanceMetres } from './geo-cells';
import { seedPlaces } from './seed-places';
import { placeModel } from './place-model';
import demoPlaces from '../demo/demo-places.json';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const places = demoPlaces.places as Place[];

const near = (point: { latitude: number; longitude: number }, extra = '') => county.api.get(`/api/places?near=${point.latitude},${point.longitude}${extra}`);
const idsOf = (found: NearbyPlace[]) => found.map((place) => place.id);

/** The nearest places by brute force over the demo file, for comparison with the geo index. */
function bruteForce(point: { latitude: number; longitude: number }, limit: number, kinds?: string[]) {
  return places
    .filter((place) => !kinds || kinds.includes(place.kind))
    .flatMap((place) => (place.location ? [{ id: place.id, distance: Math.round(distanceMetres(point, place.location)) }] : []))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit);
}

describe('near me: GET /api/places?near=lat,lng', () => {
  it('standing at 六广村儿童之家: it comes first at 0 m, the rest nearest first with their distances', async () => {
    const here = { latitude: 27.0512, longitude: 106.5826 };
    const res = await near(here, '&kinds=childrenHome&limit=3');
    expect(res.status).toBe(200);
    expect(res.body.places).toHaveLength(3);
    expect(res.body.places[0]).toMatchObject({ id: 'xiuwen-liuguang-village-children-home', name: '六广村儿童之家', kind: 'childrenHome', distanceMetres: 0 });
    expect(res.body.places.map((place: NearbyPlace) => ({ id: place.id, distance: place.distanceMetres }))).toEqual(bruteForce(here, 3, ['childrenHome']));
    expect(res.body.places.every((place: NearbyPlace) => place.kind === 'childrenHome')).toBe(true);
  });

  it('in 龙场 (the county town), a children’s home or protection centre: 栖凤社区儿童之家, then the protection centre, both within a kilometre', async () => {
    const longchang = { latitude: 26.8389, longitude: 106.5962 };
    const res = await near(longchang, '&kinds=childrenHome,protectionCentre&limit=4');
    expect(idsOf(res.body.places)).toEqual(bruteForce(longchang, 4, ['childrenHome', 'protectionCentre']).map((row) => row.id));
    expect(idsOf(res.body.places).slice(0, 2)).toEqual(['xiuwen-qifeng-community-children-home', 'xiuwen-county-minor-protection-centre']);
    expect(res.body.places[1].distanceMetres).toBeLessThan(1000);
    const distances = res.body.places.map((place: NearbyPlace) => place.distanceMetres);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it.each([
    ['the middle of 修文县', { latitude: 26.95, longitude: 106.6 }, 5],
    ['贵阳 city centre', { latitude: 26.647, longitude: 106.63 }, 3],
    ['between two villages of 六广镇', { latitude: 27.04, longitude: 106.58 }, 12],
    ['北京, far from every place', { latitude: 39.9042, longitude: 116.4074 }, 2],
    ['the southern hemisphere', { latitude: -33.86, longitude: 151.21 }, 1],
  ])('from %s the geo index gives the same nearest places as measuring them all', async (_, point, limit) => {
    const res = await near(point, `&limit=${limit}`);
    expect(res.status).toBe(200);
    expect(res.body.places.map((place: NearbyPlace) => ({ id: place.id, distance: place.distanceMetres }))).toEqual(bruteForce(point, limit));
  });

  it('kind filter and default limit of 10', async () => {
    const res = await near({ latitude: 26.84, longitude: 106.59 });
    expect(res.body.places).toHaveLength(10);
    const hospitals = await near({ latitude: 26.84, longitude: 106.59 }, '&kinds=tomorrowPlanHospital');
    expect(idsOf(hospitals.body.places)).toEqual(['guiyang-tomorrow-plan-hospital']);
    expect(hospitals.body.places[0].distanceMetres).toBeGreaterThan(20_000);
  });

  it('stores each place with its geohash cells and region prefixes', async () => {
    const doc = await placeModel(county.server.deps.db).findById('xiuwen-liuguang-village-children-home').lean();
    expect(doc?.cells).toHaveLength(7);
    expect(doc?.regionPrefixes).toEqual(['52', '5201', '520123', '520123103', '520123103201']);
  });
});

describe('by region: GET /api/places?region=', () => {
  it('a 六广村 family sees its own village first, then 六广镇, then the rest of 修文县, then Guiyang', async () => {
    const res = await county.api.get('/api/places?region=520123103201&limit=50');
    expect(res.status).toBe(200);
    const rows: NearbyPlace[] = res.body.places;
    expect(rows[0]).toMatchObject({ id: 'xiuwen-liuguang-village-children-home' });
    expect(rows[0]!.distanceMetres).toBeUndefined();
    const level = (place: NearbyPlace) => (place.regionCode.startsWith('520123103201') ? 0 : place.regionCode.startsWith('520123103') ? 1 : place.regionCode.startsWith('520123') ? 2 : 3);
    const levels = rows.map(level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels)).toEqual(new Set([0, 1, 2, 3]));
    expect(rows.at(-1)).toMatchObject({ id: 'guiyang-tomorrow-plan-hospital' });
    expect(rows).toHaveLength(places.length);
  });

  it('with kinds: the protection centre and children’s homes for a 龙场 community', async () => {
    const res = await county.api.get('/api/places?region=520123001001&kinds=childrenHome,protectionCentre&limit=3');
    expect(idsOf(res.body.places)).toEqual(['xiuwen-qifeng-community-children-home', 'xiuwen-county-minor-protection-centre', expect.any(String)]);
  });

  it('a region with no places of its own still sees its city’s, and a region elsewhere sees none', async () => {
    const nanming = await county.api.get('/api/places?region=520102&kinds=tomorrowPlanHospital');
    expect(idsOf(nanming.body.places)).toEqual(['guiyang-tomorrow-plan-hospital']);
    expect((await county.api.get('/api/places?region=520303')).body).toEqual({ places: [] });
  });
});

describe('GET /api/places/:id', () => {
  it('gives the place with its phone, hours and location', async () => {
    const res = await county.api.get('/api/places/xiuwen-county-minor-protection-centre');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(places.find((place) => place.id === 'xiuwen-county-minor-protection-centre'));
  });

  it('an unknown place is 404 PLACE_NOT_FOUND in Chinese; a malformed id is 400', async () => {
    const res = await county.api.get('/api/places/no-such-place');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'PLACE_NOT_FOUND', message: errorMessages.PLACE_NOT_FOUND });
    const bad = await county.api.get('/api/places/Bad%20Id');
    expect(bad.status).toBe(400);
    expect(bad.body.fields['params.id']).toBe('场所编号格式不对');
  });
});

describe('bad input: a stable code and a Chinese hint, never a 500', () => {
  it.each([
    ['neither a location nor a region', '', 'query.near', '请给出您的位置（near）或所在地区（region）'],
    ['a location that is not two numbers', 'near=here', 'query.near', '位置应写成“纬度,经度”，例如 26.93,106.59'],
    ['a latitude beyond 90', 'near=95.1,106.5', 'query.near', '纬度应在-90到90之间，经度应在-180到180之间'],
    ['an unknown kind of place', 'region=520123&kinds=childrenHome,library', 'query.kinds', expect.stringContaining('场所类型只能是：childrenHome（儿童之家）')],
    ['a limit of 51', 'region=520123&limit=51', 'query.limit', '条数应为1到50的整数'],
    ['a malformed region', 'region=5201x', 'query.region', '地区代码应为2、4、6、9或12位数字'],
  ])('%s', async (_, query, field, hint) => {
    const res = await county.api.get(`/api/places?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED });
    expect(res.body.fields[field]).toEqual(hint);
  });
});

describe('seeding', () => {
  it('seeding the places again changes nothing and adds nothing', async () => {
    const before = await placeModel(county.server.deps.db).find().sort({ _id: 1 }).lean();
    expect(await seedPlaces(county.server.deps.db)).toBe(places.length);
    expect(await placeModel(county.server.deps.db).find().sort({ _id: 1 }).lean()).toEqual(before);
  });
});
