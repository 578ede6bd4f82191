// Questions about the page that the popup and the start of the guide ask, answered with the
// guide's own regions, so they never point where the guide would not.
import { locate, type Region } from '../../dom/locate';
import { assistantLike, findTrigger, orderRegions, topBars } from '../../dom/regions';
import { findOrderHelp } from '../../dom/order-help';
import { waitFor } from '../../dom/wait';
import { pageKind } from '../../wish/pages';

/** True with an account trigger in the top bar, false with only a sign-in, null if unsure. */
export function pageSignedIn(doc: Document = document): boolean | null {
  const bars = topBars(doc);
  if (findTrigger(bars).element) return true;
  return locate('sign-in', bars).element ? false : null;
}

/** An order's own "Contact Support"/"Get Help": in that order's card, or on an order page; on
 *  the order's own page in a bar pinned to the window; or, the assistant already asking which
 *  order, the choice showing its number. As the guide finds it, so the route chosen at the
 *  start is the one the guide can walk. */
export function orderHelpButton(doc: Document = document, orderNumber?: string): Element | null {
  const bars = topBars(doc);
  const regions = orderRegions(doc, orderNumber);
  if (!doc.body) return null;
  return findOrderHelp(doc, orderNumber, regions, (el) => bars.some((b) => b.contains(el)), []);
}

/** Wish's message field for the agent: inside the assistant (or on a support page) only. */
export function messageField(doc: Document = document): Element | null {
  const regions: Region[] = assistantLike(doc);
  if (pageKind(doc.location?.href ?? '') === 'support' && doc.body) regions.push(doc.body);
  return regions.length ? locate('message', regions).element : null;
}

export function waitForOrderHelp(
  doc: Document,
  orderNumber: string | undefined,
  timeout: number,
): Promise<Element | null> {
  return waitFor(doc, () => orderHelpButton(doc, orderNumber), { timeout });
}

export function waitForMessageField(doc: Document, timeout: number): Promise<Element | null> {
  return waitFor(doc, () => messageField(doc), { timeout });
}
