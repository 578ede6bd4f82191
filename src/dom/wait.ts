import type { LocatorId } from '../wish/locators';
import { locate, type LocateOptions } from './locate';

// Waits for a condition on the page without polling: a MutationObserver (also inside
// same-origin iframes) and the pointer/animation events that reveal CSS-hover menus schedule
// one check per animation frame at most, so a churning feed costs one cheap check a frame
// while something is awaited, and nothing otherwise.

export interface WaitOptions {
  signal?: AbortSignal;
  /** Milliseconds; resolves null after it. Infinity waits until aborted. */
  timeout?: number;
}

const REVEAL_EVENTS = [
  'mouseover',
  'mouseout',
  'focusin',
  'transitionend',
  'animationstart',
  'animationend',
  'load',
  'click',
];

/** Calls `probe` whenever the page may have changed, until it returns a value. */
export function waitFor<T>(
  doc: Document,
  probe: () => T | null | undefined,
  options: WaitOptions = {},
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = safeProbe(probe);
    if (first != null) return resolve(first);
    if (options.signal?.aborted) return resolve(null);

    const observers: MutationObserver[] = [];
    const observed = new WeakSet<Document>();
    let frame = 0;
    let done = false;
    const win = doc.defaultView ?? globalThis;
    const raf =
      win.requestAnimationFrame?.bind(win) ??
      ((cb: FrameRequestCallback) => setTimeout(() => cb(Date.now()), 16) as unknown as number);
    const caf = win.cancelAnimationFrame?.bind(win) ?? clearTimeout;

    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      for (const o of observers) o.disconnect();
      for (const type of REVEAL_EVENTS) doc.removeEventListener(type, schedule, true);
      options.signal?.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      caf(frame);
      resolve(value);
    };
    const check = () => {
      frame = 0;
      observeFrames();
      const value = safeProbe(probe);
      if (value != null) finish(value);
    };
    function schedule() {
      if (!frame && !done) frame = raf(check);
    }
    const observe = (d: Document) => {
      if (observed.has(d) || !d.documentElement) return;
      observed.add(d);
      const o = new (d.defaultView?.MutationObserver ?? MutationObserver)(schedule);
      o.observe(d.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'aria-expanded', 'aria-hidden', 'open'],
      });
      observers.push(o);
    };
    function observeFrames() {
      for (const frameEl of doc.querySelectorAll('iframe')) {
        try {
          const inner = (frameEl as HTMLIFrameElement).contentDocument;
          if (inner) observe(inner);
        } catch {
          // cross-origin
        }
      }
    }
    const onAbort = () => finish(null);

    observe(doc);
    observeFrames();
    for (const type of REVEAL_EVENTS) doc.addEventListener(type, schedule, true);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = Number.isFinite(options.timeout ?? Infinity)
      ? setTimeout(() => finish(null), options.timeout)
      : undefined;
  });
}

function safeProbe<T>(probe: () => T | null | undefined): T | null {
  try {
    return probe() ?? null;
  } catch {
    return null;
  }
}

/** A locator's element, once it is there (Wish renders its menus and assistant late). */
export function waitForLocator(
  id: LocatorId,
  doc: Document,
  locateOptions: LocateOptions = {},
  options: WaitOptions = {},
): Promise<Element | null> {
  return waitFor(doc, () => locate(id, doc, locateOptions).element, options);
}
