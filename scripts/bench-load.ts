// The guide's load time when it starts (`BENCH_ONLY=8 npm run bench`): from the shopper's
// start (the popup's message to the tab) to the guide bundle evaluated in the content
// script's world, and to the first highlight. Each run is a fresh page (the guide is not
// there yet). Times are epoch-based (performance.timeOrigin + now) in each context.
import type { BrowserContext } from 'playwright-core';
import type { E2EBrowser } from '../tests/e2e/harness/types';
import type { BenchRow } from './bench-capture';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function once(browser: E2EBrowser & { context: BrowserContext }, url: string) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-wsg-content'));
  const world = worlds.filter((w) => w.name === 'Wish Support Companion').at(-1);
  if (!world) throw new Error('no content script world');
  // The moment the guide's bundle has put its API in the world (checked every millisecond).
  const evaluated = cdp.send('Runtime.evaluate', {
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((resolve) => { const check = () => globalThis.__wsgGuide
      ? resolve(performance.timeOrigin + performance.now()) : setTimeout(check, 1); check(); })`,
  });
  const highlighted = page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        new MutationObserver(() => {
          if (document.querySelector('[data-wsg-step]')) resolve(performance.timeOrigin + performance.now());
        }).observe(document.documentElement, {
          subtree: true,
          attributes: true,
          attributeFilter: ['data-wsg-step'],
        }),
      ),
  );
  const tabId = await browser.tabIdOf(url);
  await page.bringToFront();
  // As the popup sends it; not awaited (its answer comes once the guide shows).
  const start = (await browser.inExtension((id) => {
    const api = (
      globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }
    ).chrome;
    const t0 = performance.timeOrigin + performance.now();
    void api.tabs.sendMessage(id, {
      id: 1,
      type: 'startGuide',
      timestamp: Date.now(),
      data: { problem: 'never-delivered' },
    });
    return t0;
  }, tabId)) as number;
  const ready = (await evaluated).result.value as number;
  const shown = await highlighted;
  await browser.inExtension(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome;
    await api.storage.local.set({ 'wsg:tour': { v: 1, value: null } });
  }, null);
  await cdp.detach();
  await page.close();
  return { ready: ready - start, shown: shown - start };
}

/** One row: on an order's page (Wish's route, its button there at once) and on a feed page
 *  (the start first waits up to 800 ms for an order's own button, as it always has). */
export async function benchGuideLoad(browser: E2EBrowser & { context: BrowserContext }): Promise<BenchRow> {
  const parts: string[] = [];
  for (const [label, url] of [
    ["an order's page", 'https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4'],
    ['a feed page (800 ms of route wait included)', 'https://www.wish.com/'],
  ] as const) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await once(browser, url));
    parts.push(
      `${label}: start → guide bundle evaluated median ${median(runs.map((r) => r.ready)).toFixed(0)} ms ` +
        `(${runs.map((r) => r.ready.toFixed(0)).join(', ')}), → first highlight median ` +
        `${median(runs.map((r) => r.shown)).toFixed(0)} ms`,
    );
  }
  return ['guide load time when it starts', parts.join('; '), 'measured'];
}
