// Waits for a condition on the page without polling: the shared page watcher (src/dom/watch.ts)
// asks again at most once per animation frame while something is awaited, and nothing otherwise.
import { PageWatcher } from './watch';

export interface WaitOptions {
  signal?: AbortSignal;
  /** Milliseconds; resolves null after it. Infinity waits until aborted. */
  timeout?: number;
}

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
    const controller = new AbortController();
    const finish = (value: T | null) => {
      if (controller.signal.aborted) return;
      controller.abort();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const watcher = new PageWatcher(() => {
      watcher.watchFrames(doc);
      const value = safeProbe(probe);
      if (value != null) finish(value);
    }, controller.signal);
    const onAbort = () => finish(null);
    watcher.watch(doc);
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
