// The orders index: the count and the newest orders, made from the orders by their one writer,
// in the same write; rebuilt when missing, damaged or out of step; validated like every item;
// never exported.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { captureFromPage, clearEverything } from '../../src/background/actions';
import { Store } from '../../src/background/store';
import type { Order } from '../../src/model/types';
import { ITEMS, wrap } from '../../src/store/items';
import { findOrders } from '../../src/store/find-orders';
import { buildIndex, INDEX_SIZE, inStep, summarize, TITLE_CHARS } from '../../src/store/order-index';
import { QUARANTINE_PREFIX } from '../../src/store/schema';

const NOW = '2026-11-20T12:00:00.000Z';
const wrapIndex = (value: unknown) => wrap('orderIndex', value);
const order = (number: string, over: Partial<Order> = {}): Order => ({
  number,
  items: [{ title: 'Floral summer dress with a very long title that goes on and on' }],
  amount: { minor: 1240, currency: 'USD' },
  status: 'SHIPPED',
  flags: [],
  source: 'page',
  url: `https://www.wish.com/transaction/${number}`,
  capturedAt: NOW,
  updatedAt: NOW,
  ...over,
});
const N1 = '5f1a2b3c4d5e6f708192a3b4';
const N2 = '5f1a2b3c4d5e6f708192a3b5';
const N3 = '5f1a2b3c4d5e6f708192a3b6';
const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const storedIndex = async () => ((await raw('wsg:order-index')) as { v: number; value: unknown })?.value;
const storedOrders = async () => ((await raw('wsg:orders')) as { value: Record<string, Order> }).value;
const newestNumbers = (index: unknown) =>
  (index as { newest: { number: string }[] }).newest.map((s) => s.number);
