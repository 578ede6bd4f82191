// The orders index: how many orders are stored, and a few fields of the newest INDEX_SIZE of
// them, newest first, kept beside the orders by their one writer (src/background/store.ts).
// The popup reads it at open instead of the order list: its size is bounded whatever the
// history (5,000 orders are megabytes). An order older than those, and the picked order in
// full, are asked of the worker.
import type { Money, Order } from '../model/types';
import { CAPS, isMoney, isObject } from './validate';

export interface OrderSummary {
  /** The order's number: also its key in the orders item. */
  number: string;
  /** ISO date the order was placed. */
  placedAt?: string;
  amount?: Money;
  status?: string;
  /** The first item's title, cut to what the picker shows. */
  title?: string;
  /** When it was first seen: orders without a date sort by it. */
  capturedAt: string;
}

export interface OrderIndex {
  /** How many orders are stored. */
  total: number;
  /** The newest INDEX_SIZE of them (by the date placed), newest first. */
  newest: readonly OrderSummary[];
}

/** What the popup's picker lists at open, and so what the index keeps: the newest orders (the
 *  popup reads and renders no more to become usable; the rest are found through the worker). */
export const INDEX_SIZE = 20;

/** The most orders one search answers with (newest first). */
export const FOUND_MAX = 100;

/** What the picker shows of an item's title. */
export const TITLE_CHARS = 40;

/** Orders by the date they were placed, newest first; undated ones last. */
export function newestFirst(
  a: Pick<OrderSummary, 'placedAt' | 'capturedAt'>,
  b: Pick<OrderSummary, 'placedAt' | 'capturedAt'>,
): number {
  // Plain comparison: ISO dates sort as strings, and localeCompare is slow on long lists.
  const x = b.placedAt ?? '';
  const y = a.placedAt ?? '';
  if (x !== y) return x > y ? 1 : -1;
  return b.capturedAt > a.capturedAt ? 1 : b.capturedAt < a.capturedAt ? -1 : 0;
}

// A summary is made once per stored order object: orders are replaced whole when they change,
// so a capture re-summarises only what it changed.
const made = new WeakMap<Order, OrderSummary>();

export function summarize(o: Order): OrderSummary {
  let s = made.get(o);
  if (s) return s;
  const title = o.items[0]?.title;
  s = {
    number: o.number,
    ...(o.placedAt ? { placedAt: o.placedAt } : {}),
    ...(o.amount ? { amount: o.amount } : {}),
    ...(o.status ? { status: o.status } : {}),
    ...(title ? { title: [...title].slice(0, TITLE_CHARS).join('') } : {}),
    capturedAt: o.capturedAt,
  };
  made.set(o, s);
  return s;
}

export function buildIndex(orders: Readonly<Record<string, Order>>, size = INDEX_SIZE): OrderIndex {
  const all = Object.values(orders);
  return { total: all.length, newest: newestOf(all.map(summarize), size) };
}

/** The `size` newest summaries, newest first: one pass keeping a sorted short list (a capture
 *  on a 5,000-order store must not sort all 5,000). */
export function newestOf(summaries: readonly OrderSummary[], size: number): OrderSummary[] {
  const kept: OrderSummary[] = [];
  for (const s of summaries) {
    // Older than the last kept one, with the list full: not among the newest.
    if (kept.length === size && newestFirst(s, kept[size - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newestFirst(kept[mid]!, s) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, s);
    if (kept.length > size) kept.pop();
  }
  return kept;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isSummary(v: unknown): v is OrderSummary {
  return (
    isObject(v) &&
    typeof v.number === 'string' &&
    /^[0-9a-zA-Z]{1,40}$/.test(v.number) &&
    (v.placedAt === undefined || (typeof v.placedAt === 'string' && ISO_DATE.test(v.placedAt))) &&
    (v.amount === undefined || isMoney(v.amount)) &&
    (v.status === undefined || (typeof v.status === 'string' && v.status.length <= 40)) &&
    (v.title === undefined || (typeof v.title === 'string' && [...v.title].length <= TITLE_CHARS)) &&
    typeof v.capturedAt === 'string' &&
    !Number.isNaN(Date.parse(v.capturedAt))
  );
}

/** True when `index` is exactly what `orders` make: same count, same newest, same fields. */
export function inStep(index: OrderIndex, orders: Readonly<Record<string, Order>>): boolean {
  return sameIndex(buildIndex(orders), index);
}

export function sameIndex(a: OrderIndex, b: OrderIndex): boolean {
  return (
    a.total === b.total &&
    a.newest.length === b.newest.length &&
    a.newest.every((s, i) => sameSummary(s, b.newest[i]!))
  );
}

function sameSummary(a: OrderSummary, b: OrderSummary): boolean {
  return (
    a.number === b.number &&
    a.placedAt === b.placedAt &&
    a.status === b.status &&
    a.title === b.title &&
    a.capturedAt === b.capturedAt &&
    a.amount?.minor === b.amount?.minor &&
    a.amount?.currency === b.amount?.currency
  );
}

/** The most orders the count may say (the orders item's own cap). */
export const MAX_TOTAL = CAPS.orders;
