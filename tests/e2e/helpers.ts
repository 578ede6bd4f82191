// Steps the guide tests share: start the guide from the popup, wait for a highlighted step,
// act on it (also inside an iframe), read the overlay and the stored data.
import type { E2EBrowser, E2EPage } from './harness';

export const STEP_WAIT = 20_000;

/** Opens the popup for the Wish tab at `urlPrefix`, picks the problem, presses "Start guide". */
export async function startFromPopup(
  browser: E2EBrowser,
  urlPrefix: string,
  problem = 'never-delivered',
): Promise<E2EPage> {
  const tabId = await browser.tabIdOf(urlPrefix);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(
    () =>
      !!document.querySelector('textarea.message') &&
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start guide'),
    null,
  );
  await popup.evaluate((p) => {
    const select = [...document.querySelectorAll('label')]
      .find((l) => l.firstChild?.textContent === 'Problem')!
      .querySelector('select')!;
    select.value = p;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, problem);
  await new Promise((r) => setTimeout(r, 300));
  await popup.evaluate(
    () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start guide')!.click(),
    null,
  );
  await popup.waitFor(() => /guide is showing|did not answer/.test(document.body.textContent ?? ''), null);
  const status = await popup.evaluate(
    () => document.querySelector('.context .status')?.textContent ?? '',
    null,
  );
  if (/did not answer/.test(status)) throw new Error(`the page did not start the guide: ${status}`);
  await popup.close();
  return popup;
}

/** The element carrying data-wsg-step=<step>, in the page or a same-origin iframe. */
export async function waitStep(page: E2EPage, step: string, timeout = STEP_WAIT): Promise<void> {
  await page.waitFor(
    (s) => {
      const find = (d: Document): Element | null => {
        const el = d.querySelector(`[data-wsg-step="${s}"]`);
        if (el) return el;
        for (const f of d.querySelectorAll('iframe')) {
          try {
            const inner = f.contentDocument && find(f.contentDocument);
            if (inner) return inner;
          } catch {
            /* cross-origin */
          }
        }
        return null;
      };
      return !!find(document);
    },
    step,
    timeout,
  );
}

export async function clickStep(page: E2EPage, step: string): Promise<void> {
  await waitStep(page, step);
  const inFrame = await page.evaluate((s) => !document.querySelector(`[data-wsg-step="${s}"]`), step);
  if (!inFrame) {
    // A shopper clicks what they see: once in view, wait until nothing (the guide's popover
    // catching up with a scroll on a slow machine) is drawn over the element's middle.
    await page.evaluate(
      (s) => document.querySelector(`[data-wsg-step="${s}"]`)?.scrollIntoView({ block: 'center' }),
      step,
    );
    await page.waitFor((s) => {
      const el = document.querySelector(`[data-wsg-step="${s}"]`);
      const r = el?.getBoundingClientRect();
      const hit = r && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (hit === el || el!.contains(hit));
    }, step);
    return page.click(`[data-wsg-step="${step}"]`);
  }
  // Inside a same-origin iframe: a real click at the element's place on the page (the guide
  // only acts on the shopper's own, trusted clicks).
  const at = await page.evaluate((s) => {
    for (const f of document.querySelectorAll('iframe')) {
      const el = f.contentDocument?.querySelector(`[data-wsg-step="${s}"]`) as HTMLElement | null;
      if (!el) continue;
      el.scrollIntoView({ block: 'center' });
      const frame = f.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      // A point of the element that the frame shows (not under the guide's own popover).
      for (const fx of [0.5, 0.85, 0.15, 0.95]) {
        const x = frame.left + f.clientLeft + r.left + r.width * fx;
        const y = frame.top + f.clientTop + r.top + r.height / 2;
        if (document.elementFromPoint(x, y) === f) return { x, y };
      }
      return {
        x: frame.left + f.clientLeft + r.left + r.width / 2,
        y: frame.top + f.clientTop + r.top + r.height / 2,
      };
    }
    return null;
  }, step);
  if (!at) throw new Error(`no element for step ${step}`);
  await page.mouseClick(at.x, at.y);
}

/** The text of the extension's UI under `host` (a closed shadow root), '' when it is not there. */
export async function uiText(page: E2EPage, host = 'wsg-overlay', selector = '.popover'): Promise<string> {
  const text = await page.inShadow(
    host,
    (root, sel) => (sel ? root.querySelector(sel) : root)?.textContent ?? '',
    selector,
  );
  return text ?? '';
}

export async function overlayText(page: E2EPage): Promise<string> {
  return uiText(page);
}

/** Waits until the UI under `host` shows text matching `pattern`. */
export async function waitUiText(
  page: E2EPage,
  pattern: RegExp,
  host = 'wsg-overlay',
  timeout = STEP_WAIT,
): Promise<string> {
  const end = Date.now() + timeout;
  let text = await uiText(page, host, '');
  while (!pattern.test(text)) {
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${pattern} in <${host}>: "${text}"`);
    await new Promise((r) => setTimeout(r, 100));
    text = await uiText(page, host, '');
  }
  return text;
}

/** Where the button with this text or accessible name is, in the UI under `host`. */
async function buttonCentre(
  page: E2EPage,
  host: string,
  label: string,
): Promise<{ x: number; y: number } | null> {
  return page.inShadow(
    host,
    (root, l) => {
      const button = [...root.querySelectorAll('button')].find(
        (b) => b.textContent === l || b.getAttribute('aria-label') === l,
      );
      if (!button) return null;
      const box = button.getBoundingClientRect();
      if (!box.width || !box.height || getComputedStyle(button).visibility === 'hidden') return null;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    label,
  ) as Promise<{ x: number; y: number } | null>;
}

/** Clicks, as the shopper does (a trusted mouse click), the button with this text or
 *  accessible name in the extension's UI under `host`. */
export async function clickUi(
  page: E2EPage,
  host: string,
  label: string,
  timeout = STEP_WAIT,
): Promise<void> {
  const end = Date.now() + timeout;
  let at = await buttonCentre(page, host, label);
  while (!at) {
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for the button "${label}" in <${host}>`);
    await new Promise((r) => setTimeout(r, 100));
    at = await buttonCentre(page, host, label);
  }
  // The popover may still be moving into place: read its position once more when it settles.
  await new Promise((r) => setTimeout(r, 150));
  at = (await buttonCentre(page, host, label)) ?? at;
  await page.mouseClick(at.x, at.y);
}