const setAside = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('the orders index', () => {
  it('holds what the picker shows, newest first, undated last, titles cut', () => {
    const index = buildIndex({
      [N1]: order(N1, { placedAt: '2026-01-02' }),
      [N2]: order(N2, { placedAt: '2026-03-04' }),
      [N3]: order(N3, { items: [] }),
    });
    expect(index.total).toBe(3);
    expect(index.newest.map((s) => s.number)).toEqual([N2, N1, N3]);
    expect(index.newest[0]).toEqual({
      number: N2,
      placedAt: '2026-03-04',
      amount: { minor: 1240, currency: 'USD' },
      status: 'SHIPPED',
      title: 'Floral summer dress with a very long title that goes on and on'.slice(0, TITLE_CHARS),
      capturedAt: NOW,
    });
    // Not the order's page, items or texts: only the fields the popup lists.
    expect(Object.keys(index.newest[2]!).sort()).toEqual(['amount', 'capturedAt', 'number', 'status']);
  });

  it('is validated like every item: bad entries, duplicates and a non-list are refused', () => {
    const good = summarize(order(N1));
    const parsed = ITEMS.orderIndex.parse({
      total: 7,
      newest: [
        good,
        { ...good },
        { number: 'no spaces allowed', capturedAt: NOW },
        { number: N2, capturedAt: 'yesterday' },
        { number: N3, capturedAt: NOW, title: 'x'.repeat(TITLE_CHARS + 1) },
        { number: N3, capturedAt: NOW, amount: { minor: -1, currency: 'USD' } },
      ],
    });
    expect(parsed.value).toEqual({ total: 7, newest: [good] });
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      'listed twice',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    // The layout of version 1 (a list of every order) is not an index of this version.
    expect(ITEMS.orderIndex.parse([good]).rejected[0]!.reason).toBe('not an index');
    expect(ITEMS.orderIndex.parse({ [N1]: good }).rejected[0]!.reason).toBe('not an index');
    // A count smaller than what it lists, or not a count.
    for (const total of [0, -1, 1.5, '1', undefined])
      expect(ITEMS.orderIndex.parse({ total, newest: [good, summarize(order(N2))] }).rejected[0]!.path).toBe(
        'orderIndex.total',
      );
    const tooMany = Array.from({ length: INDEX_SIZE + 1 }, (_, i) =>
      summarize(order(`5f1a2b3c4d5e6f7081${String(i).padStart(6, '0')}`)),
    );
    expect(ITEMS.orderIndex.parse({ total: 9999, newest: tooMany }).rejected[0]!.reason).toBe(
      `more than ${INDEX_SIZE}`,
    );
    expect(ITEMS.orderIndex.parse(undefined).value).toEqual({ total: 0, newest: [] });
  });

  it('is written with the orders, in the same write, on capture, manual add, delete and clear', async () => {
    const store = new Store();
    const writes: string[][] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = async (items: Record<string, unknown>) => {
      writes.push(Object.keys(items));
      return set(items);
    };
    await captureFromPage(
      store,
      [
        { number: N1, items: [{ title: 'Lamp' }], placedAt: '2026-01-02', flags: [] },
        { number: N2, items: [{ title: 'Mug' }], placedAt: '2026-02-02', flags: [] },
      ],
      'https://www.wish.com/transaction',
    );
    expect(writes.at(-1)).toEqual(['wsg:orders', 'wsg:order-index']);
    expect(await storedIndex()).toEqual(buildIndex(await storedOrders()));
    expect(newestNumbers(await storedIndex())).toEqual([N2, N1]);

    await store.update(['orders'], (d) => {
      delete d.orders[N2];
    });
    expect(inStep((await storedIndex()) as never, await storedOrders())).toBe(true);
    expect(await storedIndex()).toMatchObject({ total: 1, newest: [{ number: N1 }] });

    // A keystroke in a draft writes the drafts and nothing else.
    writes.length = 0;
    await store.update(['drafts'], (d) => {
      d.drafts['x|late|site'] = {
        orderNumber: 'x',
        problem: 'late',
        channel: 'site',
        language: 'en',
        subject: '',
        body: 'b',
        generated: 'b',
        fills: {},
        updatedAt: NOW,
      };
    });
    expect(writes).toEqual([['wsg:drafts']]);

    await clearEverything(store);
    expect(await storedIndex()).toEqual({ total: 0, newest: [] });
  });

  it('is rebuilt from the orders when missing (an update from a version without it)', async () => {
    await fakeBrowser.storage.local.set({
      'wsg:orders': { v: 1, value: { [N1]: order(N1), [N2]: order(N2, { placedAt: '2026-05-05' }) } },
    });
    await new Store().checkIndex();
    expect(await storedIndex()).toEqual(buildIndex(await storedOrders()));
    expect(await storedIndex()).toMatchObject({ total: 2 });
  });

  it('is rebuilt when damaged, without setting the damaged copy aside (it is made, not data)', async () => {
    for (const damaged of [
      { v: 2, value: 'not an index' },
      { v: 2, value: { total: 1, newest: [{ number: N1 }] } },
      { v: 2, value: { total: 2, newest: [summarize(order(N1)), summarize(order(N1))] } },
      { v: 2, value: { total: 0, newest: [summarize(order(N1))] } },
      { v: 2 },
      [summarize(order(N1))],
      // Version 1's layout, every order listed: an update from it rebuilds the index.
      { v: 1, value: [summarize(order(N1))] },
    ]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({
        'wsg:orders': { v: 1, value: { [N1]: order(N1) } },
        'wsg:order-index': damaged,
      });
      await new Store().checkIndex();
      expect(await storedIndex()).toEqual(buildIndex(await storedOrders()));
      expect(await setAside()).toEqual([]);
    }
  });

  it('is made to match when the worker reads orders another context wrote', async () => {
    await fakeBrowser.storage.local.set({
      'wsg:orders': { v: 1, value: { [N1]: order(N1), [N2]: order(N2) } },
      // Valid, but of other orders: an older version, or a hand edit, changed the orders.
      'wsg:order-index': { v: 1, value: buildIndex({ [N3]: order(N3) }) },
    });
    const store = new Store();
    await store.checkIndex(); // readable: kept for now (one small read at start)
    await store.get('orders');
    expect(await storedIndex()).toEqual(buildIndex(await storedOrders()));

    // Another context writes the orders: the worker hears of it and follows.
    const written = { v: 1, value: { [N3]: order(N3) } };
    await fakeBrowser.storage.local.set({ 'wsg:orders': written });
    // (What the worker's storage.onChanged listener does.)
    expect(store.invalidate('orders', written)).toBe(true);
    await store.resyncIndex();
    expect(newestNumbers(await storedIndex())).toEqual([N3]);
  });

  it('one written by a newer version is left as it is', async () => {
    const future = { v: 3, value: { anything: true } };
    await fakeBrowser.storage.local.set({
      'wsg:orders': { v: 1, value: { [N1]: order(N1) } },
      'wsg:order-index': future,
    });
    const store = new Store();
    await store.checkIndex();
    await store.update(['orders'], (d) => {
      d.orders[N2] = order(N2);
    });
    expect(await raw('wsg:order-index')).toEqual(future);
  });

  it('keeps the count and the newest INDEX_SIZE orders only, whatever the history', async () => {
    const many: Record<string, Order> = {};
    for (let i = 0; i < 1000; i++) {
      const n = `5f1a2b3c4d5e6f7081${String(i).padStart(6, '0')}`;
      // Dates in no order, some shared, some missing.
      const day = (i * 7919) % 700;
      many[n] = order(
        n,
        i % 50 === 0 ? {} : { placedAt: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10) },
      );
    }
    const index = buildIndex(many);
    expect(index.total).toBe(1000);
    expect(index.newest).toHaveLength(INDEX_SIZE);
    // The same as sorting every order and taking the first INDEX_SIZE (ties in stored order).
    const sorted = Object.values(many)
      .map(summarize)
      .sort((a, b) =>
        (b.placedAt ?? '') > (a.placedAt ?? '') ? 1 : (b.placedAt ?? '') < (a.placedAt ?? '') ? -1 : 0,
      );
    expect(index.newest.map((s) => s.number)).toEqual(sorted.slice(0, INDEX_SIZE).map((s) => s.number));
    expect(JSON.stringify(wrapIndex(index)).length).toBeLessThan(40_000);
  });

  it('a change to an order older than the newest it lists writes the orders only', async () => {
    const many: Record<string, Order> = {};
    for (let i = 0; i < INDEX_SIZE + 20; i++) {
      const n = `5f1a2b3c4d5e6f7081${String(i).padStart(6, '0')}`;
      many[n] = order(n, { placedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) });
    }
    await fakeBrowser.storage.local.set({ 'wsg:orders': { v: 1, value: many } });
    const store = new Store();
    await store.checkIndex();
    const oldest = `5f1a2b3c4d5e6f7081${String(0).padStart(6, '0')}`;
    const writes: string[][] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = async (items: Record<string, unknown>) => {
      writes.push(Object.keys(items));
      return set(items);
    };
    await store.update(['orders'], (d) => {
      d.orders[oldest] = { ...d.orders[oldest]!, status: 'DELIVERED' };
    });
    expect(writes).toEqual([['wsg:orders']]);
    // A new order is counted (and is the newest): the index is written with it.
    await store.update(['orders'], (d) => {
      d.orders[N1] = order(N1, { placedAt: '2026-11-01' });
    });
    expect(writes.at(-1)).toEqual(['wsg:orders', 'wsg:order-index']);
    expect(await storedIndex()).toMatchObject({ total: INDEX_SIZE + 21 });
    expect(newestNumbers(await storedIndex())[0]).toBe(N1);
  });

  it('an index of the longer list an earlier version kept is cut when read, and rebuilt by the worker, not set aside', async () => {
    const many: Record<string, Order> = {};
    for (let i = 0; i < 200; i++) {
      const n = `5f1a2b3c4d5e6f7081${String(i).padStart(6, '0')}`;
      many[n] = order(n, { placedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) });
    }
    const long = buildIndex(many, 150);
    // What the popup reads from it before the worker rebuilds it: the newest, and the count.
    const read = ITEMS.orderIndex.parse(long);
    expect(read.value.total).toBe(200);
    expect(read.value.newest).toEqual(long.newest.slice(0, INDEX_SIZE));
    await fakeBrowser.storage.local.set({
      'wsg:orders': { v: 1, value: many },
      'wsg:order-index': wrapIndex(long),
    });
    await new Store().checkIndex();
    expect(await storedIndex()).toEqual(buildIndex(many));
    expect(await setAside()).toEqual([]);
  });

  it('is not part of an export', async () => {
    const { DATA_NAMES } = await import('../../src/store/items');
    expect(DATA_NAMES).not.toContain('orderIndex');
  });
});

