import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { textOf } from './portal-pages';

/** Writes a name-like scribble on the signature pad with the mouse, as a finger would. */
export async function drawSignature(page: Page): Promise<void> {
  const canvas = page.locator('#signature-pad-canvas:visible');
  // In 大字模式 the pad sits below the first screen: the finger scrolls to it first.
  await canvas.scrollIntoViewIfNeeded();
  // The sign page slides in: draw only once the canvas stands still.
  let box = await canvas.boundingBox();
  for (let tries = 0; tries < 20; tries += 1) {
    await page.waitForTimeout(100);
    const now = await canvas.boundingBox();
    if (box && now && now.x === box.x && now.y === box.y) break;
    box = now;
  }
  if (!box) throw new Error('signature pad not on screen');
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (let step = 1; step <= 24; step += 1) {
    await page.mouse.move(box.x + 30 + step * 10, box.y + 100 + Math.sin(step / 2) * 45, { steps: 3 });
  }
  await page.mouse.up();
  await expect.poll(() => textOf(page, '#signature-pad-state:visible')).toBe('已写好');
}
