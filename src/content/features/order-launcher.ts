// A small "Contact support about this order" button on an order's page (the options page can
// turn it off; the shopper can hide it). It starts the guide on Wish's own order route.
import { uiStrings } from '../../i18n';
import { h } from '../../overlay/h';
import { OVERLAY_CSS } from '../../overlay/styles';
import { isOrderDetail, orderIdFromUrl } from '../../wish/pages';
import { readOrders } from '../../wish/order-page';
import { contentContext } from '../context';
import type { Feature } from '../feature';
import { startGuide } from '../start';

let hiddenThisVisit = false;

export const orderLauncher: Feature = {
  id: 'order-launcher',
  include: [isOrderDetail],
  async init({ signal }) {
    if (hiddenThisVisit) return;
    const context = await contentContext();
    if (!context.launcher || context.tour?.active || signal.aborted) return;
    const t = uiStrings(context.language);
    const host = document.createElement('wsg-launcher');
    host.setAttribute('data-wsg-ui', '');
    host.style.cssText =
      'all: initial !important; position: fixed !important; z-index: 2147483646 !important; right: 0 !important; bottom: 0 !important;';
    // Closed, and its buttons (built with h) answer only the shopper's own clicks: a page
    // script can neither find them nor start the guide by pressing them.
    const root = host.attachShadow({ mode: 'closed' });
    const orderNumber = orderIdFromUrl(location.href) ?? readOrders(document.body)[0]?.number;
    root.append(
      h('style', { text: OVERLAY_CSS }),
      h(
        'div',
        { class: 'launcher', role: 'region', 'aria-label': t.appName },
        h('button', {
          type: 'button',
          text: t.launcherLabel,
          onclick: () => {
            host.remove();
            startGuide({
              problem: context.problem ?? 'other',
              ...(orderNumber ? { orderNumber } : {}),
            }).catch((e) => console.error('[Wish support]', e));
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
