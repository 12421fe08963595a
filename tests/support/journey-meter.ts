import type { Page } from 'playwright-core';
import type { TaskMeta } from 'vitest';

export type TextSize = 'standard' | 'large';

/** What one person did in one journey, as counted in the browser. */
export interface JourneyCount {
  journey: string;
  mode: TextSize;
  /** Distinct screens the person acted on: H5 route, plus the in-page step the app marks (`screen-…`, `check-screen-…`). */
  screens: string[];
  /** Distinct text fields typed into, and the keys that took (a Chinese character is typed as pinyin and picked). */
  fieldsTyped: number;
  keys: number;
  taps: number;
  photos: number;
  signatures: number;
  /** The estimate for a person, from the seconds in `SECONDS_PER_ACTION`. */
  minutes: number;
}

declare module 'vitest' {
  interface TaskMeta {
    journeys?: JourneyCount[];
  }
}

/**
 * Assumed seconds per action for an older person on a cheap phone: roughly the keystroke-level model's
 * operators (a tap ≈ pointing plus a moment's thought) doubled, plus time to read each screen. They are
 * printed next to the figures, so the estimate can be argued with.
 */
export const SECONDS_PER_ACTION = {
  screen: 20,
  tap: 3,
  field: 5,
  key: 1.5,
  photo: 30,
  signature: 20,
} as const;

/** Keys a person presses for a typed value: three for each Chinese character (pinyin, then picking it). */
export const keysFor = (value: string): number => [...value].reduce((keys, char) => keys + (/\p{Script=Han}/u.test(char) ? 3 : 1), 0);

export function estimateMinutes(count: Omit<JourneyCount, 'journey' | 'mode' | 'minutes'>): number {
  const s = SECONDS_PER_ACTION;
  const seconds =
    count.screens.length * s.screen + count.taps * s.tap + count.fieldsTyped * s.field + count.keys * s.key + count.photos * s.photo + count.signatures * s.signature;
  return Math.round((seconds / 60) * 10) / 10;
}

type BrowserEvent = { kind: 'tap' | 'type' | 'draw'; screen: string; field?: string; value?: string };

/**
 * Runs in every document of the page: reports each tap, each typed field and each stroke on a signature
 * pad, with the screen it happened on. Listens in the capture phase so the app's own handlers cannot hide it.
 * Plain JavaScript in a string: a function would be sent as the transpiled source, with the test
 * runner's helpers the page does not have.
 */
const reportActions = `(() => {
  // Init scripts run before the document has an element: mark the document itself, once.
  if (window.__journeyDocument === document) return;
  window.__journeyDocument = document;
  const screenOf = (target) => {
    const route = location.hash.replace(/^#/, '').split('?')[0] || '/';
    const step = target instanceof Element ? target.closest('[id^="screen-"], [id^="check-screen-"]')?.id : undefined;
    return step ? route + '#' + step : route;
  };
  const isTextField = (target) =>
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['file', 'checkbox', 'radio', 'button', 'submit'].includes(target.type));
  // Only what the person does: the app's own clicks (a hidden file input it opens) are not trusted events.
  const send = (event, cause) => cause.isTrusted && window.__journeyEvent && window.__journeyEvent(event);
  document.addEventListener('click', (event) => {
    // Tapping into a field is part of typing it; strokes on a signature pad are counted as signing.
    if (isTextField(event.target) || event.target instanceof HTMLCanvasElement) return;
    send({ kind: 'tap', screen: screenOf(event.target) }, event);
  }, true);
  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!isTextField(target)) return;
    const field = target.id || (target.closest('[id]') && target.closest('[id]').id) || target.name;
    send({ kind: 'type', screen: screenOf(target), field, value: target.value }, event);
  }, true);
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof HTMLCanvasElement) send({ kind: 'draw', screen: screenOf(event.target) }, event);
  }, true);
})()`;

export interface JourneyMeter {
  /**
   * Stops counting until `resume`: for a test's deliberate mistakes (asserted, but not what a family on its
   * happy path does). Waits for the actions before it to arrive, so they are counted.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** The figures so far; also records them on the test, for the journey table printed at the end of the run. */
  finish(meta: TaskMeta): Promise<JourneyCount>;
}

/**
 * Starts counting what a person does on this page: the screens they act on, the fields they type, the
 * taps, the photos they add (file choosers opened) and the signatures they draw. Helpers such as the
 * sign-in are counted too, because they act on the same page. Test-only shortcuts (`page.goto`) are not.
 */
export async function meterJourney(page: Page, journey: string, mode: TextSize): Promise<JourneyMeter> {
  const screens = new Set<string>();
  const fields = new Map<string, string>();
  const signed = new Set<string>();
  let taps = 0;
  let photos = 0;
  let paused = false;
  await page.exposeBinding('__journeyEvent', (_source, event: BrowserEvent) => {
    if (paused) return;
    screens.add(event.screen);
    if (event.kind === 'tap') taps += 1;
    else if (event.kind === 'draw') signed.add(event.screen);
    else fields.set(`${event.screen} ${event.field}`, event.value ?? '');
  });
  page.on('filechooser', () => {
    if (!paused) photos += 1;
  });
  await page.addInitScript(reportActions);
  await page.evaluate(reportActions);
  // A round trip to the page after its last reports, so they have all arrived.
  const settle = () => page.evaluate(() => undefined);
  return {
    async pause() {
      await settle();
      paused = true;
    },
    async resume() {
      await settle();
      paused = false;
    },
    async finish(meta) {
      await settle();
      const counted = {
        screens: [...screens],
        fieldsTyped: fields.size,
        keys: [...fields.values()].reduce((sum, value) => sum + keysFor(value), 0),
        taps,
        photos,
        signatures: signed.size,
      };
      const count = { journey, mode, ...counted, minutes: estimateMinutes(counted) };
      meta.journeys = [...(meta.journeys ?? []), count];
      return count;
    },
  };
}
