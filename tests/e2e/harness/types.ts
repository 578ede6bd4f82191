// One small interface over Playwright (Chromium) and Puppeteer (Firefox), so that every
// end-to-end test runs unchanged in both browsers.

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  goto(url: string): Promise<void>;
  url(): string;
  /** Runs `fn(arg)` in the page (the page's world, not the extension's). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a script's source in the page, beyond its content security policy (test tools). */
  evaluateScript(source: string): Promise<unknown>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real (trusted) click at page coordinates. */
  mouseClick(x: number, y: number): Promise<void>;
  /**
   * Runs `fn(root, arg)` in the page with the CLOSED shadow root of the first `host` element,
   * reached through the automation protocol (CDP's pierce in Chromium, BiDi's
   * includeShadowTree in Firefox): the extension ships no hook a page could use. Null when
   * there is no such host. `fn`'s result must be JSON.
   */
  inShadow<A, R>(host: string, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<R | null>;
  bringToFront(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  /** A new tab. */
  newPage(): Promise<E2EPage>;
  /** An extension page (popup.html, options.html...) in a tab. */
  openExtensionPage(pathAndQuery: string): Promise<E2EPage>;
  extensionUrl(pathAndQuery: string): string;
  /** Waits for a page the site opens itself (window.open). */
  waitForNewPage(action: () => Promise<void>): Promise<E2EPage>;
  /** The id of the tab showing `urlPrefix`, asked from an extension page. */
  tabIdOf(urlPrefix: string): Promise<number>;
  /** Runs code in an extension page (access to `browser`/`chrome`). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Stops the background worker (Chromium) to prove state survives. */
  stopWorker?(): Promise<void>;
  close(): Promise<void>;
}

/** Generous: a wait only lasts this long when something is wrong, and CI machines are busy. */
export const WAIT = 20_000;

/** A failed wait says what it waited for. */
export function waitError(fn: unknown, timeout: number, cause: unknown): Error {
  const what = String(fn).replace(/\s+/g, ' ').slice(0, 160);
  return new Error(`waited ${timeout} ms for: ${what} (${(cause as Error)?.message ?? cause})`);
}

/** The WebExtension API as seen from an extension page (`chrome` in Chromium, `browser` in Firefox). */
export type ExtensionApi = import('webextension-polyfill').Browser;

/** Run in an extension page: the id of the tab whose URL starts with `prefix`. */
export async function tabIdInExtensionPage(prefix: string): Promise<number> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (g.browser ?? g.chrome)!;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url?.startsWith(prefix));
  if (!tab?.id) throw new Error(`no tab at ${prefix}: ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}
