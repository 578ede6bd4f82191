// Drives the guide on generated variants in Debian's Chromium, three ways:
//   extension  the built extension (extension/), started from its popup, as a shopper would;
//   engine     a test bundle of the guide engine (tests/corpus/engine-entry.ts) injected into
//              each page, in an isolated world like a content script's, many pages at once;
//   oracle     no guide: the walker highlights the truth itself. Proves every variant can be
//              walked with real input, so a failure in the other modes is the guide's.
// Pages are served as https://www.wish.com/... by routing; nothing reaches a network.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { fallbackPage, type StepId, type Variant } from './generate';
import { walk, type WalkResult, STEP_TIMEOUT_MS } from './walk';

export type Mode = 'engine' | 'extension' | 'oracle';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Driver {
  mode: Mode;
  /** How many variants it can walk at once. */
  parallel: number;
  run(v: Variant): Promise<WalkResult>;
  close(): Promise<void>;
}

export interface DriverOptions {
  stepTimeoutMs?: number;
  /** See WalkOptions.selfHoverAfterMs (0: the shopper never helps). */
  selfHoverAfterMs?: number;
  /** Engine and oracle modes: pages walked at once. */
  concurrency?: number;
  /** Extension mode: the folder of the built extension. */
  extensionDir?: string;
  /** Engine mode: another entry than tests/corpus/engine-entry.ts. */
  engineEntry?: string;
}

/** The variant's page for a URL: its own pages by path (with the query when it has one), else a
 *  page with no truth (product, help, settings...). */
export function servePage(v: Variant, url: string): string {
  const u = new URL(url);
  if (u.hostname === 'www.wish.com' || u.hostname === 'wish.com') {
    const exact = v.pages[u.pathname + u.search];
    if (exact) return exact;
    const byPath = v.pages[u.pathname];
    if (byPath) return byPath;
  }
  return fallbackPage(v, url);
}

