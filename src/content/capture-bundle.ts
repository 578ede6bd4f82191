// Order capture as a part injected on demand on Wish's order pages (build.mjs: capture.js;
// src/content/parts.ts): reading orders needs the order words of 7 languages, more than the
// always-on script's whole budget. It puts its API in the isolated world's slot once.
import { readOrders } from '../wish/order-page';
import { captureOrders } from './features/capture-orders';
import { SLOTS, type CaptureApi } from './parts';

const world = globalThis as unknown as Record<string, CaptureApi | undefined>;
if (!world[SLOTS.capture]) {
  world[SLOTS.capture] = {
    run: (context) => {
      Promise.resolve(captureOrders.init(context)).catch((error) =>
        console.error('[Wish support] order capture failed', error),
      );
    },
    ordersOnPage: () => (document.body ? readOrders(document.body).map((o) => o.number) : []),
  };
}
