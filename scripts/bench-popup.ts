// The popup's open, timed in wall time and in the CPU time of its main thread (read from
// Chromium's trace: each event carries the thread's CPU clock, tts), and the large store it is
// timed with. Used by `npm run bench` (sections 4 and 5) and `scripts/popup-cpu.ts` (A/B runs).
import type { BrowserContext } from 'playwright-core';
import type { E2EBrowser } from '../tests/e2e/harness/types';

type Browser = E2EBrowser & { context: BrowserContext };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The pause after each open, before the next (see below). */
const SETTLE_MS = 2000;

export interface PopupOpen {
  /** Wall: open → interactive; the browser's part (page made, HTML read); the popup's script. */
  total: number;
  html: number;
  ours: number;
  /** CPU of the popup's main thread: its script (start mark → interactive), and the whole page
   *  from its navigation (HTML, CSS, module loading and compiling, script, layout, paint). */
  cpuOurs: number;
  cpuPage: number;
}

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tts?: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
};

/** Few categories, so that tracing itself costs little: the marks (with their thread clock)
 *  and the thread's top-level tasks. */
export const LIGHT_TRACE = ['blink.user_timing', 'toplevel'];

/** Opens the popup once as a tab, traced with `categories` (more of them: a trace to read, whose
 *  own cost inflates the figures), and returns its times and the trace's events. */
export async function tracedPopupOpen(
  browser: Browser,
  categories: string[] = LIGHT_TRACE,
): Promise<PopupOpen & { events: TraceEvent[] }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  await page.goto(browser.extensionUrl('popup.html'));
  // Polled from outside with a bare Runtime.evaluate: Playwright's waitForFunction would load its
  // helper script into the page and run it every frame, inside the window being measured.
  for (let waited = 0; ; waited += 100) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "performance.getEntriesByName('wsg-interactive').length",
      returnByValue: true,
    });
    if (result.value) break;
    if (waited > 180_000) throw new Error('the popup never became interactive');
    await sleep(100);
  }
  const [end, start, received] = await page.evaluate(() => [
    performance.getEntriesByName('wsg-interactive')[0]!.startTime,
    performance.getEntriesByName('wsg-script-start')[0]!.startTime,
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
  ]);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  // All extension pages share one renderer thread: the closed page's teardown (its document
  // and frame destroyed, the memory cache evicted, a garbage collection) runs there for a
  // while after the close. Opened at once, the next popup's window would count that work; a
  // shopper's popups open seconds apart.
  await sleep(SETTLE_MS);
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const began = mark('wsg-script-start');
  const ready = mark('wsg-interactive');
  if (began?.tts === undefined || ready?.tts === undefined)
    throw new Error('the trace has no thread clock on the marks');
  // The popup's navigation on that thread (other extension pages may share the process).
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.tid === ready.tid &&
      e.args?.data?.documentLoaderURL?.includes('popup.html'),
  );
  // The thread's top-level work: its tasks, and the microtask checkpoints Blink runs outside
  // any task (a promise's continuation after a module loads: the popup's renders often run
  // there). Counting tasks only missed those.
  let cpuPage = 0;
  let counted = -Infinity;
  const top = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === ready.pid &&
        e.tid === ready.tid &&
        e.cat.split(',').includes('toplevel') &&
        (e.name === 'ThreadControllerImpl::RunTask' ||
          e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'),
    )
    // An outer event before those it holds.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of top) {
    // Nested in one counted already (a checkpoint at the end of a task).
    if (e.ts < counted) continue;
    counted = e.ts + (e.dur ?? 0);
    if (nav && e.ts < nav.ts) continue;
    if (e.ts > ready.ts) continue;
    // The task the mark falls in counts up to the mark.
    cpuPage += e.ts + (e.dur ?? 0) <= ready.ts ? (e.tdur ?? 0) : ready.tts - (e.tts ?? ready.tts);
  }
  return {
    total: end!,
    html: received!,
    ours: end! - start!,
    cpuOurs: (ready.tts - began.tts) / 1000,
    cpuPage: cpuPage / 1000,
    events,
  };
}

/** Stores 5,000 orders and 500 cases as the worker stores them, and waits for the worker to
 *  make the orders index from them. Returns each stored item's size (JSON characters). */
export async function seedLargeStore(browser: Browser): Promise<Record<string, number>> {
  return browser.inExtension(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              set(v: object): Promise<void>;
              get(k: string | null): Promise<Record<string, unknown>>;
            };
          };
        };
      }
    ).chrome;
    const at = new Date().toISOString();
    const orders: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) {
      const number = (0x5f1a2b3c00000000n + BigInt(i)).toString(16).padEnd(24, '0');
      orders[number] = {
        number,
        placedAt: '2026-03-04',
        placedText: 'Mar 4, 2026',
        items: [{ title: `Floral summer dress, size M, number ${i}`, quantity: 1 }],
        amount: { minor: 1240 + i, currency: 'USD' },
        amountText: '$12.40',
        status: 'SHIPPED',
        statusText: 'Shipped',
        flags: [],
        source: 'page',
        url: `https://www.wish.com/transaction/${number}`,
        capturedAt: at,
        updatedAt: at,
      };
    }
    const cases: Record<string, unknown> = {};
    const numbers = Object.keys(orders);
    for (let i = 0; i < 500; i++) {
      const id = `${numbers[i]}|never-delivered`;
      cases[id] = {
        id,
        orderNumber: numbers[i],
        problem: 'never-delivered',
        openedAt: at,
        contacts: [
          {
            id: `c${i}`,
            channel: 'email',
            at,
            message: 'Hello, my order never arrived. '.repeat(20),
            via: 'mailto',
          },
        ],
        followUpAt: new Date(Date.now() + 86_400_000).toISOString(),
        followUpDays: 3,
      };
    }
    await api.storage.local.set({
      'wsg:orders': { v: 1, value: orders },
      'wsg:cases': { v: 1, value: cases },
    });
    // The worker makes the orders index when it hears of the new orders: wait for it.
    for (let t = 0; t < 600; t++) {
      const index = (await api.storage.local.get('wsg:order-index')) as unknown as Record<
        string,
        { value?: { total?: number } }
      >;
      if (index['wsg:order-index']?.value?.total === 5000) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const all = await api.storage.local.get(null);
    const sizes: Record<string, number> = {};
    for (const [k, v] of Object.entries(all)) sizes[k] = JSON.stringify(v).length;
    return sizes;
  }, null);
}
