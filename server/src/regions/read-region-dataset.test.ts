import { describe, expect, it } from 'vitest';
import { readVillages, villageName } from './read-region-dataset';

describe('villages are named as a hukou book writes them, not by their committee', () => {
  it.each([
    ['高山村村民委员会', '高山村'],
    ['大坪村民委员会', '大坪村'],
    ['楚蔬社区居民委员会', '楚蔬社区'],
    ['城关居民委员会', '城关社区'],
    ['巴音嘎查委员会', '巴音嘎查'],
    ['栖凤社区', '栖凤社区'],
    ['大木村', '大木村'],
  ])('%s → %s', (dataset, said) => {
    expect(villageName(dataset)).toBe(said);
  });

  it('桐梓县楚米镇 lists 高山村 and 楚蔬社区', async () => {
    const names: string[] = [];
    for await (const village of readVillages('520322101')) names.push(village.name);
    expect(names).toEqual(expect.arrayContaining(['高山村', '楚蔬社区']));
    expect(names.filter((name) => name.endsWith('委员会'))).toEqual([]);
  });
});
