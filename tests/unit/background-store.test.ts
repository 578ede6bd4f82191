// The worker's store: typed items (one key each), one validator for writes and loads, the
// migration from the single key, newer versions kept, quota refusals, and reminders that
// survive a full storage.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureFromPage, clearEverything, siteDraft, tourMoved } from '../../src/background/actions';
import { ALARM, syncReminders } from '../../src/background/reminders';
import { Store, WriteRefused } from '../../src/background/store';
import { ITEMS } from '../../src/store/items';
import { applyContact } from '../../src/store/ops';
import { defaultData, draftKey, QUARANTINE_PREFIX, STORAGE_KEY } from '../../src/store/schema';
import type { Draft, Order, TourState } from '../../src/model/types';

const NOW = '2026-11-20T12:00:00.000Z';
const order = (number: string, over: Partial<Order> = {}): Order => ({
  number,
  items: [{ title: 'Lamp' }],
  flags: [],
  source: 'page',
  capturedAt: NOW,
  updatedAt: NOW,
  ...over,
});
const draft = (channel: Draft['channel'], body: string): Draft => ({
  orderNumber: 'A1',
  problem: 'late',
  channel,
  language: 'en',
  subject: 's',
  body,
  generated: body,
  fills: {},
  updatedAt: NOW,
});
afterEach(() => vi.restoreAllMocks());
const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('typed items', () => {
  it('a correction the shopper taught is kept; a malformed one is set aside', () => {
    const good = {
      step: 'account-menu',
      role: 'button',
      name: 'hi maria',
      attributes: { 'data-testid': 'x' },
      path: 'header',
      at: '2026-11-26T08:00:00.000Z',
    };
    const parsed = ITEMS.corrections.parse([
      good,
      { step: 'x', role: 1 },
      { ...good, attributes: { a: 'y'.repeat(500) } },
    ]);
    expect(parsed.value).toEqual([good]);
    expect(parsed.rejected).toHaveLength(2);
  });

  it('each item has its own key, default, validator and version, defined once', () => {
    expect(Object.values(ITEMS).map((i) => i.key)).toEqual([
      'wsg:orders',
      'wsg:cases',
      'wsg:drafts',
      'wsg:composer',
      'wsg:tour',
      'wsg:settings',
      'wsg:profile',
      'wsg:diagnostics',
      'wsg:corrections',
      'wsg:order-index',
    ]);
    for (const item of Object.values(ITEMS)) {
      // The orders index changed its layout once (the count and the newest orders).
      expect(item.version).toBe(item.name === 'orderIndex' ? 2 : 1);
      expect(item.parse(undefined).value).toEqual(item.fallback());
    }
  });

  it('migrates the single key of schema 2 into the items, and sets aside what fails', async () => {
    const legacy = defaultData();
    legacy.orders = { A1: order('A1') };
    legacy.profile.name = 'Maria';
    await fakeBrowser.storage.local.set({
      [STORAGE_KEY]: { ...legacy, orders: { ...legacy.orders, bad: { number: 'bad' } } },
    });
    const store = new Store();
    expect(Object.keys(await store.get('orders'))).toEqual(['A1']);
    expect((await store.get('profile')).name).toBe('Maria');
    expect(await raw(STORAGE_KEY)).toBeUndefined();
    expect(await raw('wsg:orders')).toEqual({ v: 1, value: { A1: order('A1') } });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(1);
    // A restart reads the items, not the old key.
    expect((await new Store().get('profile')).name).toBe('Maria');
  });

  it('a newer schema (after a downgrade) is kept as it is, never replaced by defaults', async () => {
    const newer = { schemaVersion: 99, orders: { A1: { anything: true } } };
    await fakeBrowser.storage.local.set({
      [STORAGE_KEY]: newer,
      'wsg:profile': { v: 7, value: { future: 1 } },
    });
    const store = new Store();
    expect(await store.get('orders')).toEqual({});
    await expect(
      store.update(['profile'], (d) => {
        d.profile.name = 'x';
      }),
    ).rejects.toThrow(/newer version/);
    expect(await raw(STORAGE_KEY)).toEqual(newer);
    expect(await raw('wsg:profile')).toEqual({ v: 7, value: { future: 1 } });
  });

  it('a write that would not survive a restart is refused with its reason', async () => {
    const store = new Store();
    await store.update(['orders'], (d) => {
      d.orders.A1 = order('A1');
    });
    // What the load-time validator rejects (a URL over 2,000 characters) is not written.
    await expect(
      store.update(['orders'], (d) => {
        d.orders.A2 = order('A2', { url: 'https://www.wish.com/' + 'x'.repeat(2000) });
      }),
    ).rejects.toThrow(/orders\.A2: invalid/);
    await expect(
      store.update(['cases'], (d) => {
        d.cases.x = { id: 'x' } as never;
      }),
    ).rejects.toBeInstanceOf(WriteRefused);
    expect(Object.keys(((await raw('wsg:orders')) as { value: object }).value)).toEqual(['A1']);
    // What was written is what a restart reads.
    expect(await new Store().get('orders')).toEqual(await store.get('orders'));
  });

  it('a keystroke writes one draft item, not the orders and cases', async () => {
    const store = new Store();
    const orders: Record<string, Order> = {};
    for (let i = 0; i < 300; i++) orders[`O${i}`] = order(`O${i}`);
    await store.update(['orders'], (d) => {
      d.orders = orders;
    });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.update(['drafts'], (d) => {
      d.drafts[draftKey('A1', 'late', 'site')] = draft('site', 'hello');
    });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual(['wsg:drafts']);
  });

  it('only items that changed are written: a contact reads the settings but writes the cases', async () => {
    await fakeBrowser.storage.local.set({ 'wsg:settings': { v: 9, value: { future: true } } });
    const store = new Store();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.update(['cases', 'settings'], (d) => {
      applyContact(
        d,
        { orderNumber: 'A1', problem: 'late', contact: { channel: 'site', message: 'x', via: 'sent' } },
        new Date(),
        '1',
      );
    });
    expect(set.mock.calls.map((c) => Object.keys(c[0] as object))).toEqual([['wsg:cases']]);
    expect(await raw('wsg:settings')).toEqual({ v: 9, value: { future: true } });
  });

  it('storage full: the write is refused as quota, shown, and reminders are still re-created', async () => {
    const store = new Store();
    await store.update(['cases', 'settings'], (d) => {
      applyContact(
        d,
        { orderNumber: 'A1', problem: 'late', contact: { channel: 'site', message: 'x', via: 'sent' } },
        new Date(Date.now() - 10 * 86400_000),
        '1',
      );
    });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(
      store.update(['drafts'], (d) => {
        d.drafts[draftKey('A1', 'late', 'site')] = draft('site', 'hello');
      }),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(store.lastRefusal).toMatchObject({ item: 'drafts', kind: 'quota' });
    await fakeBrowser.alarms.clearAll();
    // The due reminder cannot be marked as shown: the alarm is set all the same (not spinning).
    await syncReminders(store);
    const alarm = await fakeBrowser.alarms.get(ALARM);
    expect(alarm).toBeDefined();
    expect(alarm!.scheduledTime).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('a capture of more than 2,000 orders is stored (up to the cap), not refused and resent', async () => {
    const store = new Store();
    const many = Array.from({ length: 2500 }, (_, i) => ({
      number: (0x5f1a2b3c00000000n + BigInt(i)).toString(16).padEnd(24, '0'),
      items: [],
      flags: [],
    }));
    const result = await captureFromPage(store, many, 'https://www.wish.com/transaction');
    expect(result.added + result.rejected).toBe(2500);
    expect(Object.keys(await store.get('orders')).length).toBe(result.added);
    expect(result.added).toBeGreaterThan(2000);
  });

  it('"Clear data" also deletes the set-aside copies', async () => {
    await fakeBrowser.storage.local.set({
      [`${QUARANTINE_PREFIX}2026`]: [{ path: 'profile', value: { name: 'Maria' } }],
    });
    const store = new Store();
    await store.update(['profile'], (d) => {
      d.profile.name = 'Maria';
    });
    await clearEverything(store);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith(QUARANTINE_PREFIX))).toEqual([]);
    expect((await store.get('profile')).name).toBe('');
  });

  it("the draft for the page is Wish's form's (site), never the channel the popup last showed", () => {
    const drafts = {
      [draftKey('A1', 'late', 'complaint')]: draft('complaint', 'Maria, maria@example.com, Athens'),
      [draftKey('A1', 'late', 'site')]: draft('site', 'My order A1 is late'),
    };
    const composer = {
      orderNumber: 'A1',
      problem: 'late' as const,
      channel: 'complaint' as const,
      language: 'en' as const,
    };
    expect(siteDraft({ tour: null, composer, drafts })).toBe('My order A1 is late');
    expect(
      siteDraft({
        tour: null,
        composer,
        drafts: { [draftKey('A1', 'late', 'complaint')]: drafts[draftKey('A1', 'late', 'complaint')]! },
      }),
    ).toBe('');
  });
});

describe('the tour moved on by a page', () => {
  const tour: TourState = {
    active: true,
    stepId: 'account-menu',
    route: 'account-menu',
    problem: 'never-delivered',
    orderNumber: '6618b3c4d5e6f708192a3b4c',
    startedAt: NOW,
    updatedAt: NOW,
  };
  const later = new Date('2026-11-20T12:05:00.000Z');

  it("keeps the step, and the route when signing in showed the order's help", () => {
    expect(tourMoved(tour, { stepId: 'customer-support' }, later)).toEqual({
      ...tour,
      stepId: 'customer-support',
      updatedAt: later.toISOString(),
    });
    expect(tourMoved(tour, { stepId: 'get-help', route: 'order' }, later)).toMatchObject({
      stepId: 'get-help',
      route: 'order',
      startedAt: NOW,
    });
  });

  it('believes nothing else a page says', () => {
    expect(tourMoved(tour, { stepId: 'get-help', route: 'elsewhere' }, later)?.route).toBe('account-menu');
    expect(tourMoved(tour, { stepId: 'x'.repeat(41) }, later)).toBe(tour);
    expect(tourMoved(tour, null, later)).toBe(tour);
    expect(tourMoved({ ...tour, active: false }, { stepId: 'send' }, later)).toEqual({
      ...tour,
      active: false,
    });
    expect(tourMoved(null, { stepId: 'send' }, later)).toBeNull();
  });
});
