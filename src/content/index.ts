// The content script on www.wish.com, always on: page detection, soft navigation, the order
// launcher, reply watching, and the answers to the extension's messages. It starts once per
// page, only in the top frame (the guide reaches same-origin iframes from there), catches its
// own errors, and on pages where it has nothing to do only listens for navigation and
// messages. The guide and order capture are parts injected on demand (./parts.ts).
import { onMessage } from '../messaging/protocol';
import { isShopperSite, orderIdFromUrl, pageKind } from '../wish/pages';
import { FeatureRunner, safe } from './feature';
import { agentWatch } from './features/agent-watch';
import { captureLoader } from './features/capture-loader';
import { guideTour } from './features/guide-tour';
import { orderLauncher } from './features/order-launcher';
import { onLocationChange } from './navigation';
import { loadCapture, loadedCapture, loadedGuide, loadGuide } from './parts';

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

  const runner = new FeatureRunner([captureLoader, guideTour, orderLauncher, agentWatch]);
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

  // The popup asks on opening: what the always-on script knows, and what the parts already
  // here can tell (the guide is not injected for this: only to start or resume it).
  onMessage('pageInfo', async () => {
    const kind = pageKind(location.href);
    const capture =
      loadedCapture() ??
      (kind === 'orders' || kind === 'order' ? await loadCapture().catch(() => undefined) : undefined);
    const orders = safe(() => capture?.ordersOnPage() ?? [], [] as string[]);
    const detail = orderIdFromUrl(location.href);
    const guide = loadedGuide();
    const facts = guide ? guide.pageFacts() : { signedIn: null, orderHelp: false };
    return {
      kind,
      url: location.href,
      ...facts,
      ordersOnPage: detail && !orders.includes(detail) ? [detail, ...orders] : orders,
      tourActive: !!guide?.active(),
    };
  });

  // From the popup or the keyboard command (only the extension can send these).
  onMessage('startGuide', async ({ data }) => {
    const guide = await loadGuide('start');
    const route = await guide.start({
      problem: data.problem,
      ...(data.orderNumber ? { orderNumber: data.orderNumber } : {}),
    });
    return { ok: true, route };
  });

  onMessage('insertDraft', async ({ data }) => {
    const guide = await loadGuide('insert');
    return guide.insertDraft(data);
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
