// What of the orders read goes to the background: only those new or changed since the last
// report, with the ids the shopper's earlier pages linked (a detail page that shows only the
// transaction id). Kept apart from the messaging so that tests and the bench run it as it is.
import { OrderLinks, type CapturedOrder } from '../../wish/order-page';

/** Plain data (what a reading makes: strings, numbers, arrays, objects) compared by value. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

export class CaptureOutbox {
  /** The last report of each order (a reading is never changed after it is made). */
  private sent = new Map<string, CapturedOrder>();

  constructor(private readonly links: OrderLinks = new OrderLinks()) {}

  /** The orders to report: new ones, and those whose reading changed. They count as sent. */
  take(orders: readonly CapturedOrder[]): CapturedOrder[] {
    this.links.learn(orders);
    const fresh: CapturedOrder[] = [];
    for (const read of orders) {
      const o = this.links.resolve(read);
      const before = this.sent.get(o.number);
      // Compared only when there is an earlier report: a first reading costs no comparison.
      if (before && same(before, o)) continue;
      this.sent.set(o.number, o);
      fresh.push(o);
    }
    return fresh;
  }

  /** Not stored after all: the next change reports them again. */
  forget(orders: readonly CapturedOrder[]): void {
    for (const o of orders) if (this.sent.get(o.number) === o) this.sent.delete(o.number);
  }
}
