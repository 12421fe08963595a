import type { RegionRef } from './region-schemas';

/** How far a child's hukou place is from where it lives, when a case goes from one to the other. */
export type CrossRegionScope = 'province' | 'county' | 'local';

/**
 * The words for a case handed from where the child lives to its hukou place (docs/policy.md "Hand-over to the hukou
 * place"). "跨省" only when the provinces differ: 002_3af6e7b58dbd6ae5.txt （九） asks to push "跨省通办" for the
 * basic-living programmes decided at the hukou place. Inside one province, 002 （四） counts a migrant child by
 * "跨县域异地居住", so a case between counties is 跨县; between townships of one county it is simply 异地.
 */
export const crossRegionWords: Record<CrossRegionScope, { word: string; handling: string }> = {
  province: { word: '跨省', handling: '跨省通办' },
  county: { word: '跨县', handling: '跨县办理' },
  local: { word: '异地', handling: '异地办理' },
};

/** Which scope a hand-over from `residence` to `hukou` crosses: the province (2 digits), else the county (6). */
export function crossRegionScope(hukou: string, residence: string): CrossRegionScope {
  if (hukou.slice(0, 2) !== residence.slice(0, 2)) return 'province';
  if (hukou.slice(0, 6) !== residence.slice(0, 6)) return 'county';
  return 'local';
}

/** Names a city or county level that is not a place of its own (a municipality's 市辖区, a province's 直辖县级 block). */
const placeholderNames = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * The civil-affairs office of the hukou county a case is sent to, by the county's path from the province down:
 * 云南省昆明市五华区民政局, 北京市东城区民政局 (a municipality's 市辖区 left out).
 */
export function civilAffairsOfficeName(countyPath: readonly Pick<RegionRef, 'name' | 'level'>[]): string {
  return (
    countyPath
      .filter((region) => region.level <= 3 && !placeholderNames.has(region.name))
      .map((region) => region.name)
      .join('') + '民政局'
  );
}
