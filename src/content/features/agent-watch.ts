// Notices a new message from a support agent on Wish's page: the case has its answer, so the
// pending follow-up reminder stops. Only an answer to what the shopper sent from this page
// counts: a message that merely loads late (the chat's history rendering) is not a reply, nor
// the automatic acknowledgement right after sending, nor anything without a known order.
import { sendMessage } from '../../messaging/protocol';
import { AGENT_MESSAGE_SELECTOR } from '../../wish/locators';
import { isOrderDetail, isSupport, orderIdFromUrl } from '../../wish/pages';
import { contentContext } from '../context';
import type { Feature } from '../feature';
import { ACK_WINDOW_MS, lastSent } from '../sent';

/** A new agent message answers the shopper only after they sent one from this page, and once
 *  the automatic acknowledgement's moment has passed. */
export function isAnswer(sentAt: number, now: number): boolean {
  return sentAt > 0 && now - sentAt >= ACK_WINDOW_MS;
}

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
          if (!isAnswer(lastSent.at, Date.now())) continue;
          const orderNumber = context.tour?.orderNumber ?? orderIdFromUrl(location.href);
          if (!orderNumber) continue;
          sendMessage('agentReplied', { orderNumber }).catch(() => undefined);
          return;
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  },
  testedOn: ['support-en-inpage', 'order-en'],
};
