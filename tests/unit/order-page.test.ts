import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readOrders, orderCard } from '../../src/wish/order-page';
import { ordersPage } from '../fixtures/generate';
import { loadLive, loadStatic } from '../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 25);

describe('reading orders from Wish pages', () => {
  it('orders-en: label/value lists, several orders, odd values flagged', () => {
    const doc = loadStatic('orders-en').window.document;
    const orders = readOrders(doc.body, NOW);
    expect(orders.map((o) => o.number)).toEqual([
      '5f1a2b3c4d5e6f708192a3b4',
      '5f2b3c4d5e6f708192a3b4c5',
      '0HSMWCNR827N',
    ]);
    const [a, b, c] = orders;
    expect(a).toMatchObject({
      transactionId: '5f1a2b3c4d5e6f708192a3b0',
      placedAt: '2024-03-04',
      amount: { minor: 11240, currency: 'USD' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
      tracking: 'LP00123456789CN',
      items: [{ title: 'Floral summer dress', quantity: 1, imageUrl: 'https://img.wish.com/dress.jpg' }],
      flags: [],
    });
    expect(b).toMatchObject({
      placedAt: '2020-07-28',
      amount: { minor: 123450, currency: 'USD' },
      status: 'DELIVERED',
    });
    expect(b!.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Garden hose 50ft', 2],
      ['Hose nozzle', 1],
    ]);
    // "04/03/2024" in English is ambiguous and "a lot" is no amount: kept as text, flagged.
    expect(c).toMatchObject({ placedText: '04/03/2024', amountText: 'a lot', status: 'REFUNDED' });
    expect(c!.placedAt).toBeUndefined();
    expect(c!.amount).toBeUndefined();
    expect(c!.flags.sort()).toEqual(['amount-unparsed', 'date-unparsed']);
  });

  it('orders-el: Greek labels, day-first dates with Greek months, decimal commas', () => {
    const orders = readOrders(loadStatic('orders-el').window.document.body, NOW);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({
      number: '08U74NMJ34380',
      placedAt: '2024-03-04',
      amount: { minor: 11240, currency: 'EUR' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
    });
    expect(orders[0]!.items).toEqual([{ title: 'Φόρεμα με λουλούδια', quantity: 1 }]);
    expect(orders[1]).toMatchObject({
      number: '109UJSNDHCU64',
      placedAt: '2024-01-15',
      amount: { minor: 123456, currency: 'EUR' },
      status: 'DELAYING',
    });
  });

  it('order-en: one order with its refund-eligible date', () => {
    const [order] = readOrders(loadStatic('order-en').window.document.body, NOW);
    expect(order).toMatchObject({
      number: '5f1a2b3c4d5e6f708192a3b4',
      placedAt: '2024-03-04',
      refundEligibleDate: '2024-04-09',
      amount: { minor: 11240, currency: 'USD' },
    });
    expect(order!.items[0]).toMatchObject({ title: 'Floral summer dress, size M', quantity: 1 });
  });

  it('orders that load later are read when they appear', () => {
    const dom = loadLive('orders-en');
    const doc = dom.window.document;
    expect(readOrders(doc.body, NOW)).toHaveLength(3);
    (doc.querySelector('[data-sim-load-more]') as HTMLElement).click();
    expect(readOrders(doc.body, NOW).map((o) => o.number)).toContain('5f4d5e6f708192a3b4c5d6e7');
    dom.window.close();
  });

  it('finds the card of a chosen order', () => {
    const doc = loadStatic('orders-en').window.document;
    expect(orderCard(doc.body, '5f2b3c4d5e6f708192a3b4c5')?.getAttribute('data-expect-order')).toBe(
      '5f2b3c4d5e6f708192a3b4c5',
    );
    expect(orderCard(doc.body, '5f9999999999999999999999')).toBeUndefined();
  });

  it('pages without orders give none: feed, product, settings', () => {
    for (const name of ['feed-en-left', 'product-en', 'settings-en', 'support-en-inpage']) {
      expect(readOrders(loadStatic(name).window.document.body, NOW), name).toEqual([]);
    }
  });

  // jsdom is slow at this; the 1,000-order page is read in Chromium (tests/e2e, npm run bench).
  it('reads a long generated history', () => {
    const dom = new JSDOM(ordersPage(1, 300));
    const orders = readOrders(dom.window.document.body, Date.now());
    expect(orders).toHaveLength(300);
    expect(new Set(orders.map((o) => o.number)).size).toBe(300);
    expect(orders.every((o) => o.placedAt && o.amount)).toBe(true);
  });
});

describe('mutated pages (property-based)', () => {
  // Take a real order card and mutate it: drop, duplicate and shuffle its parts, inject
  // hostile text. Reading must never throw, and every number it returns must be one that is
  // written on the page next to an order label.
  const base = loadStatic('orders-en').window.document.querySelector('main')!.innerHTML;
  const hostile = fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'Order ID: ',
    'ORDER ID: ZZZZZZZZZZZZ',
    '5f1a2b3c4d5e6f708192a3b4',
    'Total: €€€',
    '\u202e',
    '💥'.repeat(50),
    'Order date: 99/99/9999',
    '<dt>Order ID</dt><dd></dd>',
    'x'.repeat(5000),
  );

  it('never throws and never invents an order number', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), hostile), { maxLength: 12 }), (ops) => {
        const dom = new JSDOM(`<main>${base}</main>`);
        const doc = dom.window.document;
        const all = [...doc.querySelectorAll('main *')];
        for (const [a, b, text] of ops) {
          const el = all[a % all.length];
          const other = all[b % all.length];
          if (!el || !other) continue;
          switch (a % 4) {
            case 0:
              el.remove();
              break;
            case 1:
              other.append(el.cloneNode(true));
              break;
            case 2:
              el.textContent = text;
              break;
            default:
              el.insertAdjacentText('afterend', text);
          }
        }
        const text = doc.body.textContent ?? '';
        const orders = readOrders(doc.body, NOW);
        for (const o of orders) {
          expect(text.toLowerCase()).toContain(o.number.toLowerCase());
          expect(o.number).toMatch(/^(?:[0-9a-f]{24}|[A-Z0-9]{12,13})$/);
        }
        dom.window.close();
      }),
      { numRuns: 150 },
    );
  });
});
