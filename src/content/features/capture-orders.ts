// Captures orders from Wish's order history and order pages, also those that load later as
// the shopper scrolls, and hands them to the background (which validates and stores them).
// After the first reading only what the page added or changed is read again.
import { sendMessage } from '../../messaging/protocol';
import { isOrderDetail, isOrderHistory } from '../../wish/pages';
import { OrderLinks, OrderReader, type CapturedOrder } from '../../wish/order-page';
import type { Feature } from '../feature';
import { CAPTURE_TESTED_ON } from './capture-fixtures';
import { CaptureOutbox } from './capture-outbox';

const DEBOUNCE_MS = 250;
/** Past this many changes in one burst, reading the whole page again is simpler and no dearer. */
const MAX_PENDING = 5000;

/** Kept across Wish's in-page navigations (list → an order's page), for one page load. */
const links = new OrderLinks();

export const captureOrders: Feature = {
  id: 'capture-orders',
  include: [isOrderHistory, isOrderDetail],
  init({ signal }) {
    const body = document.body;
    if (!body) return;
    const reader = new OrderReader(body);
    const outbox = new CaptureOutbox(links);
    let pending: MutationRecord[] = [];
    let readAll = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const capture = () => {
      timer = undefined;
      if (signal.aborted) return;
      const records = pending;
      pending = [];
      let orders: CapturedOrder[];
      try {
        orders = readAll ? reader.readAll() : reader.update(records);
      } catch (error) {
        console.error('[Wish support] could not read orders on this page', error);
        return;
      }
      readAll = false;
      // Only what is new or changed since the last report, in one message.
      const fresh = outbox.take(orders);
      if (!fresh.length) return;
      sendMessage('captureOrders', { orders: fresh, url: location.href }).catch((error) => {
        // Not stored: forget them so the next change tries again.
        outbox.forget(fresh);
        console.warn('[Wish support] orders not stored', error);
      });
    };
    capture();
    const observer = new MutationObserver((records) => {
      if (readAll || pending.length + records.length > MAX_PENDING) {
        readAll = true;
        pending = [];
      } else {
        for (const r of records) pending.push(r);
      }
      timer ??= setTimeout(capture, DEBOUNCE_MS);
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  },
  testedOn: CAPTURE_TESTED_ON,
};
