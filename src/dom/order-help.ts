// Where an order's own way to help may be besides its card: the questions the guide asks when
// it looks for the order's "Get help", and the popup asks when it picks the route. Pure DOM
// functions; what counts as Wish's site comes from src/wish.
import { CONVERSATION_SELECTOR, GENERAL_HELP_HREF } from '../wish/locators';
import { otherOrderCards, transactionIdsOf } from '../wish/order-page';
import { headsOtherThanOrder } from '../wish/meaning';
import { checkIdToken, ID_CANDIDATE } from '../wish/order-number';
import { isOrderDetail, isWishHost, orderIdFromUrl, pathEndsWithOrder, pathHasOrder } from '../wish/pages';
import { accessibleName, locate, shortText, type Region } from './locate';
import { assistantLike, holdersOfNumber, ownedPopups } from './regions';
import { isVisible } from './visible';

/**
 * The order's own way to help, as the guide and the start's choice of route both look for it:
 * nearest the order's number first (the smallest part of the page showing it that holds one
 * way to help, before the whole card, which on a detail page is the page); then the order's
 * card or page; on the order's own page, a bar pinned to the window; else, the assistant
 * already asking which order, the choice showing its number. `exclude` says what is the
 * caller's own to leave out (the top bar, the assistant).
 */
export function findOrderHelp(
  doc: Document,
  orderNumber: string | undefined,
  regions: readonly Region[],
  exclude: (el: Element) => boolean,
  assistant: readonly Region[],
): Element | null {
  const card = regions.length === 1 && regions[0]!.nodeType === 1 && orderNumber ? regions : undefined;
  const options = {
    exclude: (el: Element) => exclude(el) || notTheOrdersHelp(el, orderNumber),
    ...(card ? { orderCard: card } : {}),
  };
  const near = card && orderNumber ? holdersOfNumber(card[0] as Element, orderNumber) : [];
  let help: Element | null = null;
  for (const r of near) {
    const result = locate('get-help', [r], options);
    help = result.element;
    if (help || result.candidates.length > 1) break; // two ways at once: not certain here
  }
  if (!help && regions.length) help = locate('get-help', regions, options).element;
  // The card's own menu drawn apart from it (a row's "⋮" opened, its entries at the end of the
  // page): the order's as much as its row.
  if (!help && card) {
    const popups = ownedPopups(card[0] as Element);
    if (popups.length) help = locate('get-help', popups, { ...options, menu: true }).element;
  }
  if (!help && orderNumber && regions.length === 1)
    help = helpOnOrdersOwnPage(doc, orderNumber, regions[0]!, options.exclude);
  if (!help && orderNumber)
    help = orderChoice(assistant.length ? assistant : conversationRegions(doc), orderNumber, options.exclude);
  return help;
}

/** Never the order's own help, whatever its words: a link to Wish's general help or contact
 *  page that does not name the order (a promotion's), a control that opens a menu, a link to
 *  another site (a courier's "Contact Hermes"), a part of the page about something else. */
export function notTheOrdersHelp(el: Element, orderNumber: string | undefined): boolean {
  const href = el.localName === 'a' ? el.getAttribute('href') : null;
  if (
    href &&
    GENERAL_HELP_HREF.test(href) &&
    !(orderNumber && href.toLowerCase().includes(orderNumber.toLowerCase()))
  )
    return true;
  // (A dialog it opens is the assistant's, as a help button's is.)
  const popup = el.getAttribute('aria-haspopup');
  if ((popup && popup !== 'false' && popup !== 'dialog') || /[▾▼⌄˅⏷]\s*$/u.test(accessibleName(el)))
    return true;
  return leavesWish(el) || (!!orderNumber && inOtherPart(el, orderNumber));
}

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

/** On the order's own page (its number in the address), its "Get help" outside the card that
 *  shows its details: first in a bar pinned to the window (stuck to its bottom), on the page
 *  the number ends or on one under it (a receipt); then anywhere on a page under the order (its
 *  tracking page, where the card is a line of the parcel's contents), never in the cards of the
 *  purchase's other orders (a part about something else is left out by the caller's filters). */
function helpOnOrdersOwnPage(
  doc: Document,
  orderNumber: string,
  card: Region,
  exclude: (el: Element) => boolean,
): Element | null {
  const body = doc.body;
  const path = doc.location?.pathname ?? '';
  if (!body || card === body || !pathHasOrder(path, orderNumber)) return null;
  // The page's orders are read only when a candidate is there (a reading of the page).
  let others: Element[] | undefined;
  const inOtherCard = (el: Element) =>
    (others ??= otherOrderCards(body, orderNumber)).some((other) => other.contains(el));
  // A bar pinned to the window holds the order's actions on its own page and on a page under
  // it (a printable receipt's sticky footer): the page's other parts (a "Was this page
  // useful? No, I still have a problem") are no rival to it.
  const pinned = locate('get-help', [body], {
    exclude: (el) => exclude(el) || !inPinnedBar(el) || inOtherCard(el),
  }).element;
  if (pinned) return pinned;
  // The order's own page with its card apart: the page's content is no order's help.
  if (pathEndsWithOrder(path, orderNumber)) return null;
  return locate('get-help', [body], { exclude: (el) => exclude(el) || inOtherCard(el) }).element;
}

