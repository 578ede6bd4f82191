// @vitest-environment-options {"url": "https://www.wish.com/transaction"}
// The capture feature in a page: it reports the list's orders, then only what the list adds,
// and a detail page that shows only the transaction id as the order the list showed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ordersPage } from '../fixtures/generate';
import { loadStatic } from '../helpers/fixtures';

const sent: Array<{
  orders: Array<{ number: string; idKind?: string; transactionId?: string; tracking?: string }>;
}> = [];
vi.mock('../../src/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: never) => {
    if (type === 'captureOrders') sent.push(data);
    return { added: 0, updated: 0, rejected: 0 };
  }),
}));
const { captureOrders } = await import('../../src/content/features/capture-orders');

const NOW = Date.UTC(2026, 10, 25);
const settle = async () => {
  await vi.advanceTimersByTimeAsync(0); // mutation records (microtasks)
  await vi.advanceTimersByTimeAsync(300); // the debounce
};

afterEach(() => {
  vi.useRealTimers();
  sent.length = 0;
  document.body.innerHTML = '';
});

describe('capture-orders', () => {
  it('reports the list, then only the orders it grows by', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
    const page = new DOMParser().parseFromString(ordersPage(3, 150), 'text/html');
    const cards = [...page.querySelectorAll('section')];
    document.body.innerHTML = `<main><div data-list>${cards
      .slice(0, 100)
      .map((c) => c.outerHTML)
      .join('')}</div></main>`;
    const controller = new AbortController();
    await captureOrders.init({ signal: controller.signal, url: location.href });
    await settle();
    expect(sent.map((m) => m.orders.length)).toEqual([100]);
    document.querySelector('[data-list]')!.insertAdjacentHTML(
      'beforeend',
      cards
        .slice(100)
        .map((c) => c.outerHTML)
        .join(''),
    );
    await settle();
    expect(sent.map((m) => m.orders.length)).toEqual([100, 50]);
    expect(new Set(sent[1]!.orders.map((o) => o.number)).size).toBe(50);
    controller.abort();
  });

  it('the list, then the order’s own page labelled "Transaction ID": one order', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
    const list = new AbortController();
    document.body.innerHTML = loadStatic('orders-en').window.document.body.innerHTML;
    await captureOrders.init({ signal: list.signal, url: location.href });
    await settle();
    list.abort();
    // Wish changes page without reloading.
    history.replaceState({}, '', '/transaction/5f1a2b3c4d5e6f708192a3b0');
    document.body.innerHTML = loadStatic('order-en-transaction').window.document.body.innerHTML;
    const detail = new AbortController();
    await captureOrders.init({ signal: detail.signal, url: location.href });
    await settle();
    detail.abort();
    const numbers = sent.flatMap((m) => m.orders.map((o) => o.number));
    expect(numbers.filter((n) => n === '5f1a2b3c4d5e6f708192a3b4')).toHaveLength(2);
    expect(numbers).not.toContain('5f1a2b3c4d5e6f708192a3b0');
    expect(numbers).not.toContain('LZ123456789CN');
    expect(sent.at(-1)!.orders[0]).toMatchObject({
      transactionId: '5f1a2b3c4d5e6f708192a3b0',
      tracking: 'LZ123456789CN',
    });
  });
});
