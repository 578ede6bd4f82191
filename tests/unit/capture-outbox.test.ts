// What capture reports: new and changed orders only, compared by value (a card read again
// with the same values is not sent again), and again after a report that was not stored.
import { describe, expect, it } from 'vitest';
import { CaptureOutbox } from '../../src/content/features/capture-outbox';
import type { CapturedOrder } from '../../src/wish/order-page';

const order = (n: number, extra: Partial<CapturedOrder> = {}): CapturedOrder => ({
  number: `5f1a2b3c4d5e6f70819${String(n).padStart(5, '0')}`,
  items: [{ title: `Item ${n}`, quantity: 1 }],
  flags: [],
  amount: { minor: 1000 + n, currency: 'USD' },
  ...extra,
});

describe('capture outbox', () => {
  it('reports each order once, then only what changed', () => {
    const outbox = new CaptureOutbox();
    expect(outbox.take([order(1), order(2)])).toHaveLength(2);
    // Read again: new objects, the same values (keys in another order too).
    const { items, ...rest } = order(2);
    expect(outbox.take([order(1), { ...rest, items }])).toEqual([]);
    const shipped = order(2, { status: 'SHIPPED' });
    expect(outbox.take([order(1), shipped])).toEqual([shipped]);
    const moreItems = order(1, { items: [{ title: 'Item 1', quantity: 2 }] });
    expect(outbox.take([moreItems])).toEqual([moreItems]);
  });

  it('an order not stored is reported again with the next change', () => {
    const outbox = new CaptureOutbox();
    const sent = outbox.take([order(1), order(2)]);
    outbox.forget(sent);
    expect(outbox.take([order(1), order(2)])).toHaveLength(2);
  });

  it('a transaction-only reading is the order the list showed with that transaction', () => {
    const outbox = new CaptureOutbox();
    const t = '5f1a2b3c4d5e6f708192a3b0';
    outbox.take([order(1, { transactionId: t })]);
    const detail = outbox.take([{ number: t, idKind: 'transaction', items: [], flags: [], tracking: 'LZ1' }]);
    expect(detail).toEqual([
      { number: order(1).number, transactionId: t, items: [], flags: [], tracking: 'LZ1' },
    ]);
  });
});
