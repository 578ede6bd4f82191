// Merging what pages report about an order: the list page and the detail page each show part
// of it; what one saw is kept, what the other adds fills in, and a later reading of the same
// field wins (the order moved on: shipped, delivered, refunded).
import type { Order, OrderFlag } from '../model/types';
import type { CapturedOrder } from '../wish/order-page';

const RESOLVES: Record<OrderFlag, keyof Order> = {
  'date-unparsed': 'placedAt',
  'amount-unparsed': 'amount',
  'estimate-unparsed': 'estimateTo',
  'number-unverified': 'number',
};

export function mergeOrder(
  existing: Order | undefined,
  incoming: CapturedOrder,
  meta: { source: Order['source']; url?: string; now: string },
): Order {
  const base: Order = existing ?? {
    number: incoming.number,
    items: [],
    flags: [],
    source: meta.source,
    capturedAt: meta.now,
    updatedAt: meta.now,
  };
  const merged: Order = { ...base };
  for (const [key, value] of Object.entries(incoming) as Array<[keyof CapturedOrder, unknown]>) {
    if (value === undefined || key === 'items' || key === 'flags') continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  // Items: the longer list is the better reading (a detail page lists all, a card maybe one).
  if (incoming.items.length >= base.items.length && incoming.items.length) merged.items = incoming.items;
  const flags = new Set<OrderFlag>([...base.flags, ...incoming.flags]);
  for (const flag of [...flags])
    if (merged[RESOLVES[flag]] !== undefined && !incoming.flags.includes(flag)) flags.delete(flag);
  merged.flags = [...flags];
  // Seen on Wish's own page: no longer only the shopper's word.
  if (meta.source === 'page') merged.source = 'page';
  if (meta.url) merged.url = meta.url;
  merged.updatedAt = meta.now;
  return merged;
}

/** True when the merge changed anything but the timestamp. */
export function changed(before: Order | undefined, after: Order): boolean {
  if (!before) return true;
  const strip = ({ updatedAt: _u, ...rest }: Order) => JSON.stringify(rest);
  return strip(before) !== strip(after);
}
