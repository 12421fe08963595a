import { describe, expect, it } from 'vitest';
import { seedItemsFor, seedServiceLists } from '@ccs/shared/services/load-service-lists';
import { waysToAct } from '@ccs/shared/services/ways-to-act';
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

  it('a title hit ranks above a keyword hit; passing mentions in the text far below them are not shown (居住证)', () => {
    const hits = xiuwenVillage.search('居住证', 10);
    expect(hits.map((hit) => hit.item.id)).toEqual([
      'national.compulsory-education', // title: 上小学、初中（凭居住证入学）
      'national.medical-insurance', // keyword 居住证
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    // Items that only mention 居住证 in their steps or documents exist, and are left out.
    expect(seedItemsFor('520123103201').filter((item) => item.howToApply.includes('居住证') || item.documents.some((d) => d.includes('居住证'))).length).toBeGreaterThan(2);
  });

  it('the purpose and the questions an item answers count above a passing mention: 找工作 shows only the jobs item and what is about work', () => {
    const hits = xiuwenVillage.search('找工作', 10);
    expect(hits[0]!.item.id).toBe('national.parents-jobs');
    expect(hits.map((hit) => hit.item.id)).not.toContain('national.exams-where-living');
  });

  it('equal scores put first the item with a way to act, then the one handled where the family lives', () => {
    const hits = xiuwenVillage.search('儿童', 50);
    const acts = (hit: (typeof hits)[number]) => Number(waysToAct(hit.item).length > 0);
    const here = (hit: (typeof hits)[number]) => Number(hit.item.handledAt === 'residence');
    let ties = 0;
    for (let at = 1; at < hits.length; at += 1) {
      const [before, after] = [hits[at - 1]!, hits[at]!];
      if (before.score !== after.score) continue;
      ties += 1;
      expect(acts(before)).toBeGreaterThanOrEqual(acts(after));
      if (acts(before) === acts(after)) expect(here(before)).toBeGreaterThanOrEqual(here(after));
    }
    expect(ties).toBeGreaterThan(0);
  });

  it('asks for places when the query names a kind of place, in any of its forms', () => {
    expect(xiuwenVillage.find('儿童之家').placeKinds).toEqual(['childrenHome']);
    expect(xiuwenVillage.find('兒童之家').placeKinds).toEqual(['childrenHome']);
    expect(xiuwenVillage.find('附近的救助站').placeKinds).toEqual(['protectionCentre']);
    expect(xiuwenVillage.find('jiuzhuzhan').placeKinds).toEqual(['protectionCentre']);
    expect(xiuwenVillage.find('医院在哪里').placeKinds).toEqual(['tomorrowPlanHospital', 'hospital']);
    expect(xiuwenVillage.find('卫生院').placeKinds).toEqual(['hospital']);
    expect(xiuwenVillage.find('随迁子女学校').placeKinds).toEqual(['school']);
    expect(xiuwenVillage.find('低保').placeKinds).toEqual([]);
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
