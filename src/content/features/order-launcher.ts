// A small "Contact support about this order" button on an order's page (the options page can
// turn it off; the shopper can hide it). It starts the guide on Wish's own order route. Its
// words come with the worker's answer, in the shopper's language: the always-on script
// carries no strings of its own.
import { h } from '../../overlay/h';
import { LAUNCHER_CSS } from '../../overlay/styles';
import { isOrderDetail, orderIdFromUrl } from '../../wish/pages';
import { contentContext } from '../context';
import type { Feature } from '../feature';
import { loadCapture, loadGuide } from '../parts';

let hiddenThisVisit = false;

/** The order this page is about: from its URL, else the first order the page shows. */
async function orderHere(): Promise<string | undefined> {
  const fromUrl = orderIdFromUrl(location.href);
  if (fromUrl) return fromUrl;
  const capture = await loadCapture().catch(() => undefined);
  return capture?.ordersOnPage()[0];
}

export const orderLauncher: Feature = {
  id: 'order-launcher',
  include: [isOrderDetail],
  async init({ signal }) {
    if (hiddenThisVisit) return;
    const context = await contentContext();
    if (!context.launcher || context.tour?.active || signal.aborted) return;
    const t = context.ui;
    const host = document.createElement('wsg-launcher');
    host.setAttribute('data-wsg-ui', '');
    host.style.cssText =
      'all: initial !important; position: fixed !important; z-index: 2147483646 !important; right: 0 !important; bottom: 0 !important;';
    // Closed, and its buttons (built with h) answer only the shopper's own clicks: a page
    // script can neither find them nor start the guide by pressing them.
    const root = host.attachShadow({ mode: 'closed' });
    root.append(
      h('style', { text: LAUNCHER_CSS }),
      h(
        'div',
        { class: 'launcher', role: 'region', 'aria-label': t.appName },
        h('button', {
          type: 'button',
          text: t.launcherLabel,
          onclick: () => {
            host.remove();
            (async () => {
              const orderNumber = await orderHere();
              const guide = await loadGuide('start');
              await guide.start({
                problem: context.problem ?? 'other',
                ...(orderNumber ? { orderNumber } : {}),
              });
            })().catch((e) => console.error('[Wish support]', e));
          },
        }),
        h('button', {
          type: 'button',
          class: 'dismiss',
          'aria-label': t.launcherDismiss,
          title: t.launcherDismiss,
          text: '×',
          onclick: () => {
            hiddenThisVisit = true;
            host.remove();
          },
        }),
      ),
    );
    document.body.append(host);
    signal.addEventListener('abort', () => host.remove());
  },
  testedOn: ['order-en'],
};
