// The content script on www.wish.com. It starts once per page, only in the top frame (it reaches same-origin iframes from there), catches its own errors, and on
// pages where it has nothing to do only listens for navigation and messages.
import { onMessage } from '../messaging/protocol';
import { isShopperSite, orderIdFromUrl, pageKind } from '../wish/pages';
import { readOrders } from '../wish/order-page';
import { FeatureRunner, safe } from './feature';
import { agentWatch } from './features/agent-watch';
import { captureOrders } from './features/capture-orders';
import { guideTour } from './features/guide-tour';
import { orderLauncher } from './features/order-launcher';
import { fieldText, fillField, type Field } from './fill';
import { orderHelpButton, pageSignedIn, waitForMessageField } from './guide/find';
import { onLocationChange } from './navigation';
import { activeTour, startGuide } from './start';

/** Set on <html> once started: a marker for people and tests, never read (the page can fake it). */
const MARKER = 'data-wsg-content';
/** The guard against starting twice lives in the content script's own (isolated) world, where
 *  the page's scripts cannot set or clear it. */
const GUARD = '__wsgContentStarted';

function main(): void {
  if (window !== window.top || !isShopperSite(location.href)) return;
  const world = globalThis as unknown as Record<string, unknown>;
  if (world[GUARD]) return;
  world[GUARD] = true;
  document.documentElement.setAttribute(MARKER, '');

  const runner = new FeatureRunner([captureOrders, guideTour, orderLauncher, agentWatch]);
  const lifetime = new AbortController();
  runner.run(location.href);
  // Two sources may report the same navigation: features restart once per new URL.
  let current = location.href;
  const go = (href: string) => {
    if (href === current) return;
    current = href;
    runner.run(href);
  };
  onLocationChange(go, lifetime.signal);
  followNavigationApi(go, lifetime.signal);

  onMessage('pageInfo', () => {
    const signedIn = safe(() => pageSignedIn(document), null);
    const orders = safe(
      () => (document.body ? readOrders(document.body).map((o) => o.number) : []),
      [] as string[],
    );
    const detail = orderIdFromUrl(location.href);
    return {
      kind: pageKind(location.href),
      url: location.href,
      signedIn,
      ordersOnPage: detail && !orders.includes(detail) ? [detail, ...orders] : orders,
      orderHelp: safe(() => !!orderHelpButton(document), false),
      tourActive: !!activeTour(),
    };
  });

  onMessage('startGuide', async ({ data }) => {
    const route = await startGuide({
      problem: data.problem,
      ...(data.orderNumber ? { orderNumber: data.orderNumber } : {}),
    });
    return { ok: true, route };
  });

  onMessage('insertDraft', async ({ data }) => {
    // The assistant may still be opening its form.
    const field = (await waitForMessageField(document, 1500)) as Field | null;
    if (!field) return { ok: false, reason: 'no-field' as const };
    const existing = fieldText(field);
    if (existing.trim() && existing.trim() !== data.text.trim() && !data.replace)
      return { ok: false, reason: 'has-text' as const, existing };
    return fillField(field, data.text) ? { ok: true } : { ok: false, reason: 'rejected' as const };
  });
}

/**
 * A second way to hear soft navigation: the page can replace history.pushState after our
 * page-world hook wrapped it, and then the hook never speaks. The Navigation API's events
 * reach this world whatever the page did to `history` (where the browser has the API).
 */
function followNavigationApi(callback: (href: string) => void, signal: AbortSignal): void {
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  if (!nav || typeof nav.addEventListener !== 'function') return;
  let last = location.href;
  nav.addEventListener(
    'currententrychange',
    () => {
      if (location.href === last) return;
      last = location.href;
      callback(last);
    },
    { signal },
  );
}

try {
  main();
} catch (error) {
  // Never into the page: a broken extension must not break Wish.
  console.error('[Wish support] content script failed to start', error);
}
