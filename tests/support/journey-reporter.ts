import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { SECONDS_PER_ACTION, type JourneyCount } from './journey-meter';

const ARTIFACTS_DIR = join(import.meta.dirname, '..', 'artifacts');
const JSON_PATH = join(ARTIFACTS_DIR, 'journeys.json');

const keyOf = (count: JourneyCount) => `${count.journey}|${count.mode}`;

/**
 * At the end of a run with family journeys: a line per journey and text size (screens, fields typed,
 * taps, photos, signatures, minutes estimated for a person) and the seconds assumed per action; the same
 * figures in `tests/artifacts/journeys.json`, merged with earlier runs so that running one file keeps
 * the others' latest figures.
 */
export default class JourneyReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = testModules.flatMap((module) => [...module.children.allTests()].flatMap((test) => test.meta().journeys ?? []));
    if (counts.length === 0) return;
    const s = SECONDS_PER_ACTION;
    const header = ['journey', 'text size', 'screens', 'fields typed (keys)', 'taps', 'photos', 'signatures', 'minutes'];
    const rows = counts.map((c) => [c.journey, c.mode, String(c.screens.length), `${c.fieldsTyped} (${c.keys})`, String(c.taps), String(c.photos), String(c.signatures), c.minutes.toFixed(1)]);
    const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column]!))));
    const line = (cells: string[]) => cells.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join('  ');
    process.stdout.write(
      [
        '',
        'family journeys: what a person does, and the minutes it takes at the assumed pace',
        line(header),
        ...rows.map(line),
        `assumed seconds: ${s.screen} to read a screen, ${s.tap} a tap, ${s.field} to start a field and ${s.key} a key (a Chinese character is 3 keys), ${s.photo} a photo, ${s.signature} a signature`,
        '',
      ].join('\n'),
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const earlier: JourneyCount[] = existsSync(JSON_PATH) ? JSON.parse(readFileSync(JSON_PATH, 'utf8')).journeys : [];
    const latest = new Map([...earlier, ...counts].map((count) => [keyOf(count), count]));
    writeFileSync(JSON_PATH, `${JSON.stringify({ secondsPerAction: s, journeys: [...latest.values()] }, null, 2)}\n`);
  }
}

/** Columns line up in a terminal: a Chinese character takes two cells. */
function width(text: string): number {
  return [...text].reduce((cells, char) => cells + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);
}
