// Debian's Firefox ESR with the built extension (a temporary add-on), through puppeteer-core
// over WebDriver BiDi. Fixture pages are served as https://www.wish.com/... by request
// interception, so the production manifest stays as it is.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../build.mjs';
import { serve, SERVED_HOSTS } from './fixtures';
import { WAIT, type E2EBrowser, type E2EPage, tabIdInExtensionPage, waitError } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function intercept(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return void request.continue();
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return void request.continue();
    if (!SERVED_HOSTS.includes(url.hostname)) return void request.abort('blockedbyclient');
    const served = serve(url.href);
    void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
  });
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The closed shadow root of the first `host` element, through WebDriver BiDi: a node
 *  serialized with includeShadowTree "all" carries its closed root's reference. */
async function inShadowBidi<A, R>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
): Promise<R | null> {
  // Puppeteer's public API has no raw BiDi command; its connection does (types are internal).
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(host)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const value = found.result.result as
    { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  const sharedId = value?.type === 'node' ? value.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return null;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: `async function (root, json) { return JSON.stringify(await (${String(fn)})(root, JSON.parse(json))); }`,
    this: { type: 'undefined' },
    arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: true,
  });
  if (called.result.type === 'exception')
    throw new Error(JSON.stringify((called.result as { exceptionDetails?: unknown }).exceptionDetails));
  const out = called.result.result as { type: string; value?: string };
  return out.type === 'string' ? (JSON.parse(out.value!) as R) : (undefined as R);
}

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => {
      if (/^moz-extension:/.test(url)) {
        // BiDi may never report an extension page as loaded although it is: don't wait on it.
        await page.goto(url, { timeout: 1500 }).catch(() => undefined);
      } else await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    waitFor: async (fn, arg, timeout = WAIT) => {
      await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg).catch((e: unknown) => {
        throw waitError(fn, timeout, e);
      });
    },
    hover: async (s) => {
      await page.waitForSelector(s, { timeout: WAIT });
      await page.hover(s);
    },
    click: async (s) => {
      await page.waitForSelector(s, { timeout: WAIT });
      await page.click(s);
    },
    type: async (s, text) => {
      await page.waitForSelector(s, { timeout: WAIT });
      await page.type(s, text);
    },
    press: (key) => page.keyboard.press(key as never),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    inShadow: (host, fn, arg) => inShadowBidi(page, host, fn, arg),
    bringToFront: () => page.bringToFront(),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(extensionDir: string): Promise<E2EBrowser & { browser: Browser }> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The add-on's pages get a known address.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // No network: nothing in the browser may call home.
      'network.dns.disableIPv6': true,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'dom.disable_open_during_load': false,
      'ui.prefersReducedMotion': 1,
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${uuid}/`;
  const extensionUrl = (p: string) => base + p.replace(/^\//, '');
  // Pages the site opens (window.open) need interception before their first request.
  browser.on('targetcreated', (target) => {
    void target.page().then((p) => p && intercept(p).catch(() => undefined));
  });
  let helper: Page | undefined;
  const helperPage = async () => {
    if (!helper || helper.isClosed()) {
      helper = await browser.newPage();
      await helper.goto(extensionUrl('options.html'), { timeout: 1500 }).catch(() => undefined);
      await helper.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', {
        timeout: WAIT,
      });
    }
    return helper;
  };
  return {
    name: 'firefox',
    browser,
    newPage: async () => {
      const page = await browser.newPage();
      await intercept(page);
      return wrap(page);
    },
    extensionUrl,
    openExtensionPage: async (p) => {
      const page = await browser.newPage();
      await page.goto(extensionUrl(p), { timeout: 1500 }).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: WAIT });
      return wrap(page);
    },
    waitForNewPage: async (action) => {
      const created = new Promise<Page>((resolve) => {
        browser.once('targetcreated', (target) => void target.page().then((p) => p && resolve(p)));
      });
      await action();
      const page = await created;
      await page
        .waitForFunction(() => document.readyState !== 'loading', { timeout: WAIT })
        .catch(() => undefined);
      return wrap(page);
    },
    tabIdOf: async (prefix) => (await helperPage()).evaluate(tabIdInExtensionPage, prefix),
    inExtension: async (fn, arg) => (await helperPage()).evaluate(fn as never, arg) as never,
    close: () => browser.close(),
  };
}
