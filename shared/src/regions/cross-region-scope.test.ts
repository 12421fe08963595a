import { describe, expect, it } from 'vitest';
import { civilAffairsOfficeName, crossRegionScope, crossRegionWords } from './cross-region-scope';
import { crossRegionRouting } from '../applications/programme-routing';
import { handoverEventLabel } from '../applications/handover-event-label';

describe('the words for a case sent from where the child lives to its hukou place', () => {
  it.each([
    ['a hukou county in another province is 跨省', '530102', '520123001001', 'province', '跨省'],
    ['a hukou township in another province is 跨省', '110101001', '520123001001', 'province', '跨省'],
    ['another county of the same province is 跨县, never 跨省', '520122', '520123001001', 'county', '跨县'],
    ['another city’s county of the same province is still 跨县', '520302', '520123001001', 'county', '跨县'],
    ['another township of the same county is 异地', '520123103216', '520123001001', 'local', '异地'],
  ])('%s', (_name, hukou, residence, scope, word) => {
    expect(crossRegionScope(hukou, residence)).toBe(scope);
    expect(crossRegionWords[crossRegionScope(hukou, residence)].word).toBe(word);
  });

  it('the routing reason opens with 跨省通办 only when the provinces differ', () => {
    expect(crossRegionRouting('province').reason).toMatch(/^跨省通办：/);
    expect(crossRegionRouting('county').reason).toMatch(/^跨县办理：/);
    expect(crossRegionRouting('local').reason).toMatch(/^异地办理：/);
    for (const scope of ['county', 'local'] as const) expect(crossRegionRouting(scope).reason).not.toContain('跨省');
  });
});

describe('the hukou county’s civil-affairs office', () => {
  it.each([
    ['a district names its province and city', [['云南省', 1], ['昆明市', 2], ['五华区', 3]], '云南省昆明市五华区民政局'],
    ['a municipality’s 市辖区 is left out', [['北京市', 1], ['市辖区', 2], ['东城区', 3]], '北京市东城区民政局'],
    ['a county-level city under the province directly', [['河南省', 1], ['省直辖县级行政区划', 2], ['济源市', 3]], '河南省济源市民政局'],
    ['a township below the county does not enter the name', [['贵州省', 1], ['贵阳市', 2], ['息烽县', 3], ['永靖镇', 4]], '贵州省贵阳市息烽县民政局'],
  ] as const)('%s', (_name, path, office) => {
    expect(civilAffairsOfficeName(path.map(([name, level]) => ({ name, level })))).toBe(office);
  });
});

describe('what the family’s timeline says', () => {
  const handover = { scope: 'province', officeName: '云南省昆明市五华区民政局', answerDue: '2027-01-05', reference: 'YN-42' } as const;
  it.each([
    ['the hand-over, with where and by when', 'handOver', 'crossRegionHandover', '跨省通办：已转交户籍地（云南省昆明市五华区民政局）办理，户籍地应于1月5日前答复'],
    ['the acceptance, with their reference', 'hukouAccept', 'handedOver', '户籍地（云南省昆明市五华区民政局）已受理，受理编号 YN-42，后续由户籍地办理'],
    ['the refusal', 'hukouRefuse', 'handedOver', '户籍地（云南省昆明市五华区民政局）未受理'],
    ['no answer by the due date', 'overdue', 'handedOver', '户籍地（云南省昆明市五华区民政局）未在1月5日前答复，已提醒上级督办'],
    ['an overdue step before the hand-over keeps the usual words', 'overdue', 'crossRegionHandover', undefined],
    ['any other step keeps the usual words', 'submitted', null, undefined],
  ])('%s', (_name, event, from, label) => {
    expect(handoverEventLabel(event, from, handover)).toBe(label);
  });

  it('says 跨县办理 for a hukou county of the same province', () => {
    expect(handoverEventLabel('handOver', 'crossRegionHandover', { ...handover, scope: 'county', officeName: '贵州省贵阳市息烽县民政局' })).toMatch(/^跨县办理：已转交户籍地（贵州省贵阳市息烽县民政局）办理/);
  });
});
