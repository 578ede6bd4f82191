// The orders index: a few fields of every stored order, newest first, kept beside the orders
// by their one writer (src/background/store.ts). The popup's picker and list read it instead of
// the whole order list (5,000 orders are megabytes; their index a fraction of that); the full
// order is asked for only when one is picked.
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

export type OrderIndex = readonly OrderSummary[];

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

export function buildIndex(orders: Readonly<Record<string, Order>>): OrderIndex {
  return Object.values(orders).map(summarize).sort(newestFirst);
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

/** True when `index` is exactly what `orders` make: same orders, same fields, same order. */
export function inStep(index: OrderIndex, orders: Readonly<Record<string, Order>>): boolean {
  const want = buildIndex(orders);
  if (want.length !== index.length) return false;
  return want.every((s, i) => sameSummary(s, index[i]!));
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

export const MAX_INDEX = CAPS.orders;
