// Notices a new message from a support agent on Wish's page: the case has its answer, so the
// pending follow-up reminder stops.
import { sendMessage } from '../../messaging/protocol';
import { AGENT_MESSAGE_SELECTOR } from '../../wish/locators';
import { isOrderDetail, isSupport, orderIdFromUrl } from '../../wish/pages';
import { contentContext } from '../context';
import type { Feature } from '../feature';
import { ACK_WINDOW_MS, lastSent } from '../sent';

export const agentWatch: Feature = {
  id: 'agent-watch',
  include: [isSupport, isOrderDetail],
  async init({ signal }) {
    const context = await contentContext();
    // Nothing to stop: cost nothing.
    if (!context.pendingFollowUps && !context.tour?.active) return;
    const seen = new Set(document.querySelectorAll(AGENT_MESSAGE_SELECTOR));
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          const match = el.matches(AGENT_MESSAGE_SELECTOR) ? el : el.querySelector(AGENT_MESSAGE_SELECTOR);
          if (!match || seen.has(match)) continue;
          seen.add(match);
          if (Date.now() - lastSent.at < ACK_WINDOW_MS) continue;
          const orderNumber = context.tour?.orderNumber ?? orderIdFromUrl(location.href);
          sendMessage('agentReplied', orderNumber ? { orderNumber } : {}).catch(() => undefined);
          return;
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  },
  testedOn: ['support-en-inpage', 'order-en'],
};
