// Writes a whole StoreData as the typed items the worker stores (one key each), for tests
// of extension pages that read storage.
import { DATA_NAMES, ITEMS, wrap } from '../../src/store/items';
import { buildIndex } from '../../src/store/order-index';
import type { StoreData } from '../../src/store/schema';

export function asItems(data: StoreData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of DATA_NAMES) out[ITEMS[name].key] = wrap(name, data[name]);
  // The orders index the worker keeps beside the orders.
  out[ITEMS.orderIndex.key] = wrap('orderIndex', buildIndex(data.orders));
  return out;
}
