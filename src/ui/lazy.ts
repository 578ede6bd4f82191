// Parts of a page loaded when first shown (their own chunks): a component renders nothing
// until its module has arrived, then renders at once every time after. The load starts as the
// render that asks for it commits (a layout effect), not after the next paint.
import { useLayoutEffect, useState } from 'preact/hooks';

const modules = new Map<() => Promise<unknown>, unknown>();

/** `load` must be one function for the life of the page (a module-level constant). */
export function useModule<T>(load: () => Promise<T>, wanted = true): T | undefined {
  const [, arrived] = useState(0);
  const module = modules.get(load) as T | undefined;
  useLayoutEffect(() => {
    if (!wanted || module) return;
    let live = true;
    load().then(
      (m) => {
        modules.set(load, m);
        if (live) arrived((n) => n + 1);
      },
      (e: unknown) => console.error('[Wish support] a part of the page did not load', e),
    );
    return () => {
      live = false;
    };
  }, [wanted, !!module]);
  return module;
}
