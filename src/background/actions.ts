// What some messages do to the store, apart from the message wiring (so tests can run them).
import browser from 'webextension-polyfill';
import type { CaptureResult } from '../messaging/protocol';
import type { TourState } from '../model/types';
import { applyCapture, cleared } from '../store/ops';
import { draftKey, type StoreData } from '../store/schema';
import { CAPS } from '../store/validate';
import { isShopperSite } from '../wish/pages';
import { quarantinedKeys, type Store } from './store';

/** Orders a Wish page reported. A long history is taken up to what the store keeps, never
 *  refused whole: a refusal made the page send it again on every change, never stored. */
export function captureFromPage(store: Store, orders: unknown[], pageUrl: unknown): Promise<CaptureResult> {
  const url = typeof pageUrl === 'string' && isShopperSite(pageUrl) ? pageUrl : undefined;
  const taken = orders.slice(0, CAPS.orders);
  return store.update(['orders'], (d) => {
    const result = applyCapture(d, taken, { source: 'page', ...(url ? { url } : {}), now: new Date() });
    result.rejected += orders.length - taken.length;
    return result;
  });
}

/** "Clear data": every item back to its default, and the set-aside copies deleted too (they
 *  hold personal data as well). */
export async function clearEverything(store: Store): Promise<void> {
  const { schemaVersion: _v, ...empty } = cleared();
  await store.replace(empty);
  await browser.storage.local.remove(await quarantinedKeys());
}

/** The draft "Insert my draft" may put on Wish's page: the one for Wish's own form (channel
 *  `site`) of the running tour's order and problem, else the composer's; never another
 *  channel's (a complaint carries the shopper's name, email and address). */
export function siteDraft(data: Pick<StoreData, 'tour' | 'composer' | 'drafts'>): string {
  const tour = data.tour?.active ? data.tour : undefined;
  const order = tour ? (tour.orderNumber ?? data.composer?.orderNumber ?? '') : data.composer?.orderNumber;
  const problem = tour ? tour.problem : data.composer?.problem;
  if (order === undefined || !problem) return '';
  return data.drafts[draftKey(order, problem, 'site')]?.body ?? '';
}

/** The tour after the page says it moved on: its step, and its route when signing in showed the
 *  order's own help. What a page sends is checked: an ended tour stays ended, a step id is a
 *  short string, a route one of the two. */
export function tourMoved(tour: TourState | null, data: unknown, now: Date): TourState | null {
  if (!tour?.active || typeof data !== 'object' || data === null) return tour;
  const { stepId, route } = data as { stepId?: unknown; route?: unknown };
  if (typeof stepId !== 'string' || stepId.length > 40) return tour;
  return {
    ...tour,
    stepId,
    route: route === 'order' || route === 'account-menu' ? route : tour.route,
    updatedAt: now.toISOString(),
  };
}
