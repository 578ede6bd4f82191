// Writes a whole StoreData as the typed items the worker stores (one key each), for tests
// of extension pages that read storage.
import { ITEM_NAMES, ITEMS, wrap } from '../../src/store/items';
import type { StoreData } from '../../src/store/schema';

export function asItems(data: StoreData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ITEM_NAMES) out[ITEMS[name].key] = wrap(name, data[name]);
  return out;
}