describe('finding orders (every stored order, not only the index)', () => {
  const stored: Record<string, Order> = {
    [N1]: order(N1, { placedAt: '2024-03-02', items: [{ title: 'Garden hose, 15 m' }] }),
    [N2]: order(N2, {
      placedAt: '2025-03-09',
      items: [{ title: 'Phone case' }, { title: 'Blue garden gloves' }],
    }),
    [N3]: order(N3, { items: [{ title: 'Floral summer dress' }] }),
  };
  const found = (query: string, limit?: number) => {
    const answer = findOrders(stored, query, limit);
    return { numbers: answer.orders.map((s) => s.number), total: answer.total };
  };

  it('by any part of the number, the date or an item, every word somewhere, in any case', () => {
    expect(found('8192a3b5')).toEqual({ numbers: [N2], total: 1 });
    expect(found('2024-03')).toEqual({ numbers: [N1], total: 1 });
    expect(found('GARDEN')).toEqual({ numbers: [N2, N1], total: 2 });
    expect(found('gloves garden')).toEqual({ numbers: [N2], total: 1 });
    expect(found('garden dress')).toEqual({ numbers: [], total: 0 });
  });

  it('by a date as a shopper types it: numbers in any usual order, the month named in any language', () => {
    for (const q of [
      '9/3/2025',
      '09/03/2025',
      '3/9/2025',
      '09.03.2025',
      'March 2025',
      'mar 2025',
      'marzo',
      'März 2025',
      'mars',
      'março',
      'Μαρτίου 2025',
      'μαρτιου',
    ])
      expect(found(q).numbers, q).toEqual(q.includes('2025') ? [N2] : [N2, N1]);
    expect(found('April 2025')).toEqual({ numbers: [], total: 0 });
    expect(found('2 March 2024')).toEqual({ numbers: [N1], total: 1 });
  });

  it('an empty query: every order, newest first (undated last), at most `limit`, with the count of all', () => {
    expect(found('  ')).toEqual({ numbers: [N2, N1, N3], total: 3 });
    expect(found('', 2)).toEqual({ numbers: [N2, N1], total: 3 });
    // As the picker and the index name them.
    expect(findOrders(stored, 'hose').orders[0]).toEqual(summarize(stored[N1]!));
  });
});
