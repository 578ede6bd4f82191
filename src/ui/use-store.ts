// The stored items an extension page shows, read straight from storage (no round trip to a
// worker that may be asleep) through the same validator the worker uses, and refreshed when
// one of those items changes, and only then. Pages never write storage themselves.
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ITEMS, unwrap, type ItemName, type Items } from '../store/items';

export type ItemsOf<K extends ItemName> = Pick<Items, K>;

/** Reads the named items once (validated; an item of a newer version reads as its default). */
export async function readItems<K extends ItemName>(names: readonly K[]): Promise<ItemsOf<K>> {
  const raw = await browser.storage.local.get(names.map((n) => ITEMS[n].key));
  const out = {} as ItemsOf<K>;
  for (const name of names) out[name] = unwrap(name, raw[ITEMS[name].key]).value as ItemsOf<K>[K];
  return out;
}

export function useItems<K extends ItemName>(
  names: readonly K[],
): { data: ItemsOf<K> | undefined; error: string | undefined; reload: () => void } {
  const [data, setData] = useState<ItemsOf<K>>();
  const [error, setError] = useState<string>();
  const key = names.join(',');
  const reload = () => {
    readItems(names)
      .then((next) => {
        setData(next);
        setError(undefined);
      })
      .catch((e: Error) => setError(e.message));
  };
  // Read as the first render commits, not after the first paint: the page waits for it.
  useLayoutEffect(() => {
    reload();
    const keys = new Map(names.map((n) => [ITEMS[n].key, n] as const));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const changed = Object.keys(changes).filter((k) => keys.has(k));
      if (!changed.length) return;
      // Only the items that changed are read again (the change carries their new value).
      setData((current) => {
        if (!current) return current;
        const next = { ...current };
        for (const k of changed) {
          const name = keys.get(k)!;
          next[name] = unwrap(name, changes[k]!.newValue).value as ItemsOf<K>[K];
        }
        return next;
      });
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [key]);
  return { data, error, reload };
}
