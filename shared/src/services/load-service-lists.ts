import { z } from 'zod';
import { regionCodeSchema } from '../regions/region-schemas';
import { serviceItemsSchema, type ServiceItem } from './service-schemas';
import guizhou from '../../service-lists/52.json';
import guiyang from '../../service-lists/5201.json';
import xiuwen from '../../service-lists/520123.json';
import centralUrbanDistrictsFile from '../../service-lists/central-urban-districts.json';

/**
 * The seed service lists in `shared/service-lists/`: the Guizhou province list (national base items and
 * Guizhou's own), then the Guiyang and 修文县 additions. They are imported statically, like the
 * parameter files (parameter-index.ts), so the app bundle can use them as well as the server, which
 * publishes them as the first version of each region's list.
 */
const seedFiles: readonly unknown[] = [guizhou, guiyang, xiuwen];

export const serviceListFileSchema = z.object({
  /** What the file is and where its items come from; not part of the list. */
  $comment: z.string().optional(),
  regionCode: regionCodeSchema,
  items: serviceItemsSchema,
});

export interface SeedServiceList {
  regionCode: string;
  items: ServiceItem[];
}

/** Each seed list checked against the schema, province first, then city, then county. */
export function seedServiceLists(): SeedServiceList[] {
  return seedFiles
    .map((file) => {
      const { regionCode, items } = serviceListFileSchema.parse(file);
      return { regionCode, items };
    })
    .sort((a, b) => a.regionCode.length - b.regionCode.length);
}

/**
 * The seed items a place sees: those of every seed list whose region contains it (province, city,
 * county), province first. E.g. `seedItemsFor('520123103201')` gives Guizhou's, Guiyang's and 修文县's.
 */
export function seedItemsFor(regionCode: string): ServiceItem[] {
  return seedServiceLists()
    .filter((list) => regionCode.startsWith(list.regionCode))
    .flatMap((list) => list.items);
}

const centralUrbanDistrictsSchema = z
  .object({ $comment: z.string().optional() })
  .catchall(z.array(regionCodeSchema.refine((code) => code.length === 6, '中心城区应写到区县（6位）')));

const centralUrbanDistrictsByCity = (() => {
  const { $comment: _comment, ...byCity } = centralUrbanDistrictsSchema.parse(centralUrbanDistrictsFile);
  return byCity as Record<string, string[]>;
})();

/**
 * The county codes of the central urban districts (中心城区的市辖区) of the city a region is in: moving
 * between two of them does not make a child a migrant child (002 （四）). Any code of the city or below
 * it gives the city's list; a city that has not defined one, or a province code, gives none.
 */
export function centralUrbanDistricts(cityOrCountyCode: string): readonly string[] {
  if (cityOrCountyCode.length < 4) return [];
  return centralUrbanDistrictsByCity[cityOrCountyCode.slice(0, 4)] ?? [];
}
