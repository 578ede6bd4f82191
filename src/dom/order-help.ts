// Where an order's own way to help may be besides its card: the questions the guide asks when
// it looks for the order's "Get help", and the popup asks when it picks the route. Pure DOM
// functions; what counts as Wish's site comes from src/wish.
import { CONVERSATION_SELECTOR } from '../wish/locators';
import { otherOrderCards } from '../wish/order-page';
import { isWishHost, pathEndsWithOrder } from '../wish/pages';
import { locate, type Region } from './locate';
import { assistantLike } from './regions';
import { isVisible } from './visible';

/** The one control inside the assistant that shows the order's number (an answer to "Which
 *  order do you need help with?"), or null when none or several do. */
export function orderChoice(
  regions: readonly Region[],
  number: string,
  exclude: (el: Element) => boolean,
): Element | null {
  const shows = new RegExp(`(?<![0-9A-Za-z])${number.replace(/[^0-9A-Za-z]/g, '')}(?![0-9A-Za-z])`);
  const hits: Element[] = [];
  for (const r of regions)
    for (const el of r.querySelectorAll(ORDER_CHOICE)) {
      if ((el.textContent ?? '').length > 300 || !showsInOwnText(el, shows) || !isVisible(el)) continue;
      if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
      // One choice among others (the orders listed, "It's not about an order"): not a lone
      // button or link that shows the number ("Copy", "Track 6aa7…").
      if (exclude(el) || leavesWish(el) || !amongControls(el)) continue;
      // The smallest control showing it: a row's own button, not the list around it.
      if (hits.some((h) => el.contains(h))) continue;
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.contains(el)) hits.splice(i, 1);
      hits.push(el);
    }
  return hits.length === 1 ? hits[0]! : null;
}

/** One of the element's texts shows it (texts of two elements run together: "…d802In transit"). */
function showsInOwnText(el: Element, pattern: RegExp): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (pattern.test(n.nodeValue ?? '')) return true;
  return false;
}
const ORDER_CHOICE = 'button, a[href], [role="button"], [role="option"], [role="radio"], [role="link"]';

/** A link (or a control inside one) that goes to another site than Wish's. */
export function leavesWish(el: Element): boolean {
  const link = el.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  try {
    return !isWishHost(new URL(href, 'https://www.wish.com/').hostname);
  } catch {
    return false;
  }
}

/** A control with at least one more of its kind beside it (a list of choices). */
function amongControls(el: Element): boolean {
  const row = el.parentElement;
  if (!row) return false;
  return [...row.children].filter((c) => c !== el && c.matches(ORDER_CHOICE)).length >= 1;
}

/** Inside a bar pinned to the window (fixed or sticky, a few levels up): an order's actions
 *  kept on show while its page scrolls. */
function inPinnedBar(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (
    let n: Element | null = el, d = 0;
    n && d < 5 && !n.matches('body, main, [role="main"]');
    n = n.parentElement, d++
  ) {
    const position = view?.getComputedStyle(n).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/** A region that is a conversation: a frame or shadow root, or a panel holding a chat's log. */
export function isConversation(r: Region): boolean {
  if (r.nodeType !== 1) return true;
  const el = r as Element;
  return el.matches(CONVERSATION_SELECTOR) || !!el.querySelector(CONVERSATION_SELECTOR);
}

/** What on the page is a conversation (a panel with a log), where the assistant may already
 *  ask which order: the regions to look in before any click opened the assistant. */
export function conversationRegions(doc: Document): Region[] {
  return assistantLike(doc).filter(isConversation);
}

/** On the order's own page (its number ending the address), its "Get help" outside the card
 *  that shows its details: in a bar pinned to the window (stuck to its bottom), never in the
 *  page's content (a product's Q&A) nor in the cards of the purchase's other orders. */
export function helpInPinnedBar(
  doc: Document,
  orderNumber: string,
  card: Region,
  exclude: (el: Element) => boolean,
): Element | null {
  const body = doc.body;
  if (!body || card === body || !pathEndsWithOrder(doc.location?.pathname ?? '', orderNumber)) return null;
  // The page's orders are read only when a pinned bar holds a candidate (a reading of the page).
  let others: Element[] | undefined;
  const inOtherCard = (el: Element) =>
    (others ??= otherOrderCards(body, orderNumber)).some((other) => other.contains(el));
  return locate('get-help', [body], {
    exclude: (el) => exclude(el) || !inPinnedBar(el) || inOtherCard(el),
  }).element;
}
