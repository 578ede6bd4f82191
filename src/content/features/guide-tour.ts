// Resumes the guide on every Wish page while a tour is active (it may have started in another
// tab, before a page load, or in the window that opened this one): the guide is injected only
// then, and the worker injects it for a resume only when its stored tour is active.
import { sendMessage } from '../../messaging/protocol';
import { isShopperSite } from '../../wish/pages';
import { contentContext } from '../context';
import type { Feature } from '../feature';
import { loadGuide } from '../parts';

export const guideTour: Feature = {
  id: 'guide-tour',
  include: [isShopperSite],
  async init({ signal }) {
    const context = await contentContext();
    if (!context.tour?.active || signal.aborted) return;
    // A tour older than a day was abandoned: do not surprise the shopper with it.
    if (Date.now() - Date.parse(context.tour.updatedAt) > 86_400_000) {
      await sendMessage('tourStop');
      return;
    }
    const guide = await loadGuide('resume');
    if (!signal.aborted) guide.resume(context.tour, context, signal);
  },
  testedOn: [
    'feed-en-left',
    'feed-en-right-hover',
    'feed-el-left',
    'support-en-inpage',
    'support-el-inpage',
    'support-en-iframe',
    'support-en-broken',
    'assistant-frame-en',
    'order-en',
    'hostile-en',
  ],
};
