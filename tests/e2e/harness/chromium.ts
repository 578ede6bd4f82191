// Debian's Chromium with the built extension, through playwright-core. Fixture pages are
// served as the real sites by routing: the production manifest (https only) stays as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve, SERVED_HOSTS } from './fixtures';
import { WAIT, type E2EBrowser, type E2EPage, tabIdInExtensionPage, waitError } from './types';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** The closed shadow root of the first `host` element, through CDP (DOM.getDocument pierces
 *  closed roots; the page's own scripts cannot). */
async function inShadowCdp<A, R>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { localName: string; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | undefined => {
      if (n.localName === host && n.shadowRoots?.length) return n.shadowRoots[0];
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return undefined;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `async function (json) { return JSON.stringify(await (${String(fn)})(this, JSON.parse(json))); }`,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value === undefined ? (undefined as R) : (JSON.parse(result.value as string) as R);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    waitFor: async (fn, arg, timeout = WAIT) => {
      await page.waitForFunction(fn as never, arg, { timeout, polling: 50 }).catch((e: unknown) => {
        throw waitError(fn, timeout, e);
      });
    },
    hover: (s) => page.hover(s, { timeout: WAIT }),
    click: (s) => page.click(s, { timeout: WAIT }),
    type: (s, text) => page.locator(s).first().pressSequentially(text, { timeout: WAIT }),
    press: (key) => page.keyboard.press(key),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    inShadow: (host, fn, arg) => inShadowCdp(page, host, fn, arg),
    bringToFront: () => page.bringToFront(),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(
  extensionDir: string,
  options: { headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<E2EBrowser & { context: BrowserContext }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wsg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // Every web request is answered here; nothing reaches a network.
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const url = new URL(route.request().url());
      if (!SERVED_HOSTS.includes(url.hostname)) return route.abort('blockedbyclient');
      const served = serve(url.href);
      await route.fulfill({ status: served.status, contentType: served.contentType, body: served.body });
    },
  );
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT }));
  const id = new URL(worker.url()).host;
  const extensionUrl = (p: string) => `chrome-extension://${id}/${p.replace(/^\//, '')}`;
  let helper: Page | undefined;
  const helperPage = async () => {
    if (!helper || helper.isClosed()) {
      helper = await context.newPage();
      await helper.goto(extensionUrl('options.html'));
    }
    return helper;
  };
  const self: E2EBrowser & { context: BrowserContext } = {
    name: 'chromium',
    context,
    newPage: async () => wrap(await context.newPage()),
    extensionUrl,
    openExtensionPage: async (p) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(p));
      return wrap(page);
    },
    waitForNewPage: async (action) => {
      const [page] = await Promise.all([context.waitForEvent('page', { timeout: WAIT }), action()]);
      await page.waitForLoadState('domcontentloaded');
      return wrap(page);
    },
    tabIdOf: async (prefix) => (await helperPage()).evaluate(tabIdInExtensionPage, prefix),
    inExtension: async (fn, arg) => (await helperPage()).evaluate(fn as never, arg) as never,
    stopWorker: async () => {
      const page = await helperPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return self;
}