/** A control in a part of the order's page that is about something else, below the part that
 *  shows the order's number: a part headed as the product's Q&A, its reviews or the purchase's
 *  other items, or one linking to another order's page (another order of the purchase shown
 *  without its number). On a detail page the order's card is the whole page, so nearness
 *  alone would take their "Get help" for the order's. */
export function inOtherPart(el: Element, orderNumber: string): boolean {
  const number = orderNumber.toLowerCase();
  let ours: Set<string> | undefined;
  for (
    let part = el.parentElement, d = 0;
    part && d < 8 && !part.matches('body, main, [role="main"]');
    part = part.parentElement, d++
  ) {
    if ((part.textContent ?? '').toLowerCase().includes(number)) return false;
    const heading = headingOf(part, el);
    if (heading && headsOtherThanOrder(shortText(heading))) return true;
    // Another order's line shows its number beside its own button ("Order 69a5…d9 · Delivered
    // · Get help", a strip of recent orders, no price, no link); not a list of several orders
    // beside the control (the purchase's other items in a column of their own).
    ours ??= oursOnThisPage(el.ownerDocument, number);
    const shown = otherIdsShown(part, ours);
    if (shown.size && !listBeside(el, part, shown)) return true;
    // Another order's line shows its price beside its link ("7,10 € · Ver pedido"); a link to
    // the whole purchase among the order's own actions does not.
    if (!PRICE.test(part.textContent ?? '')) continue;
    const others = new Map<string, Element[]>();
    for (const link of part.querySelectorAll('a[href]')) {
      const id = orderPageId(link.getAttribute('href') ?? '');
      if (!id) continue;
      ours ??= oursOnThisPage(el.ownerDocument, number);
      if (!ours.has(id)) others.set(id, [...(others.get(id) ?? []), link]);
    }
    if (others.size && !listBeside(el, part, others)) return true;
  }
  return false;
}

/** The links to other orders are a list of them beside the control, not the line it is in:
 *  two orders or more, each showing its number, listed together in a part apart from the
 *  control (a detail page's column with the purchase's other items beside the order's own
 *  actions). */
function listBeside(el: Element, part: Element, others: Map<string, Element[]>): boolean {
  if (others.size < 2) return false;
  const text = (part.textContent ?? '').toLowerCase();
  if ([...others.keys()].some((id) => !text.includes(id))) return false;
  const links = [...others.values()].flat();
  let list: Element | null = links[0]!.parentElement;
  while (list && !links.every((l) => list!.contains(l))) list = list.parentElement;
  return !!list && !list.contains(el);
}

/** The order ids (by shape: an object id or a short code) that a part's texts show and that
 *  are not this order's, each with the elements showing it. */
function otherIdsShown(part: Element, ours: ReadonlySet<string>): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  const walker = part.ownerDocument.createTreeWalker(part, 4 /* SHOW_TEXT */);
  let read = 0;
  for (let n = walker.nextNode(); n && read < 5000; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    read += text.length;
    for (const [token] of text.matchAll(ID_CANDIDATE)) {
      const id = checkIdToken(token)?.value.toLowerCase();
      if (!id || ours.has(id) || !n.parentElement) continue;
      found.set(id, [...(found.get(id) ?? []), n.parentElement]);
    }
  }
  return found;
}

const PRICE = /\d[\d.,\u00a0 ]*\s?(?:€|\$|£|zł|kr)|(?:€|\$|£|R\$)\s?\d/u;

/** The heading a part opens with (its own, or its first child's), before the control. */
function headingOf(part: Element, el: Element): Element | null {
  const heading = part.querySelector(
    ':scope > :is(h1, h2, h3, h4, h5, h6, [role="heading"]), :scope > :first-child > :is(h1, h2, h3, h4, h5, h6, [role="heading"])',
  );
  return heading && !heading.contains(el) && heading.compareDocumentPosition(el) & 4 ? heading : null;
}

/** The order id of a link to an order's page, lower case, or undefined. */
function orderPageId(href: string): string | undefined {
  let url: URL;
  try {
    // A relative link is on the page's host, which is Wish's wherever the guide runs.
    url = new URL(href, 'https://www.wish.com/');
  } catch {
    return undefined;
  }
  return isOrderDetail(url) ? orderIdFromUrl(url)?.toLowerCase() : undefined;
}

/** The ids that name the order on this page: its number, the page's own (its address names
 *  it), and its purchase's transaction id. */
function oursOnThisPage(doc: Document, number: string): Set<string> {
  const ours = new Set([number]);
  const own = doc.location ? orderIdFromUrl(doc.location.href) : undefined;
  if (own) ours.add(own.toLowerCase());
  if (doc.body) for (const id of transactionIdsOf(doc.body, number)) ours.add(id.toLowerCase());
  return ours;
}
