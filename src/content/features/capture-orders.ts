// Captures orders from Wish's order history and order pages, also those that load later as
// the shopper scrolls, and hands them to the background (which validates and stores them).
import { sendMessage } from '../../messaging/protocol';
import { isOrderDetail, isOrderHistory } from '../../wish/pages';
import { readOrders, type CapturedOrder } from '../../wish/order-page';
import type { Feature } from '../feature';

const DEBOUNCE_MS = 250;

export const captureOrders: Feature = {
  id: 'capture-orders',
  include: [isOrderHistory, isOrderDetail],
  init({ signal }) {
    const sent = new Map<string, string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const capture = () => {
      timer = undefined;
      if (signal.aborted || !document.body) return;
      let orders: CapturedOrder[];
      try {
        orders = readOrders(document.body);
      } catch (error) {
        console.error('[Wish support] could not read orders on this page', error);
        return;
      }
      // Only what is new or changed since the last report.
      const fresh = orders.filter((o) => {
        const key = JSON.stringify(o);
        if (sent.get(o.number) === key) return false;
        sent.set(o.number, key);
        return true;
      });
      if (!fresh.length) return;
      sendMessage('captureOrders', { orders: fresh, url: location.href }).catch((error) => {
        // Not stored: forget them so the next change tries again.
        for (const o of fresh) sent.delete(o.number);
        console.warn('[Wish support] orders not stored', error);
      });
    };
    capture();
    const observer = new MutationObserver(() => {
      if (!timer) timer = setTimeout(capture, DEBOUNCE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  },
  testedOn: ['orders-en', 'orders-el', 'order-en'],
};
