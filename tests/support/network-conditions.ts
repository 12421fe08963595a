import type { CDPSession, Page } from 'playwright-core';

/**
 * The phone's signal, set through the DevTools protocol: cut it, bring it back, or slow it to a weak rural
 * link. Chromium also fires the page's `offline` and `online` events, as a phone losing its signal does.
 */
export async function networkOf(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const emulate = (conditions: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number }) =>
    cdp.send('Network.emulateNetworkConditions', conditions);
  return {
    cut: () => emulate({ offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }),
    restore: () => emulate({ offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }),
    /** A weak 3G signal: 400 ms each way and about 50 KB/s up, 100 KB/s down. */
    weak: () => emulate({ offline: false, latency: 400, downloadThroughput: 100 * 1024, uploadThroughput: 50 * 1024 }),
  };
}
