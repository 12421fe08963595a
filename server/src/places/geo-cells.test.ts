import { describe, expect, it } from 'vitest';
import ngeohash from 'ngeohash';
import { blockAround, cellsOf, coveredRadiusMetres, distanceMetres, PRECISIONS } from './geo-cells';

const liuguang = { latitude: 27.0512, longitude: 106.5826 };

describe('geohash cells', () => {
  it('a place is stored with the cell containing it at every precision, each the prefix of the finer', () => {
    const cells = cellsOf(liuguang);
    expect(cells.map((cell) => cell.length)).toEqual([...PRECISIONS]);
    expect(cells[0]).toBe(ngeohash.encode(liuguang.latitude, liuguang.longitude, 7));
    for (const cell of cells) expect(cells[0]!.startsWith(cell)).toBe(true);
  });

  it('the 3×3 block is the centre cell and its eight neighbours', () => {
    const block = blockAround(liuguang, 6);
    expect(block).toHaveLength(9);
    expect(new Set(block).size).toBe(9);
    expect(block[0]).toBe(cellsOf(liuguang)[1]);
  });

  it('every point within the covered radius lies in the block (sampled around the point)', () => {
    for (const precision of [7, 6, 5, 4] as const) {
      const radius = coveredRadiusMetres(liuguang, precision);
      const block = new Set(blockAround(liuguang, precision));
      for (let angle = 0; angle < 360; angle += 15) {
        const rad = (angle * Math.PI) / 180;
        const metres = radius * 0.99;
        const point = {
          latitude: liuguang.latitude + (metres * Math.cos(rad)) / 111_195,
          longitude: liuguang.longitude + (metres * Math.sin(rad)) / (111_195 * Math.cos((liuguang.latitude * Math.PI) / 180)),
        };
        expect(distanceMetres(liuguang, point)).toBeLessThan(radius);
        expect(block.has(ngeohash.encode(point.latitude, point.longitude, precision))).toBe(true);
      }
    }
  });

  it('the covered radius grows as the precision coarsens (but for the coarsest, whose block reaches the pole)', () => {
    const radii = PRECISIONS.slice(0, -1).map((precision) => coveredRadiusMetres(liuguang, precision));
    for (let i = 1; i < radii.length; i += 1) expect(radii[i]).toBeGreaterThan(radii[i - 1]!);
    expect(radii[0]).toBeGreaterThan(100);
  });

  it('measures great-circle distances: 北京 to 上海 about 1067 km, a point to itself 0', () => {
    const beijing = { latitude: 39.9042, longitude: 116.4074 };
    const shanghai = { latitude: 31.2304, longitude: 121.4737 };
    expect(distanceMetres(beijing, shanghai) / 1000).toBeCloseTo(1067, -1);
    expect(distanceMetres(liuguang, liuguang)).toBe(0);
  });
});