async function fulfil(route: Route, v: Variant, inlineTruth = false): Promise<void> {
  const url = route.request().url();
  const u = new URL(url);
  if (!/(^|\.)wish\.com$/.test(u.hostname)) return route.abort('blockedbyclient');
  if (/\.(png|jpe?g|gif|webp|ico)$/.test(u.pathname)) return route.fulfill({ status: 404, body: '' });
  const page = servePage(v, url);
  const body = inlineTruth && v.truthScript ? withTruth(page, v.truthScript) : page;
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

/** The page with a hand-made page's truth script run first, in its main world, and then taken
 *  out of the page (one browser context serves every variant in extension mode, so an init
 *  script per variant cannot be used): nothing of it stays for the guide to read. */
function withTruth(html: string, script: string): string {
  const tag = `<script>${script}\ndocument.currentScript && document.currentScript.remove();</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

/** In the popup: sets the select labelled `name` to `value` if it offers it. */
function selectValue({ name, value }: { name: string; value: string }): boolean {
  const select = [...document.querySelectorAll('label')]
    .find((l) => l.firstChild?.textContent === name)
    ?.querySelector('select');
  if (!select || ![...select.options].some((o) => o.value === value)) return false;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

export const siteUrl = (p: string) => `https://www.wish.com${p}`;

// ------------------------------------------------------------------ engine mode

export interface EngineStart {
  problem: string;
  route: 'account-menu' | 'order';
  lang: string;
  nameHint?: string;
  orderNumber?: string;
  stepId?: StepId;
}

/** Bundles tests/corpus/engine-entry.ts for the browser (throws when it does not build). */
export async function buildEngine(
  entry = path.join(process.cwd(), 'tests', 'corpus', 'engine-entry.ts'),
): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

/** Runs the engine bundle in an isolated world of the page's main frame (as a content script
 *  runs: it shares the DOM, not the page's JavaScript), then starts it. */
async function injectEngine(page: Page, bundle: string, start: EngineStart): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'wsg-corpus-engine',
      grantUniveralAccess: true,
    })) as { executionContextId: number };
    const load = (await cdp.send('Runtime.evaluate', {
      expression: bundle,
      contextId: executionContextId,
    })) as {
      exceptionDetails?: { exception?: { description?: string } };
    };
    if (load.exceptionDetails)
      throw new Error(`engine bundle threw: ${load.exceptionDetails.exception?.description ?? '?'}`);
    const run = (await cdp.send('Runtime.evaluate', {
      expression: `Promise.resolve(window.__wsgCorpus.start(${JSON.stringify(start)})).then(() => true)`,
      contextId: executionContextId,
      awaitPromise: true,
    })) as { exceptionDetails?: { exception?: { description?: string } } };
    if (run.exceptionDetails)
      throw new Error(`engine start threw: ${run.exceptionDetails.exception?.description ?? '?'}`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function engineStart(v: Variant, stepId?: StepId): EngineStart {
  return {
    problem: v.problem,
    route: v.route,
    lang: v.lang,
    ...(v.nameKnown ? { nameHint: v.name } : {}),
    ...(v.orderNumber ? { orderNumber: v.orderNumber } : {}),
    ...(stepId ? { stepId } : {}),
  };
}

async function browserDriver(mode: 'engine' | 'oracle', o: DriverOptions): Promise<Driver> {
  const bundle = mode === 'engine' ? await buildEngine(o.engineEntry) : '';
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  if (mode === 'engine') {
    // Fail once, clearly, when the bundle cannot even load (e.g. the placeholder entry).
    const page = await browser.newPage();
    try {
      await page.evaluate(
        `(() => { ${bundle}\n; if (!window.__wsgCorpus || typeof window.__wsgCorpus.start !== 'function') throw new Error('the engine entry defines no window.__wsgCorpus.start'); })()`,
      );
    } catch (e) {
      await browser.close();
      throw new Error(`engine bundle: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  const stepTimeoutMs = o.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  return {
    mode,
    parallel: o.concurrency ?? 3,
    async run(v) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await context.route('**/*', (route) => fulfil(route, v));
        // Debugging: CORPUS_CONSOLE=1 prints what the pages and the engine log.
        if (process.env.CORPUS_CONSOLE)
          context.on('console', (m) => console.log(`${v.id} console.${m.type()}: ${m.text()}`));
        if (v.truthScript) await context.addInitScript(v.truthScript);
        const page = await context.newPage();
        await page.goto(siteUrl(v.start), { waitUntil: 'load' });
        let engineError = '';
        if (mode === 'engine') {
          try {
            await injectEngine(page, bundle, engineStart(v));
          } catch (e) {
            engineError = (e as Error).message.split('\n')[0] ?? 'engine failed';
          }
        }
        if (engineError)
          return {
            id: v.id,
            reached: false,
            sent: false,
            wrong: [],
            acted: [],
            stoppedAt: 'error',
            detail: engineError,
            ms: 0,
          };
        return await walk(context, v, {
          stepTimeoutMs,
          ...(o.selfHoverAfterMs !== undefined ? { selfHoverAfterMs: o.selfHoverAfterMs } : {}),
          oracle: mode === 'oracle',
          ...(mode === 'engine'
            ? { onDocument: (p: Page, step: StepId) => injectEngine(p, bundle, engineStart(v, step)) }
            : {}),
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    close: () => browser.close(),
  };
}

// ------------------------------------------------------------------ extension mode

async function extensionDriver(o: DriverOptions): Promise<Driver> {
  const extensionDir = o.extensionDir ?? path.join(process.cwd(), 'extension');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wsg-corpus-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  let current: Variant | undefined;
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (route) => (current ? fulfil(route, current, true) : route.abort('blockedbyclient')),
  );
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extId = new URL(worker.url()).host;
  const extUrl = (p: string) => `chrome-extension://${extId}/${p}`;
  const options = await context.newPage();
  await options.goto(extUrl('options.html'));
  let nameSet = '';
  const stepTimeoutMs = o.stepTimeoutMs ?? STEP_TIMEOUT_MS;

  /** The shopper's name on the options page (typed there, as a shopper would), or none. */
  async function setName(name: string): Promise<void> {
    if (name === nameSet) return;
    const input = options.locator('input[autocomplete="name"]');
    await input.fill(name, { timeout: 20_000 });
    await options.waitForTimeout(200);
    nameSet = name;
  }

  async function resetTour(): Promise<void> {
    await options.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(k: string): Promise<Record<string, { tour?: unknown } | undefined>>;
                set(v: object): Promise<void>;
              };
            };
          };
        }
      ).chrome;
      const data = (await api.storage.local.get('wsg:data'))['wsg:data'];
      if (data?.tour) await api.storage.local.set({ 'wsg:data': { ...data, tour: null } });
    });
  }

  /** Starts the guide from the popup for the Wish tab, like tests/e2e/helpers.ts
   *  startFromPopup; on the order route the shopper picks the variant's order when the popup
   *  lists it. */
  async function startFromPopup(v: Variant): Promise<void> {
    const prefix = siteUrl(v.start);
    const tabId = await options.evaluate(async (pre) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        }
      ).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url?.startsWith(pre))?.id ?? -1;
    }, prefix);
    if (tabId < 0) throw new Error(`no tab at ${prefix}`);
    const popup = await context.newPage();
    try {
      await popup.goto(extUrl(`popup.html?tab=${tabId}`));
      await popup.waitForFunction(
        () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start guide'),
        null,
        { timeout: 20_000, polling: 50 },
      );
      // The order first (a shopper picks it, or types it in "add an order" when the popup
      // does not list it), then the problem.
      if (v.orderNumber) {
        const listed = await popup.evaluate(selectValue, { name: 'Order', value: v.orderNumber });
        if (!listed) {
          await popup.evaluate(() => {
            const d = document.querySelector('details.add-order') as HTMLDetailsElement | null;
            if (d) d.open = true;
          });
          const input = popup.locator('details.add-order input');
          if ((await input.count()) > 0) {
            await input.fill(v.orderNumber, { timeout: 10_000 });
            await popup.locator('details.add-order button[type="submit"]').click({ timeout: 10_000 });
            await popup.waitForTimeout(500);
            await popup.evaluate(selectValue, { name: 'Order', value: v.orderNumber });
          }
        }
        await popup.waitForTimeout(300);
      }
      await popup.evaluate(selectValue, { name: 'Problem', value: v.problem });
      await popup.waitForTimeout(300);
      await popup.evaluate(() =>
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start guide')!.click(),
      );
      await popup.waitForFunction(
        () => /guide is showing|did not answer/.test(document.body.textContent ?? ''),
        null,
        {
          timeout: 20_000,
          polling: 50,
        },
      );
      const status = await popup.evaluate(
        () => document.querySelector('.context .status')?.textContent ?? '',
      );
      if (/did not answer/.test(status)) throw new Error(`the page did not start the guide: ${status}`);
    } finally {
      await popup.close().catch(() => undefined);
    }
  }

  return {
    mode: 'extension',
    parallel: 1, // one guide per browser profile
    async run(v) {
      current = v;
      for (const p of context.pages()) if (p !== options) await p.close().catch(() => undefined);
      const started = Date.now();
      try {
        await resetTour();
        await setName(v.nameKnown ? v.name : '');
        const page = await context.newPage();
        await page.goto(siteUrl(v.start), { waitUntil: 'load' });
        await startFromPopup(v);
        await page.bringToFront();
        return await walk(context, v, {
          stepTimeoutMs,
          ...(o.selfHoverAfterMs !== undefined ? { selfHoverAfterMs: o.selfHoverAfterMs } : {}),
        });
      } catch (e) {
        return {
          id: v.id,
          reached: false,
          sent: false,
          wrong: [],
          acted: [],
          stoppedAt: 'error',
          detail: (e as Error).message.split('\n')[0] ?? '',
          ms: Date.now() - started,
        };
      } finally {
        for (const p of context.pages()) if (p !== options) await p.close().catch(() => undefined);
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function createDriver(mode: Mode, o: DriverOptions = {}): Promise<Driver> {
  if (mode !== 'extension') return browserDriver(mode, o);
  return (o.concurrency ?? 1) > 1 ? extensionPool(o.concurrency!, o) : extensionDriver(o);
}

/** Several browser profiles with the extension, one guide each: waiting for a stuck step costs
 *  no CPU, so a few profiles side by side walk a sample in a fraction of the time. */
async function extensionPool(n: number, o: DriverOptions): Promise<Driver> {
  const drivers: Driver[] = [];
  for (let i = 0; i < n; i++) drivers.push(await extensionDriver(o));
  const free = [...drivers];
  const waiting: ((d: Driver) => void)[] = [];
  const take = () =>
    new Promise<Driver>((resolve) => (free.length ? resolve(free.pop()!) : waiting.push(resolve)));
  const give = (d: Driver) => {
    const next = waiting.shift();
    if (next) next(d);
    else free.push(d);
  };
  return {
    mode: 'extension',
    parallel: n,
    async run(v) {
      const d = await take();
      try {
        return await d.run(v);
      } finally {
        give(d);
      }
    },
    async close() {
      await Promise.all(drivers.map((d) => d.close()));
    },
  };
}

/** Walks variants with a driver, `driver.parallel` at a time, in order of the list. */
export async function walkAll(
  driver: Driver,
  variants: Variant[],
  onResult?: (r: WalkResult, v: Variant, done: number) => void,
): Promise<WalkResult[]> {
  const results: WalkResult[] = new Array(variants.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < variants.length) {
      const i = next++;
      const v = variants[i]!;
      results[i] = await driver.run(v);
      onResult?.(results[i]!, v, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, driver.parallel) }, worker));
  return results;
}
