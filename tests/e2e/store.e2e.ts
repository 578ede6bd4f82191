// Stored data under load and after damage, and reminders that outlive the service worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId } from '../fixtures/generate';
import { BROWSERS, launch, type E2EBrowser } from './harness';
import { stored, until } from './helpers';

type Api = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
  action: { getBadgeText(d: object): Promise<string> };
};

describe.each(BROWSERS)('%s: stored data', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => browser?.close());

  it('two tabs capturing 500 orders each at once: all 1,000 stored', async () => {
    const [a, b] = await Promise.all([browser.newPage(), browser.newPage()]);
    // Each list renders in batches of 50 as it "scrolls", like Wish's infinite list.
    await Promise.all([
      a.goto('https://www.wish.com/transaction?generate=orders&series=1&count=500&lazy=50'),
      b.goto('https://www.wish.com/transaction?generate=orders&series=2&count=500&lazy=50'),
    ]);
    await Promise.all([
      a.waitFor(() => document.body.hasAttribute('data-all-loaded'), null, 30_000),
      b.waitFor(() => document.body.hasAttribute('data-all-loaded'), null, 30_000),
    ]);
    const data = await until(
      () => stored<{ orders: Record<string, unknown> }>(browser),
      (d) => Object.keys(d?.orders ?? {}).length >= 1000,
      30_000,
    );
    const numbers = new Set(Object.keys(data.orders));
    expect(numbers.size).toBe(1000);
    for (const series of [1, 2])
      for (const i of [0, 249, 499]) expect(numbers.has(orderId(series, i))).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it('a corrupted store is moved aside, kept, and the extension goes on working', async () => {
    await browser.inExtension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as Api;
      await api.storage.local.set({
        'wsg:orders': { v: 1, value: 'garbage' },
        'wsg:profile': { v: 1, value: 42 },
        'wsg:settings': { v: 1, value: { language: 'xx' } },
      });
    }, null);
    // The popup still opens and works.
    const popup = await browser.openExtensionPage('popup.html');
    await popup.waitFor(() => !!document.querySelector('textarea.message'), null);
    // And captures again (the worker reads the damaged item, sets it aside, starts afresh).
    const page = await browser.newPage();
    await page.goto('https://www.wish.com/transaction');
    await until(
      () => stored<{ orders: Record<string, unknown> }>(browser),
      (d) => Object.keys(d?.orders ?? {}).length >= 3,
    );
    const all = await browser.inExtension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as Api;
      return api.storage.local.get(null);
    }, null);
    const quarantine = Object.entries(all).filter(([k]) => k.startsWith('wsg:quarantine:'));
    expect(quarantine.length).toBeGreaterThan(0);
    expect(JSON.stringify(quarantine)).toContain('garbage');
    await Promise.all([popup.close(), page.close()]);
  });

  it('a follow-up reminder fires after the worker was stopped', async () => {
    // A contact logged as made 3 days ago less 4 seconds: the reminder is due in 4 seconds.
    // Sent in @webext-core/messaging's own message shape, as the popup would send it.
    await browser.inExtension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as Api;
      const at = new Date(Date.now() - 3 * 86_400_000 + 4000).toISOString();
      await api.runtime.sendMessage({
        id: 1,
        type: 'logContact',
        timestamp: Date.now(),
        data: {
          orderNumber: '5f1a2b3c4d5e6f708192a3b4',
          problem: 'never-delivered',
          contact: { channel: 'email', message: 'Hello', via: 'mailto', at },
        },
      });
    }, null);
    const before = await stored<{ cases: Record<string, { followUpAt?: string; notified?: boolean }> }>(
      browser,
    );
    const c = Object.values(before.cases)[0]!;
    expect(c.notified).toBeFalsy();
    expect(Date.parse(c.followUpAt!) - Date.now()).toBeLessThan(5000);
    if (browser.stopWorker) await browser.stopWorker();
    const after = await until(
      () => stored<{ cases: Record<string, { notified?: boolean }> }>(browser),
      (d) => Object.values(d.cases).some((x) => x.notified),
      20_000,
    );
    expect(Object.values(after.cases)[0]!.notified).toBe(true);
    const badge = await browser.inExtension(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as Api;
      return api.action.getBadgeText({});
    }, null);
    expect(badge).toBe('1');
  });
});
