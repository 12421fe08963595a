import { describe, expect, it } from 'vitest';
import { seedServiceLists } from '@ccs/shared/services/load-service-lists';
import type { ListedServiceItem } from '@ccs/shared/services/service-schemas';
import { buildServiceSearchIndex } from './service-search-index';

/** The seed lists as a place sees them: the province's, then the city's and county's additions above it. */
function listFor(regionCode: string): ListedServiceItem[] {
  return seedServiceLists()
    .filter((list) => regionCode.startsWith(list.regionCode))
    .flatMap((list) => list.items.map((item) => ({ ...item, listRegionCode: list.regionCode, listVersion: 1 })));
}

const xiuwenVillage = buildServiceSearchIndex(listFor('520123103201'));
const nanming = buildServiceSearchIndex(listFor('520102'));
const top = (query: string, n = 1, index = xiuwenVillage) => index.search(query, n).map((hit) => hit.item.id);

describe('search over the real seed lists (a 修文县 village: Guizhou + Guiyang + 修文县)', () => {
  // Each query with the item(s) expected first; a set when two items answer it equally well.
  it.each([
    ['低保', ['gz.minimum-living']],
    ['dibao', ['gz.minimum-living']],
    ['db', ['gz.minimum-living']],
    ['tekun', ['gz.minimum-living']],
    ['特困', ['gz.minimum-living']],
    ['孤儿补贴', ['national.orphan-allowance']],
    ['guerbutie', ['national.orphan-allowance']],
    ['生活费', ['national.orphan-allowance']],
    ['补助', ['gz.special-hardship-grant']],
    ['事实无人抚养', ['national.de-facto-unsupported-allowance']],
    ['sswrfy', ['national.de-facto-unsupported-allowance']],
    ['入学', ['national.compulsory-education']],
    ['居住证', ['national.compulsory-education']],
    ['打疫苗', ['national.immunisation']],
    ['yimiao', ['national.immunisation']],
    ['yim', ['national.immunisation']],
    ['接种', ['national.immunisation']],
    ['医保', ['national.medical-insurance']],
    ['看病报销', ['national.cross-region-medical-settlement']],
    ['租房', ['national.public-rental-housing']],
    ['公交卡', ['national.student-bus-card']],
    ['心理', ['national.psychological-support']],
    ['找工作', ['national.parents-jobs']],
    ['zgz', ['national.parents-jobs']],
    ['托育', ['national.childcare']],
    ['tuoyu', ['national.childcare']],
    ['中考', ['national.exams-where-living']],
    ['zhongkao', ['national.exams-where-living']],
    ['防溺水', ['520123.water-safety']],
    ['被欺负', ['gz.protection-hotlines']],
    ['被打了', ['gz.protection-hotlines', 'gy.legal-aid']],
    ['孩子没人管', ['national.guardianship', '520123.temporary-care']],
    ['低保怎么申请', ['gz.minimum-living']],
    ['dibao shenqing', ['gz.minimum-living']],
    ['上学', ['gz.return-to-school', 'national.compulsory-education']],
    ['shangxue', ['gz.return-to-school', 'national.compulsory-education']],
    ['kangfu', ['national.child-rehabilitation', 'gy.welfare-home-services']],
    ['12355', ['national.psychological-support', 'gz.protection-hotlines']],
    ['儿童之家', ['520123.summer-camp', 'national.reading-and-activities']],
  ])('%s → %j', (query, expected) => {
    expect(new Set(top(query, expected.length))).toEqual(new Set(expected));
  });

  it('残疾 puts the four disability items first', () => {
    expect(new Set(top('残疾', 4))).toEqual(
      new Set(['national.child-rehabilitation', 'national.disability-care-subsidy', 'national.disability-living-subsidy', 'gy.welfare-home-services']),
    );
  });

  it('看病报销 has both medical insurance items on top, the one that names both words first', () => {
    expect(top('看病报销', 2)).toEqual(['national.cross-region-medical-settlement', 'national.medical-insurance']);
  });

  it('a synonym finds what the word does not: 补贴 finds the orphan allowance, titled 生活费', () => {
    const ids = top('补贴', 10);
    expect(ids).toContain('national.orphan-allowance');
    expect(ids).toContain('national.de-facto-unsupported-allowance');
    expect(xiuwenVillage.search('补贴', 10).every((hit) => hit.score > 0)).toBe(true);
  });

  it('a title hit ranks above a keyword hit above a body hit (居住证)', () => {
    const hits = xiuwenVillage.search('居住证', 4);
    expect(hits.map((hit) => hit.item.id)).toEqual([
      'national.compulsory-education', // title: 上小学、初中（凭居住证入学）
      'national.medical-insurance', // keyword 居住证
      expect.any(String),
      expect.any(String),
    ]);
    expect(hits.map((hit) => hit.item.title)[0]).toContain('居住证');
    expect(hits[2]!.item.title).not.toContain('居住证');
    expect(hits[2]!.item.keywords).not.toContain('居住证');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('the word typed counts more than its synonym: 入学 first finds the item titled 入学, 上学 the one titled 上学', () => {
    expect(top('入学')).toEqual(['national.compulsory-education']);
    expect(top('上学')).toEqual(['gz.return-to-school']);
  });

  it.each(['火星飞船', 'xyzqwk', '   ', '！？'])('nonsense or empty (%j) finds nothing', (query) => {
    expect(xiuwenVillage.search(query)).toEqual([]);
  });

  it('full-width letters and capitals are read as pinyin', () => {
    expect(top('ＤｉＢａｏ')).toEqual(['gz.minimum-living']);
  });

  it('honours the limit and reports where each item comes from', () => {
    const hits = xiuwenVillage.search('活动', 3);
    expect(hits).toHaveLength(3);
    const water = xiuwenVillage.search('防溺水', 1)[0]!;
    expect(water.item).toMatchObject({ listRegionCode: '520123', listVersion: 1 });
  });

  it('a county addition is found only in that county: 南明区 has no 修文县 water-safety item', () => {
    expect(top('防溺水', 1, nanming)).toEqual(['national.first-aid']);
    expect(nanming.search('防溺水', 50).map((hit) => hit.item.id)).not.toContain('520123.water-safety');
    expect(top('法律援助', 1, nanming)).toEqual(['gy.legal-aid']);
  });
});
