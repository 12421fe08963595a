import { describe, expect, it } from 'vitest';
import { programmes } from '../rules/programmes';
import { centralUrbanDistricts, seedItemsFor, seedServiceLists } from './load-service-lists';
import { missingNationalBaseItems, nationalBaseItemIds } from './national-base';

/** The policy texts' file names, as docs/policy.md "Sources" lists them. */
const seedFiles = ['000_bf3765dc3c2ed23d.txt', '001_b22904ff7a2abec8.txt', '002_3af6e7b58dbd6ae5.txt', '003_466e6c8024ae2dbd.txt', '004_9ad5c6cb34088fe1.txt'];
const lists = seedServiceLists();
const allItems = lists.flatMap((list) => list.items);

describe('seed service lists', () => {
  it('every file parses, province first, then Guiyang, then 修文县', () => {
    expect(lists.map((list) => list.regionCode)).toEqual(['52', '5201', '520123']);
    expect(lists.every((list) => list.items.length > 0)).toBe(true);
  });

  it('the Guizhou list holds every national base item (002 （十五）)', () => {
    const guizhou = lists.find((list) => list.regionCode === '52')!;
    expect(missingNationalBaseItems(guizhou.items)).toEqual([]);
    expect(guizhou.items.length).toBeGreaterThanOrEqual(25);
    expect(guizhou.items.length).toBeLessThanOrEqual(40);
  });

  it('reports the national base items a province list lacks', () => {
    const guizhou = lists.find((list) => list.regionCode === '52')!;
    const without = guizhou.items.filter((item) => item.id !== 'national.student-bus-card' && item.id !== 'national.preschool');
    expect(missingNationalBaseItems(without)).toEqual(['national.preschool', 'national.student-bus-card']);
  });

  it('national ids are only in the province list, and each list uses its own prefix', () => {
    const prefixes: Record<string, RegExp> = { '52': /^(national|gz)\./, '5201': /^gy\./, '520123': /^520123\./ };
    for (const list of lists) {
      for (const item of list.items) expect(item.id, list.regionCode).toMatch(prefixes[list.regionCode]!);
    }
    const nationalIds = allItems.filter((item) => item.id.startsWith('national.')).map((item) => item.id);
    expect(new Set(nationalIds)).toEqual(new Set(nationalBaseItemIds));
  });

  it('ids are unique across all lists', () => {
    const ids = allItems.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('items with a programme name an existing programme, and every programme has one item', () => {
    const known = new Set<string>(programmes.map((programme) => programme.id));
    const linked = allItems.flatMap((item) => (item.programme ? [item.programme] : []));
    for (const programme of linked) expect(known.has(programme), programme).toBe(true);
    expect([...linked].sort()).toEqual([...known].sort());
  });

  it('items handled through the hukou place say how to ask from here (跨省通办)', () => {
    const hukouItems = allItems.filter((item) => item.handledAt === 'hukou');
    expect(hukouItems.length).toBeGreaterThan(0);
    for (const item of hukouItems) expect(item.crossRegion, item.id).toMatch(/现在住/);
  });

  it('no item tells a family 跨省: the same words reach a family that moved within Guizhou (issue 17)', () => {
    for (const item of allItems) {
      for (const text of [item.title, item.forWhom, item.gives, item.howToApply, item.crossRegion ?? '']) expect(text, item.id).not.toMatch(/跨省/);
    }
  });

  it('every item says what it is mainly for and the questions it answers, for search', () => {
    for (const item of allItems) {
      expect(item.purpose, item.id).toBeTruthy();
      expect(item.questions?.length, item.id).toBeGreaterThan(0);
    }
  });

  it('every item cites a seed file and a section', () => {
    for (const item of allItems) {
      const file = /^(\d{3}_[0-9a-f]+\.txt) \S/.exec(item.source)?.[1];
      expect(seedFiles, item.id).toContain(file);
    }
  });

  it('a village of 修文县 sees the province, Guiyang and county items, province first', () => {
    const items = seedItemsFor('520123103201');
    expect(items.length).toBe(allItems.length);
    expect(items[0]!.id).toBe('national.preschool');
    expect(items.at(-1)!.id).toMatch(/^520123\./);
    expect(seedItemsFor('520502').some((item) => item.id.startsWith('gy.'))).toBe(false);
  });
});

describe('central urban districts (002 （四）)', () => {
  it('gives Guiyang’s six central districts for any code in Guiyang', () => {
    const guiyang = ['520102', '520103', '520111', '520112', '520113', '520115'];
    expect(centralUrbanDistricts('5201')).toEqual(guiyang);
    expect(centralUrbanDistricts('520123')).toEqual(guiyang);
    expect(centralUrbanDistricts('520103019001')).toEqual(guiyang);
  });

  it('gives none for a city that has not defined them or a province code', () => {
    expect(centralUrbanDistricts('520502')).toEqual([]);
    expect(centralUrbanDistricts('52')).toEqual([]);
  });
});