/** Clicks the overlay's button with this text or accessible name. */
export async function clickOverlayButton(page: E2EPage, label: string): Promise<void> {
  await clickUi(page, 'wsg-overlay', label);
}

/** The stored data, read from an extension page: every typed item (`wsg:orders`,
 *  `wsg:cases`...) put together as one object ({ orders, cases, tour, ... }). */
export async function stored<T = Record<string, unknown>>(browser: E2EBrowser): Promise<T> {
  return browser.inExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ??
      (globalThis as { chrome?: unknown }).chrome) as {
      storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
    };
    const all = await api.storage.local.get(null);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(all)) {
      const m = /^wsg:(orders|cases|drafts|composer|tour|settings|profile|diagnostics)$/.exec(key);
      if (m) out[m[1]!] = (value as { value?: unknown })?.value;
    }
    return out as T;
  }, null);
}

export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await fn();
  }
  return value;
}

/** Ends any guide left running (tests share one browser profile). The worker hears the
 *  change and tells the Wish tabs. */
export async function resetTour(browser: E2EBrowser): Promise<void> {
  await browser.inExtension(async () => {
    const api = ((globalThis as { browser?: unknown }).browser ??
      (globalThis as { chrome?: unknown }).chrome) as {
      storage: {
        local: {
          get(k: string): Promise<Record<string, { value?: unknown }>>;
          set(v: object): Promise<void>;
        };
      };
    };
    const tour = (await api.storage.local.get('wsg:tour'))['wsg:tour'];
    if (tour?.value) await api.storage.local.set({ 'wsg:tour': { v: 1, value: null } });
  }, null);
}

/** Records every click and press that reaches the page (where, on what, trusted or not), so a
 *  click that did not do what a test expected can say where it went. */
export async function watchClicks(page: E2EPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __clicksSeen?: string[] };
    if (w.__clicksSeen) return;
    const seen: string[] = (w.__clicksSeen = []);
    for (const type of ['pointerdown', 'click'])
      window.addEventListener(
        type,
        (e) => {
          const m = e as MouseEvent;
          const t = m.composedPath()[0] as Element | undefined;
          const name = t?.nodeType === 1 ? `${t.localName}.${t.className}` : String(t);
          seen.push(
            `${type} ${m.isTrusted ? 'trusted' : 'UNTRUSTED'} at ${m.clientX},${m.clientY} on ${name}`,
          );
        },
        true,
      );
  }, null);
}

/** What the page shows about a send that did not happen: the clicks it saw, where the send
 *  button is and what lies on its centre, the chat's last lines, the field's state. */
export async function whyNotSent(page: E2EPage): Promise<string> {
  return page.evaluate(() => {
    const send = document.querySelector('[data-sim-send]') as HTMLElement | null;
    const r = send?.getBoundingClientRect();
    const top = r ? document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) : null;
    const field = document.querySelector('textarea');
    const log = document.querySelector('[data-sim-log]');
    return JSON.stringify(
      {
        clicks: (window as unknown as { __clicksSeen?: string[] }).__clicksSeen ?? [],
        send: r && { x: r.x, y: r.y, w: r.width, h: r.height, step: send?.getAttribute('data-wsg-step') },
        onTop: top ? `${top.localName}.${top.className}` : null,
        scroll: [scrollX, scrollY, innerWidth, innerHeight],
        field: field && { length: field.value.length, state: field.getAttribute('data-sim-state-length') },
        log: (log?.textContent ?? '').slice(-300),
        errors: (window as unknown as { __sim?: { errors: string[] } }).__sim?.errors,
      },
      null,
      1,
    );
  }, null);
}
