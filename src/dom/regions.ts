// The regions a step's element may be in: the site's top bar, the account menu that hovering
// the trigger reveals, and the assistant that "Customer Support" or "Get Help" opens. Each is
// found by landmarks first, then by structure and geometry; what the words are and which
// selectors mean what is in src/wish/locators.ts and src/wish/words.
import {
  chatOwner,
  greetedName,
  greetsShopper,
  initialsOf,
  looksLikeInitials,
  looksLikePersonName,
  looksLikeNameWithInitial,
  labelsPlaceOrShop,
  meansAccount,
  meansCustomerSupport,
  namesOtherDesk,
  namesWishAssistant,
  saysSignedInAs,
  looksLikeMaskedLogin,
  labelsPersonsAccount,
  namesServiceCentre,
  reachesService,
  reportsIssue,
  meansOtherControl,
  showsName,
  withoutShopperName,
  bestNameScore,
  signsInAs,
  asksToSignIn,
} from '../wish/meaning';
import {
  ACCOUNT_ENTRY_WORDS,
  HELP_TRIGGER_WORDS,
  INTERACTIVE_SELECTOR,
  ASSISTANT_SELECTOR,
  AVATAR_HINT,
  CONSENT_FRAME,
  CONSENT_SELECTOR,
  CONVERSATION_SELECTOR,
  LOCATORS,
  MENU_ENTRY_WORDS,
  NOT_TRIGGER_HREF,
  TOPBAR_SELECTOR,
} from '../wish/locators';
import {
  entryName,
  accessibleName,
  closestAcross,
  isContent,
  locate,
  pick,
  pointerOrigin,
  roleOf,
  shortText,
  type Candidate,
  type LocateResult,
  type Region,
} from './locate';
import { frameHolding } from './frames';
import {
  generatedText,
  hasLayout,
  holdsAcross,
  isTransparent,
  isVisible,
  parentElementAcrossShadow,
} from './visible';
import { orderCards } from '../wish/order-page';
import { normalise } from '../wish/text';
import { pageKind, pathEndsWithOrder } from '../wish/pages';

/** What a site's own top bar holds: a link home, or a search field. */
const HOME_LINK = 'a[href="/"], a[href="https://www.wish.com/"], a[href="https://wish.com/"]';
const CART_LINK = 'a[href="/cart"], a[href="https://www.wish.com/cart"], a[href="https://wish.com/cart"]';
const SITE_BAR_CONTENT = `${HOME_LINK}, input[type="search"], [role="search"]`;
/** The page's own content, which no top bar holds. */
const PAGE_CONTENT = 'main, [role="main"], footer, [role="contentinfo"]';
/** A top band this tall at most is a bar, not the page. */
const BAR_MAX_HEIGHT = 220;

/** Wide as a bar: most of the window, or of the page's column when the page is one narrow
 *  column in the middle (a mobile layout on a desktop window). */
function wide(rect: DOMRect, view: Window, column = view.innerWidth): boolean {
  return rect.width >= Math.min(view.innerWidth, column) * 0.6;
}

/** The width of the page's widest top-level part (its column). */
function columnWidth(doc: Document, view: Window): number {
  let widest = 0;
  for (const child of doc.body?.children ?? []) {
    if (child.localName === 'script' || child.localName === 'style') continue;
    widest = Math.max(widest, child.getBoundingClientRect().width);
  }
  // Nothing measured (an empty page): the window decides.
  return widest >= 240 ? widest : view.innerWidth;
}

/** The site's top bars: landmarks (header, banner), then by geometry a bar fixed or sticky at
 *  the top, or the first band of the page. Cookie banners and dialogs are not bars. */
export function topBars(doc: Document): Element[] {
  const bars = new Set<Element>();
  for (const el of doc.querySelectorAll(TOPBAR_SELECTOR)) {
    // A header inside the page's content (a section's, an order's) is no top bar.
    if (
      el.closest('main, [role="main"], article, footer, [role="dialog"], [role="alertdialog"]') ||
      el.closest(CONSENT_SELECTOR) ||
      inPanel(el)
    )
      continue;
    if ([...bars].some((b) => b.contains(el))) continue;
    bars.add(el);
  }
  const view = doc.defaultView;
  if (view && hasLayout() && doc.body) {
    const column = columnWidth(doc, view);
    // Geometry: what sits at the top edge of the page, wide and short.
    const seen = new Set<Element>();
    // How far down a bar may start: the top edge, or just below a thin strip above it (a
    // "free shipping" ribbon over the site's bar).
    let edge = 12;
    // The same in the window, for what is pinned there (fixed or sticky): when the page opens
    // scrolled, a pinned bar is at the window's top, not the page's.
    let edgeView = 12;
    const pinned = (el: Element) => {
      const position = view.getComputedStyle(el).position;
      return position === 'fixed' || position === 'sticky';
    };
    // Below a strip, only a site's bar counts (a link home or a search), not the next band.
    let siteBarOnly = false;
    const pinnedStrips: DOMRect[] = [];
    const consentStrips: DOMRect[] = [];
    const probe = (x: number, y: number) => {
      for (const hit of doc.elementsFromPoint?.(x, y) ?? []) {
        let best: Element | null = null;
        for (
          let node: Element | null = hit;
          node && node !== doc.body && node !== doc.documentElement;
          node = node.parentElement
        ) {
          if (seen.has(node)) break;
          seen.add(node);
          const rect = node.getBoundingClientRect();
          if (rect.height > BAR_MAX_HEIGHT) break;
          if (!wide(rect, view, column)) continue;
          // On a short page the wrapper of the whole app is wide and short too: a bar never
          // holds the page's main content (asked only of short, wide candidates: it searches).
          if (node.querySelector(PAGE_CONTENT)) break;
          if (rect.top + view.scrollY <= edge) best = node;
          // Pinned at the window's top of a scrolled page: only a site's bar (a link home, a
          // search), never a sticky part of the content (an order's summary, category tabs).
          else if (
            view.scrollY > 0 &&
            rect.top >= -4 &&
            rect.top <= edgeView &&
            pinned(node) &&
            !node.closest('main, [role="main"], article')
          ) {
            if (isSiteBar(node)) best = node;
            // A thin pinned ribbon at the very top is no bar, but the bar may sit below it.
            else if (rect.height <= 48 && rect.top <= 4) pinnedStrips.push(rect);
          }
        }
        // A cookie notice across the top is a strip above the bar, however tall.
        if (best && isConsentBand(best)) {
          const rect = best.getBoundingClientRect();
          if (rect.top <= 12) consentStrips.push(rect);
        } else if (
          best &&
          (!siteBarOnly || isSiteBar(best)) &&
          !best.closest('[role="dialog"], [role="alertdialog"], [data-wsg-ui]')
        )
          if (![...bars].some((b) => b.contains(best!))) bars.add(best);
      }
    };
    for (const fx of [0.08, 0.5, 0.92]) for (const y of [8, 30]) probe(view.innerWidth * fx, y);
    // A strip is thin and is not the site's bar (no link home, no search).
    const strips = [...bars]
      .filter((b) => !isSiteBar(b))
      .map((b) => b.getBoundingClientRect())
      .concat(pinnedStrips)
      .filter((r) => r.top <= 12 && r.height <= 48 && r.bottom > 0)
      .concat(consentStrips.filter((r) => r.bottom > 0));
    if (strips.length) {
      const below = Math.max(...strips.map((r) => r.bottom));
      edge = below + view.scrollY + 12;
      edgeView = below + 12;
      siteBarOnly = true;
      seen.clear(); // the bar below was passed over above, when the edge was higher
      for (const fx of [0.08, 0.5, 0.92]) probe(view.innerWidth * fx, below + 16);
    }
    // A bar that hides while the page scrolls down (moved above the window): fixed or sticky,
    // wide and short, at or just above the top edge, in the page's first three levels, and a
    // site's bar (a link home or a search field), not a toast parked off-screen.
    let level: Element[] = [...doc.body.children];
    for (let depth = 0, seen = 0; depth < 3 && level.length && seen < 120; depth++) {
      const next: Element[] = [];
      for (const n of level) {
        if (++seen > 120) break;
        if ([...bars].some((b) => b.contains(n))) continue;
        next.push(...n.children);
        const position = view.getComputedStyle(n).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        const rect = n.getBoundingClientRect();
        if (
          rect.top > edgeView ||
          rect.bottom < -BAR_MAX_HEIGHT ||
          rect.height <= 0 ||
          rect.height > BAR_MAX_HEIGHT
        )
          continue;
        if (!wide(rect, view, column) || !isSiteBar(n) || n.querySelector(PAGE_CONTENT)) continue;
        if (n.closest(CONSENT_SELECTOR) || n.closest('[role="dialog"], [role="alertdialog"], [data-wsg-ui]'))
          continue;
        if (![...bars].some((b) => n.contains(b))) bars.add(n);
      }
      level = next;
    }
    // A static first band when the page is scrolled: the first wide, short element at the top;
    // when that is a thin strip without a link home or a search, the site's bar just below it.
    if (view.scrollY > 0) {
      const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
      let top = 12;
      for (
        let n = walker.nextNode() as Element | null, i = 0;
        n && i < 120;
        n = walker.nextNode() as Element | null, i++
      ) {
        const rect = n.getBoundingClientRect();
        if (
          rect.top + view.scrollY <= top &&
          rect.height > 0 &&
          rect.height <= BAR_MAX_HEIGHT &&
          wide(rect, view, column) &&
          !n.querySelector(PAGE_CONTENT)
        ) {
          const site = isSiteBar(n);
          if (top > 12 && !site) continue; // below the strip, only the site's bar
          if (![...bars].some((b) => b.contains(n!) || n!.contains(b))) bars.add(n);
          if (site || rect.height > 48 || top > 12) break;
          top = rect.bottom + view.scrollY + 12;
        }
      }
    }
    // No site's bar across the top: the site's rail down one side (an app-like layout), pinned,
    // nearly the window's height, holding the logo or the way home; never a column of filters.
    if (!bars.size) for (const rail of siteRails(doc, view)) bars.add(rail);
  }
  return [...bars].map(drawnBar);
}

/** A bar drawn by a custom element's shadow root (<wish-topbar>, nothing in its light DOM):
 *  the bar is the element that root draws, where its controls are found; the host shows none.
 *  A part of the root not on show (a closed drawer beside the bar) draws nothing. */
function drawnBar(bar: Element): Element {
  let el = bar;
  for (let d = 0; d < 3 && el.shadowRoot && !el.children.length; d++) {
    const drawn = [...el.shadowRoot.children].filter(
      (c) => !c.matches('style, script, link, template') && isVisible(c),
    );
    if (drawn.length !== 1) break;
    el = drawn[0]!;
  }
  return el;
}

/** A fixed or sticky column at the window's left or right edge, in the page's first levels,
 *  as tall as most of the window and narrow, that is the site's own (isSiteBar). */
function siteRails(doc: Document, view: Window): Element[] {
  const out: Element[] = [];
  let level: Element[] = doc.body ? [...doc.body.children] : [];
  for (let depth = 0, seen = 0; depth < 3 && level.length && seen < 120; depth++) {
    const next: Element[] = [];
    for (const n of level) {
      if (++seen > 120) break;
      next.push(...n.children);
      const position = view.getComputedStyle(n).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const r = n.getBoundingClientRect();
      const edge = r.left <= 12 || r.right >= view.innerWidth - 12;
      if (!edge || r.width > 360 || r.width < 48 || r.height < view.innerHeight * 0.6) continue;
      if (n.querySelector(PAGE_CONTENT) || n.closest(`${PAGE_CONTENT}, article, ${CONSENT_SELECTOR}`))
        continue;
      // Never a docked chat (the assistant) nor a column of filters: the way home, no box to type in.
      if (n.matches(ASSISTANT_SELECTOR) || n.closest('[role="dialog"], [role="alertdialog"], [data-wsg-ui]'))
        continue;
      if (n.querySelector('textarea, [contenteditable], input:not([type="search"]), [role="textbox"]'))
        continue;
      if (!n.querySelector(HOME_LINK) && !showsWishLogo(n)) continue;
      if (!out.some((o) => o.contains(n))) out.push(n);
    }
    level = next;
  }
  return out;
}

/** A header of a panel (the assistant's, a chat widget's, a drawer's) is the panel's; a
 *  wrapper of the whole page named so ("ChatProvider") is no panel. */
function inPanel(header: Element): boolean {
  // The site's own header (the way home, a search) is the bar whatever wraps it.
  if (header.querySelector(SITE_BAR_CONTENT)) return false;
  const panel = header.parentElement?.closest(`aside, [role="complementary"], ${ASSISTANT_SELECTOR}`);
  return !!panel && !panel.querySelector('main, [role="main"]');
}

/** An item of a menu or list of options; a menu bar's own items (which open menus) are not. */
const MENU_ROLES =
  '[role="menu"], [role="menubar"], [role="listbox"], [role="dialog"], [role="alertdialog"], [role="tree"]';

/** A menu itself, not what opens one: a menu's role, or a block of menu items with no words of
 *  its own. An opener may hold its dropdown (aria-haspopup, a menubar's item, a greeting or a
 *  caret beside the hidden items): it has words or a popup of its own. */
function isAMenu(el: Element): boolean {
  if (el.hasAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false') return false;
  if (el.matches(MENU_ROLES)) return true;
  const items = [...el.querySelectorAll('[role="menuitem"]')];
  if (items.length < 2) return false;
  // Its words, less its items' (and a heading's: a menu's header shows whose it is).
  let own = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || items.some((i) => i.contains(parent))) continue;
    own += (n.nodeValue ?? '').trim().length;
  }
  return own === 0;
}

function isMenuItem(el: Element): boolean {
  if (closestAcross(el, '[role="menu"], [role="listbox"]')) return true;
  return (
    el.matches('[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="option"]') &&
    !el.hasAttribute('aria-haspopup') &&
    !closestAcross(el, '[role="menubar"]')
  );
}

/** What only the site's own bar holds: a link home, a search, or Wish's name as its logo
 *  (a picture or a label saying it, or the word alone, drawn without a link). */
function isSiteBar(el: Element): boolean {
  return !!el.querySelector(SITE_BAR_CONTENT) || showsWishLogo(el);
}

/** Wish's name as a logo: a picture or a label saying it, or the word alone. */
function showsWishLogo(el: Element): boolean {
  for (const n of el.querySelectorAll('img[alt], [aria-label]'))
    if (WISH_LOGO.test((n.getAttribute('alt') ?? n.getAttribute('aria-label') ?? '').trim())) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), i = 0; node && i < 200; node = walker.nextNode(), i++)
    if (node.nodeValue?.trim().toLowerCase() === 'wish') return true;
  return false;
}
const WISH_LOGO = /^wish(\.com)?( logo)?$/i;

/** A notice about cookies across the top of the page (by its words when no class says so):
 *  a strip above the site's bar, never the bar nor the account menu. */
function isConsentBand(el: Element): boolean {
  if (el.closest(CONSENT_SELECTOR) || (el.localName === 'iframe' && isConsentFrame(el))) return true;
  return !el.querySelector(SITE_BAR_CONTENT) && speaksOfCookies(el);
}

/** A shown sentence about cookies that is no control's name: "We use cookies to…", not a
 *  menu's "Cookie preferences" entry, nor a hidden menu's text. */
function speaksOfCookies(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), i = 0; node && i < 300; node = walker.nextNode(), i++) {
    if (!/cookie/i.test(node.nodeValue ?? '')) continue;
    const holder = node.parentElement;
    if (!holder || holder.closest(COOKIE_CONTROL)) continue;
    if ((holder.textContent ?? '').trim().split(/\s+/).length >= 4 && isVisible(holder)) return true;
  }
  return false;
}
const COOKIE_CONTROL = 'a, button, [role="button"], [role="link"], [role="menuitem"], [role="option"]';

const isIcon = (el: Element) => el.localName === 'svg' || el.localName === 'i' || el.localName === 'img';
const CARET = /[▾▼⌄˅⏷]/u;
/** A label without the caret drawn after it ("Reto ▾" is "Reto"). */
const withoutCaret = (text: string): string => text.replace(/[▾▼⌄˅⏷]/gu, '').trim();

/** A dropdown's caret after the text: a caret character, an icon as the last thing inside or
 *  just after it, or an expanded state on it or its holder (a flag before a name is no caret). */
function hasCaret(el: Element, text: string): boolean {
  const parent = el.parentElement;
  const last = el.lastElementChild;
  const after = el.nextElementSibling;
  return (
    /[▾▼⌄˅⏷]\s*$/u.test(text) ||
    el.hasAttribute('aria-expanded') ||
    !!parent?.hasAttribute('aria-expanded') ||
    (!!last && isIcon(last) && !last.nextSibling?.textContent?.trim()) ||
    (!!after && (isIcon(after) || CARET.test(after.textContent?.trim() ?? '')) && !after.nextElementSibling)
  );
}

/** A word beside the picture in its own small holder (up to two levels, short of the bar):
 *  a language picker's "IT" beside its flag. */
function namedByHolder(picture: Element, bars: readonly Element[]): boolean {
  let holder = parentElementAcrossShadow(picture);
  for (let d = 0; holder && d < 2 && !bars.includes(holder); d++, holder = parentElementAcrossShadow(holder))
    if (shortText(holder, 10)) return true;
  return false;
}

/** A flag, a language or a currency picker's picture: never the shopper's. */
const NOT_AVATAR_PICTURE = /flag|lang|locale|country|currenc|region/i;

/** A small round picture: an image, or an element painted with a background image, about
 *  square, 16-72 px wide, its corners rounded to a circle. */
function isRoundPicture(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || el.localName === 'svg' || el.closest('svg')) return false;
  const style = view.getComputedStyle(el);
  const painted = el.localName === 'img' || /url\(|image-set\(/.test(style.backgroundImage);
  if (!painted) return false;
  let width = parseFloat(style.width);
  let height = parseFloat(style.height);
  if (hasLayout()) ({ width, height } = el.getBoundingClientRect());
  if (!(width >= 16 && width <= 72 && Math.abs(width - height) <= 4)) return false;
  const px = (radius: string) =>
    radius.endsWith('%') ? (parseFloat(radius) / 100) * width : parseFloat(radius) || 0;
  // jsdom keeps only the shorthand; browsers fill both.
  const r = Math.max(px(style.borderTopLeftRadius), px(style.borderRadius.split(' ')[0] ?? ''));
  return r >= width * 0.4;
}

/** A class token naming the account: "NavBar__Account", "profile-menu", "user-menu", "avatar"
 *  ("user" alone is too common: user-select, header-user-actions). */
const ACCOUNT_CLASS = /account|profile|avatar|user[-_]?(?:menu|name|info|nav|dropdown|button)/i;

/** An ancestor close by, inside the bar, whose class names the account. */
/** The page says a text is a place (a delivery address, a shop): its own title or label, or
 *  a holder's up to two levels ("Endereço de entrega" on the chip holding "Rua S."), or the
 *  label right before it ("Entregar para" over a recipient's name). */
function labelledPlace(el: Element, bar: Element): boolean {
  for (let n: Element | null = el, d = 0; n && d < 3 && bar.contains(n); n = n.parentElement, d++) {
    const label = n.getAttribute('aria-label') ?? n.getAttribute('title');
    if (label && labelsPlaceOrShop(label)) return true;
    const before = n.previousElementSibling;
    if (before && labelsPlaceOrShop(shortText(before, 40))) return true;
  }
  return false;
}

/** The text stands alone in its block of the bar, two levels up: not a name in a sentence ("Maria
 *  S. just bought …", a ticker's buyer) nor beside other words (a delivery chip's "Maria S. ·
 *  1000-001 Lisboa"), which are someone's, not the account. */
function aloneInItsBlock(el: Element, text: string, bar: Element): boolean {
  for (let n = el.parentElement, d = 0; n && d < 2 && n !== bar && bar.contains(n); n = n.parentElement, d++)
    if (shortText(n, 60) !== text) return false;
  return true;
}

/** Inside a holder the page calls a language, country, currency or region picker. */
function inPickerHolder(el: Element, bar: Element): boolean {
  for (let n = el.parentElement, d = 0; n && d < 3 && bar.contains(n); n = n.parentElement, d++)
    if (NOT_AVATAR_PICTURE.test(n.getAttribute('class') ?? '')) return true;
  return false;
}

function inAccountHolder(el: Element, bar: Element): boolean {
  for (let n = el.parentElement, d = 0; n && d < 3 && bar.contains(n); n = n.parentElement, d++)
    if (ACCOUNT_CLASS.test(n.getAttribute('class') ?? '')) return true;
  return false;
}

function isAccountEntry(el: Element): boolean {
  return bestNameScore(accessibleName(el), ACCOUNT_ENTRY_WORDS) > 0;
}

/** The account menu holds at least one entry only it has (order history, Wish Cash, settings,
 *  log out): a help menu or a promotion with a "Customer Support" link is not it. */
function holdsAccountEntry(entries: readonly Element[]): boolean {
  return entries.some(isAccountEntry);
}

/** A menu's own title, once the menu shows ("Tu cuenta" heading its column of entries, also
 *  in a signed-out flyout that opened as the shopper went to sign in): what a hover opened,
 *  never the trigger. A heading with a menu's entry on show beside it. */
function titlesAMenu(el: Element): boolean {
  const heading = el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]');
  // A heading the page made a control (focusable, opening a popup) is the trigger itself.
  if (!heading || heading.matches('[tabindex], [aria-haspopup], [aria-expanded]')) return false;
  for (let holder = heading.parentElement, d = 0; holder && d < 2; holder = holder.parentElement, d++)
    for (const a of holder.querySelectorAll('a[href], button, [role="menuitem"], [role="link"]'))
      if (!heading.contains(a) && isVisible(a) && isMenuEntryName(entryName(a))) return true;
  return false;
}

function isMenuEntryName(name: string): boolean {
  return (
    bestNameScore(name, MENU_ENTRY_WORDS) > 0 ||
    meansCustomerSupport(name) ||
    reachesService(name) ||
    reportsIssue(name) ||
    namesWishAssistant(name)
  );
}

/** A bar of tabs pinned to the window's bottom edge (a mobile layout: "Home / Search / Cart /
 *  Account"): wide as the page's column, short, a site's bar (a link home or a search), a few
 *  controls. Only asked when the top holds no account: a bar of an order's actions stuck to the
 *  bottom has no link home. */
export function bottomTabBar(doc: Document): Element | null {
  const view = doc.defaultView;
  if (!view || !hasLayout() || !doc.body) return null;
  const column = columnWidth(doc, view);
  const seen = new Set<Element>();
  // At the window's foot, or floating a little above it (a dock of the app's icons).
  for (const [fx, dy] of [
    [0.5, 8],
    [0.25, 8],
    [0.75, 8],
    [0.5, 30],
  ] as const) {
    for (const hit of doc.elementsFromPoint?.(view.innerWidth * fx, view.innerHeight - dy) ?? []) {
      for (let node: Element | null = hit; node && node !== doc.body; node = node.parentElement) {
        if (seen.has(node)) break;
        seen.add(node);
        const rect = node.getBoundingClientRect();
        if (rect.height > 120) break;
        const position = view.getComputedStyle(node).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        // Wide as the page's column, or as a phone's screen (a column centred in a wrapper
        // as wide as the window).
        const broad = wide(rect, view, column) || rect.width >= Math.min(view.innerWidth * 0.6, 300);
        if (rect.bottom < view.innerHeight - 24 || !broad) continue;
        if (!isSiteBar(node) || node.querySelector(PAGE_CONTENT) || isConsentBand(node)) continue;
        if (node.closest(`${CONSENT_SELECTOR}, [role="dialog"], [role="alertdialog"], [data-wsg-ui]`))
          continue;
        // The tabs on show: the account tab's menu may sit inside the bar, kept in the page
        // while closed (hidden, faded out), and its entries are no tabs.
        const controls = [
          ...node.querySelectorAll('a[href], button, [role="button"], [role="tab"], [role="link"]'),
        ].filter((c) => isVisible(c) && !isTransparent(c)).length;
        if (controls >= 2 && controls <= 8) return node;
      }
    }
  }
  return null;
}

/** The site's column down the window's left or right edge beside its top bar, in an app-like
 *  layout whose bar holds only the logo and the search (the account block heads a sidebar).
 *  Asked only when the bars hold no account. A column of the app's frame, not of the page: it
 *  starts at the top or right below the bar and reaches the window's bottom, narrow, pinned or
 *  a sibling of the bar (the app's own grid), the site's own (a link home or the logo), never
 *  in nor around the page's content, a dialog or a chat, and with no box to type in (a
 *  column of filters, a help centre's index or an article's aside lie in the page's content). */
export function sideColumn(doc: Document, bars: readonly Element[]): Element | null {
  const view = doc.defaultView;
  if (!view || !hasLayout() || !doc.body || !bars.length) return null;
  const below = Math.max(...bars.map((b) => b.getBoundingClientRect().bottom));
  if (below < 0 || below > BAR_MAX_HEIGHT) return null;
  const narrow = Math.min(360, view.innerWidth * 0.4);
  // The app's edges: the window's, or those of a narrower frame holding the bar (a tablet
  // layout drawn in the middle of a desktop window, its rail down the frame's left edge).
  const frames: Array<[number, number]> = [[0, view.innerWidth]];
  for (const bar of bars) {
    const frame = appFrame(bar, view.innerWidth);
    if (frame) frames.push([frame.left, frame.right]);
  }
  for (const [left, right] of frames)
    for (const x of [left + 8, right - 8]) {
      let best: Element | null = null;
      const hit = doc.elementsFromPoint?.(x, below + 40)?.[0];
      for (let node: Element | null = hit ?? null; node && node !== doc.body; node = node.parentElement) {
        if (bars.some((b) => b.contains(node!) || node!.contains(b))) break;
        const r = node.getBoundingClientRect();
        if (r.width > narrow) break;
        const edge = r.left <= left + 12 || r.right >= right - 12;
        if (edge && r.width >= 48 && r.top <= below + 12 && r.top >= -4 && r.bottom >= view.innerHeight - 12)
          best = node;
      }
      if (!best) continue;
      const position = view.getComputedStyle(best).position;
      const pinned = position === 'fixed' || position === 'sticky';
      const besideBar = bars.some((b) => b.parentElement === best!.parentElement);
      if (!pinned && !besideBar) continue;
      if (best.querySelector(PAGE_CONTENT) || best.closest(`${PAGE_CONTENT}, article, ${CONSENT_SELECTOR}`))
        continue;
      if (best.closest(`${ASSISTANT_SELECTOR}, [data-wsg-ui]`) || best.querySelector(ASSISTANT_SELECTOR))
        continue;
      if (best.querySelector('textarea, [contenteditable], input:not([type="search"]), [role="textbox"]'))
        continue;
      // The site's own: its logo or a link home; or, fixed to the window's edge, the basket (a
      // rail of the app's quick links: search, saved items, the cart). A column sticking
      // within the page may be the page's own list of links, the cart among them.
      const quickLinks = position === 'fixed' && !!best.querySelector(CART_LINK);
      if (!best.querySelector(HOME_LINK) && !showsWishLogo(best) && !quickLinks) continue;
      return best;
    }
  return null;
}

/** The outermost part holding the bar that is narrower than the window, as wide as an app
 *  (a tablet or phone layout centred in a wide window), or null: a page as wide as its window. */
function appFrame(bar: Element, windowWidth: number): DOMRect | null {
  let frame: DOMRect | null = null;
  for (let node = bar.parentElement; node && !node.matches('body, html'); node = node.parentElement) {
    const r = node.getBoundingClientRect();
    if (r.width >= 320 && r.width < windowWidth - 24) frame = r;
  }
  return frame;
}

/** An account block that greets or shows its owner (a picture, initials, their name, "Hi,
 *  Jonas"): signed in. */
export function greetsItsOwner(el: Element, nameHint?: string): boolean {
  if (showsItsOwner(el, nameHint)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(), i = 0; n && i < 20; n = walker.nextNode(), i++) {
    const greeted = greetedName(n.nodeValue ?? '');
    if (greeted && (!nameHint || greetsShopper(greeted, nameHint))) return true;
  }
  return false;
}

/** A tab that shows its owner (a picture, initials, their name): signed in. The account tab of
 *  a bar at the bottom says "Account" signed out too. */
export function showsItsOwner(el: Element, nameHint?: string): boolean {
  // A photo, not an icon: a round picture, or one whose class, name or source says avatar.
  for (const img of el.querySelectorAll('img'))
    if (
      isRoundPicture(img) ||
      AVATAR_HINT.test(`${img.className} ${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''}`)
    )
      return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(), i = 0; n && i < 20; n = walker.nextNode(), i++) {
    const text = (n.nodeValue ?? '').trim();
    if (looksLikeInitials(text) || (!!nameHint && showsName(text, nameHint))) return true;
  }
  return false;
}

/** A sign-in form open over the page (a dialog asking for a password, as Wish shows to a
 *  shopper signed out) and its button that signs in (null while none can: the form busy
 *  signing in). Null when no such form is on show. */
export function signInDialog(doc: Document): { button: Element | null } | null {
  let open = false;
  for (const dialog of doc.querySelectorAll('[role="dialog"], dialog, [aria-modal="true"]')) {
    if (!isVisible(dialog) || dialog.closest('[data-wsg-ui]')) continue;
    const password = [...dialog.querySelectorAll('input[type="password"]')].some(isVisible);
    if (!password) {
      // A modal over the page that asks the shopper to sign in ("Welcome back, Oliver! Sign
      // in"): the bar's own button lies under its backdrop.
      // (Not one faded out and left in the page: it covers nothing.)
      if (!isModal(dialog) || isTransparent(dialog)) continue;
      // One asking for something else to type (a postal code, a coupon: "[_____] Ingresar")
      // is that thing's form, whatever its button says.
      if ([...dialog.querySelectorAll(OTHER_FIELD)].some(isVisible)) continue;
      const button = locate('sign-in', [dialog], { exclude: isCurrentTab }).element;
      if (button) return { button };
      // Its button busy signing in ("Signing you in…"): nothing to press meanwhile. A modal
      // that only mentions signing in (a cookie notice) has no busy button.
      if (busy(dialog) && asksToSignIn(dialog.textContent ?? '')) open = true;
      continue;
    }
    open = true;
    // Not the form's own tab already showing it ("Registrarse | [Iniciar sesión]"): pressed, it
    // does nothing (while the form signs in, its button busy, it is all that is left).
    const button = locate('sign-in', [dialog], { exclude: isCurrentTab }).element;
    if (button) return { button };
  }
  return open ? { button: null } : null;
}
/** A field for anything but who signs in (an e-mail, a phone number). */
const OTHER_FIELD =
  'textarea, input:not([type]), input[type="text"], input[type="number"], input[type="search"], input[type="url"]';
function busy(dialog: Element): boolean {
  return (
    dialog.getAttribute('aria-busy') === 'true' ||
    [...dialog.querySelectorAll('button, [role="button"]')].some(
      (b) => isVisible(b) && (b.hasAttribute('disabled') || b.getAttribute('aria-busy') === 'true'),
    )
  );
}
function isModal(dialog: Element): boolean {
  if (dialog.getAttribute('aria-modal') === 'true') return true;
  try {
    return dialog.matches(':modal');
  } catch {
    return false; // an engine without :modal (jsdom)
  }
}
function isCurrentTab(el: Element): boolean {
  return el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') === 'true';
}

/** The account menu's support entry named as a centre of the service ("Centro de soporte",
 *  "Support Center"), when the menu names its articles apart ("Preguntas frecuentes" beside
 *  it): then the centre is not the FAQ but the way to the people. Only one such entry, shown. */
export function serviceCentreEntry(menu: Element): Element | null {
  let faq = false;
  const found: Element[] = [];
  for (const el of menu.querySelectorAll(INTERACTIVE_SELECTOR)) {
    if (found.some((f) => f.contains(el))) continue;
    // Its title, not the line under it ("Hilfe-Center" over "Antworten auf häufige Fragen").
    const name = entryName(el);
    if (name.length > 60) continue;
    if (bestNameScore(name, ['faq']) > 0) faq = true;
    // ... but a line saying it is another desk ("Für Händler auf Wish") rules it out.
    else if (
      namesServiceCentre(name) &&
      !namesOtherDesk(accessibleName(el).slice(name.length)) &&
      isVisible(el) &&
      !isContent(el)
    )
      found.push(el);
  }
  return faq && found.length === 1 ? found[0]! : null;
}

/** Elements of a region whose whole name is one of the account menu's known entries. */
export function menuEntries(root: Region, includeHidden = false): Element[] {
  const out: Element[] = [];
  // Entries may be plain divs React gave a click handler: any small element counts.
  for (const el of root.querySelectorAll('a, button, [role], li, [tabindex], div, span')) {
    if (out.some((o) => o.contains(el)) || el.querySelectorAll('*').length > 4) continue;
    const name = entryName(el);
    if (name.length > 60 || !isMenuEntryName(name)) continue;
    if (!includeHidden && !isVisible(el)) continue;
    out.push(el);
  }
  return out;
}

function clickable(el: Element): Element {
  return roleHolder(el) ?? pointerBlock(el) ?? el;
}

/** The element itself or an ancestor up to two levels that has a role or opens a popup. */
function roleHolder(el: Element): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = parentElementAcrossShadow(node)) {
    if (roleOf(node) || node.hasAttribute('aria-haspopup')) return node;
  }
  return null;
}

/** The small block the page drew the hand pointer on, holding `el` (initials, a name and "My
 *  account" in one div): one control, unless it holds more than one (links, another control's
 *  words such as the cart, its own menu), or is more than three levels up. */
function pointerBlock(el: Element): Element | null {
  const pointer = pointerOrigin(el);
  if (!pointer || pointer === el || !pointer.contains(el) || depthBetween(pointer, el) > 3) return null;
  const text = shortText(pointer, 41);
  if (
    text.length > 40 ||
    meansOtherControl(text) ||
    [...pointer.querySelectorAll('*')].some(
      (d) => !d.children.length && meansOtherControl(shortText(d, 40)),
    ) ||
    pointer.querySelector('a[href], button, input, [role="button"]') ||
    pointer.querySelector(SITE_BAR_CONTENT) ||
    !menuEntries(pointer, true).every((e) => e === el || e.contains(el) || el.contains(e))
  )
    return null;
  return pointer;
}

/** The element of a hidden menu's holder that opens it ("structure near an anchor"). */
function ownerOfHiddenMenu(entry: Element): Element | null {
  let menu: Element = entry;
  for (let p = parentElementAcrossShadow(entry); p && !isVisible(p); p = parentElementAcrossShadow(p))
    menu = p;
  const holder = parentElementAcrossShadow(menu);
  if (!holder || holder.matches('html, body, main')) return null;
  // The visible sibling just before the menu (else just after): the control it drops from.
  let owner: Element | null = null;
  for (let n = menu.previousElementSibling; n && !owner; n = n.previousElementSibling)
    if (isVisible(n)) owner = n;
  for (let n = menu.nextElementSibling; n && !owner; n = n.nextElementSibling) if (isVisible(n)) owner = n;
  if (!owner) return null;
  // A whole row of the bar (its link home, its search, several controls) owns nothing: a
  // mega-menu below the bar's row is opened by one control in it, not by the row's first link.
  const controls = owner.querySelectorAll('button, a[href], [role="button"], input');
  if (owner.matches(SITE_BAR_CONTENT) || owner.querySelector(SITE_BAR_CONTENT) || controls.length > 3)
    return null;
  return clickable(owner.querySelector('button, a, [role="button"], [aria-haspopup]') ?? owner);
}

export interface TriggerOptions {
  /** The shopper's name (the options page, or learnt from Wish's greeting). */
  nameHint?: string;
  /** An element the shopper taught the guide (a correction), tried first. */
  learned?: Element | null;
}

/** The account trigger in the top bars: stable attributes, an account or profile label, a
 *  greeting or the shopper's name, an avatar or initials, a popup, the owner of a hidden
 *  menu of Wish's known entries. Nothing when it cannot tell. */
export function findTrigger(bars: readonly Element[], options: TriggerOptions = {}): LocateResult {
  if (options.learned?.isConnected && isVisible(options.learned))
    return { element: options.learned, why: 'taught by the shopper', candidates: [] };
  const tally = new Map<Element, Candidate>();
  // A pointer block's parts say one thing once: its best part counts ("DE" and "EN" of a
  // language switch are not twice the initials), with all that part says (a picture labelled
  // a profile photo, with the shopper's name, drawn as an avatar).
  const partBest = new Map<Element, number>();
  const partSum = new Map<Element, number>();
  const add = (raw: Element, points: number, reason: string) => {
    // clickable(), with the pointer block looked for once (it reads the block's whole subtree).
    const block = pointerBlock(raw);
    const el = roleHolder(raw) ?? block ?? raw;
    const c = tally.get(el) ?? { element: el, score: 0, reasons: [] };
    tally.set(el, c);
    if (el !== raw && el === block) {
      const best = partBest.get(el) ?? 0;
      const part = (partSum.get(raw) ?? 0) + points;
      partSum.set(raw, part);
      if (part <= best) return;
      partBest.set(el, part);
      points = part - best;
    }
    c.score += points;
    c.reasons.push(`+${points} ${reason}`);
  };
  const spec = LOCATORS['account-menu'];
  for (const bar of bars) {
    for (const selector of spec.attributes ?? [])
      for (const el of bar.querySelectorAll(selector)) add(el, 5, `stable attribute ${selector}`);
    for (const hint of spec.classHints ?? []) {
      // Once per control: a menu entry whose parts share the prefix is not more of a trigger.
      const hinted = new Set([...bar.querySelectorAll(`[class*="${hint}"]`)].map(clickable));
      for (const el of hinted) add(el, 1, `class prefix ${hint}`);
    }
    let count = 0;
    const pictures: Element[] = [];
    for (const el of bar.querySelectorAll('*')) {
      if (++count > 600) break;
      const label =
        el.getAttribute('aria-label') ??
        el.getAttribute('title') ??
        (el.localName === 'img' ? el.getAttribute('alt') : null);
      const account = label ? (labelsPersonsAccount(label) ? 1 : meansAccount(label)) : 0;
      if (account) add(el, 4 * account, `labelled "${label!.slice(0, 40)}"`);
      if (label && options.nameHint && showsName(label, options.nameHint))
        add(el, 3, "labelled with the shopper's name");
      if (
        el.localName === 'img' &&
        (AVATAR_HINT.test(el.getAttribute('class') ?? '') || AVATAR_HINT.test(el.getAttribute('alt') ?? ''))
      )
        add(el, 3, 'an avatar');
      if (el.children.length === 0 && isRoundPicture(el)) pictures.push(el);
      if (el.children.length <= 2) {
        const text = shortText(el, 40);
        // Only the smallest element holding the text: a holder around it may also hold the
        // menu the hover builds, and a trigger holding its menu could never reveal it.
        if (text && text.length <= 40 && ![...el.children].some((c) => shortText(c, 40) === text)) {
          // An avatar's initials and the word beside it run together ("L" + "Compte" is
          // "LCompte"): the element's own words say it.
          const own = [...el.childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => n.nodeValue ?? '')
            .join(' ')
            .trim();
          const avatarBeside = [...el.children].some(
            (c) => c.localName === 'img' || c.localName === 'svg' || looksLikeInitials(shortText(c, 4)),
          );
          if (own && own !== text && avatarBeside && meansAccount(own) === 1) add(el, 4, `says "${own}"`);
          else if (greetedName(text)) {
            // A greeting to someone else than the shopper ("Hiya Kids", a brand) says little.
            const other = !!options.nameHint && !greetsShopper(greetedName(text)!, options.nameHint);
            add(el, other ? 2 : 4, `a greeting "${text}"`);
          }
          // Said by a control (or a block drawn to open, with its caret); a strip's plain line
          // says who is signed in, not where their menu is.
          else if (saysSignedInAs(text))
            add(el, roleHolder(el) || pointerBlock(el) || hasCaret(el, text) ? 4 : 2, `says "${text}"`);
          // The shopper's sign-in shown masked ("021 ••• 4417 ▾"): who is signed in, as a name
          // is; sure when drawn to open (a caret) or a control.
          else if (
            looksLikeMaskedLogin(text) &&
            looksLikeMaskedLogin(shortText(roleHolder(el) ?? pointerBlock(el) ?? el, 41))
          )
            add(
              el,
              roleHolder(el) || pointerBlock(el) || hasCaret(el, text) ? 4 : 2,
              `a masked sign-in "${text}"`,
            );
          // Its words are the account's name, shown or only read out ("Mein Konto" hidden beside
          // initials); not a sentence about it ("Verify your account").
          else if (meansAccount(text) === 1) add(el, 4, `says "${text}"`);
          else if (options.nameHint && showsName(text, options.nameHint)) {
            // The name and other words says something else about the shopper ("Envíos a
            // Andrés", a delivery picker); the name alone, or with the account's words, is theirs.
            // A name cut short ("Dani…") is still the name alone.
            const parts = normalise(options.nameHint).split(' ');
            const rest = withoutShopperName(withoutCaret(text), options.nameHint)
              .split(' ')
              .filter((w) => !(w.length >= 2 && parts.some((p) => p !== w && p.startsWith(w))))
              .join(' ');
            const alone = !/\p{L}{2}/u.test(rest) || meansAccount(rest) > 0;
            add(el, alone ? 4 : 2, alone ? "shows the shopper's name" : `the shopper's name in "${text}"`);
          } else if (looksLikeInitials(text) && el.children.length === 0) {
            // The shopper's own initials, when their name is known, are as good as the name.
            const theirs = !!options.nameHint && initialsOf(text, options.nameHint);
            add(el, theirs ? 4 : 3, theirs ? "the shopper's initials" : 'initials');
          } else if (inAccountHolder(el, bar)) {
            // A name-shaped text could be a language or country picker: it counts only inside
            // a holder the page calls account (which adds its own point), with its caret.
            const bare = withoutCaret(text);
            const caret = hasCaret(el, text);
            // A name with its family name's initial ("João S.") is surely a person's, as sure as
            // a name with a caret.
            if (looksLikePersonName(bare))
              add(
                el,
                caret || (looksLikeNameWithInitial(bare) && !labelledPlace(el, bar)) ? 3 : 2,
                `looks like a name "${bare}"`,
              );
            else if (caret && looksLikePersonName(bare, true))
              add(el, 3, `a first name with a caret "${bare}"`);
            // A first name cut short ("Luca…"): a name too long for its chip, as sure as a caret.
            else if (/…$/u.test(bare) && looksLikePersonName(bare, true))
              add(el, 3, `a first name cut short "${bare}"`);
          } else if (
            looksLikeNameWithInitial(withoutCaret(text)) &&
            aloneInItsBlock(el, text, bar) &&
            !labelledPlace(el, bar) &&
            !inPickerHolder(el, bar)
          ) {
            // A given name and an initial ("Chloé B.") is a signed-in person's, never a language,
            // a country or a currency: the account, wherever the bar holds it.
            add(el, 4, `a name with an initial "${withoutCaret(text)}"`);
          }
        }
      }
      // A control with no words of its own may have them drawn by CSS ("Reto ▾" painted from
      // a data attribute): the account's own words, or the shopper's name and nothing more
      // ("Consegna a Marco ▾" is a delivery picker; a greeting drawn may be a welcome offer's).
      if (el.matches('button, a[href], [role="button"], [aria-haspopup]') && !shortText(el, 4)) {
        const drawn = generatedText(el);
        const bare = withoutCaret(drawn);
        if (bare && bare.length <= 40) {
          if (meansAccount(bare) === 1) add(el, 4, `draws "${drawn}"`);
          else if (
            options.nameHint &&
            showsName(bare, options.nameHint) &&
            !/\p{L}{2}/u.test(withoutShopperName(bare, options.nameHint))
          )
            add(el, 4, `draws the shopper's name "${drawn}"`);
        }
      }
      if (el.hasAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false') {
        add(el, 2, 'opens a popup');
        // An icon with no words that opens a popup: an account icon, unless its holder or
        // label says otherwise (other controls are left out below).
        if (!accessibleName(el) && el.querySelector('svg, img')) add(el, 1, 'an icon without words');
      }
      const controls = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
      if (controls) {
        const target = (el.getRootNode() as Document).getElementById?.(controls.split(/\s+/)[0]!);
        if (target && holdsAccountEntry(menuEntries(target, true))) add(el, 4, 'controls the account menu');
      }
    }
    // A round picture with no words at all (a photo drawn as a background): an avatar; the
    // only one in the bar, surely (a round flag of a language picker would make two).
    // Nothing beside it that names it either (a flag's "IT", a currency's "EUR"), and nothing in
    // its class or image saying it is a flag or a language.
    const unnamed = pictures.filter(
      (p) =>
        !accessibleName(clickable(p)) &&
        !accessibleName(p) &&
        !namedByHolder(p, bars) &&
        !NOT_AVATAR_PICTURE.test(
          `${p.getAttribute('class') ?? ''} ${p.getAttribute('src') ?? ''} ${p.getAttribute('style') ?? ''}`,
        ),
    );
    for (const p of unnamed) add(p, unnamed.length === 1 ? 4 : 3, 'a round picture without words');
    const hidden = menuEntries(bar, true).filter((e) => !isVisible(e));
    // Once per owner: 3 points, 4 when its menu holds two of the account's entries or more.
    const owners = new Map<Element, number>();
    for (const entry of hidden) {
      if (!isAccountEntry(entry)) continue;
      const owner = ownerOfHiddenMenu(entry);
      if (owner && bar.contains(owner)) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    }
    for (const [owner, entries] of owners)
      add(owner, entries >= 2 ? 4 : 3, `opens a hidden menu of ${entries} account entries`);
  }
  // A holder the page calls account, profile or user counts once for what is inside it.
  for (const c of tally.values()) {
    const bar = bars.find((b) => b.contains(c.element));
    if (bar && inAccountHolder(c.element, bar)) {
      c.score += 1;
      c.reasons.push('+1 inside an account holder');
    }
  }
  const list = [...tally.values()].filter((c) => mayBeTrigger(c.element, options));
  // Equal scores, one inside the other: the inner one (a holder may get the menu the hover
  // builds, and a trigger holding its menu could never be seen to reveal it).
  const inner = list.filter(
    (c) => !list.some((o) => o !== c && o.score === c.score && c.element.contains(o.element)),
  );
  inner.sort((a, b) => b.score - a.score);
  const distinct = inner.filter(
    (c, i) => !inner.slice(0, i).some((b) => b.element.contains(c.element) || c.element.contains(b.element)),
  );
  return pick(partsOfOneBlock(withoutSplitLink(distinct), bars, options), 4);
}

/** Whether a scored element of the bar may stand as the account trigger: shown, no sign-in,
 *  no other control, no entry or title of a menu, no menu, no help trigger, no field. */
function mayBeTrigger(el: Element, options: TriggerOptions): boolean {
  const name = accessibleName(el);
  if (!isVisible(el) || isContent(el, false)) return false;
  if (bestNameScore(name, ['signIn', 'register']) > 0 || signsInAs(name)) return false;
  // A block that offers signing in ("Welcome back: OB · Continue as Olivia · Not you?") is the
  // signed-out page's one-tap sign-in, whatever initials or name it shows.
  for (const c of el.querySelectorAll('button, a[href], [role="button"]'))
    if (signsInAs(accessibleName(c)) && isVisible(c)) return false;
  // The shopper's own name is never another control, whatever word it starts like ("Carter"):
  // the words beside it decide ("Notifications for Maria" is the bell).
  if (meansOtherControl(options.nameHint ? withoutShopperName(name, options.nameHint) : name)) return false;
  // An entry of the menu ("Wish Cash", "Order History", or any item of a menu a hover
  // built: "Recently Viewed" reads like a name) is what the trigger opens.
  if (isMenuEntryName(name)) return false;
  if (titlesAMenu(el)) return false;
  // A menu is what a trigger opens, never the trigger, however it is labelled ("Account" on
  // the menu a hover built, which also shows the shopper's name in its header).
  if (isAMenu(el)) return false;
  // An item of a menu is no trigger unless it says it is the account ("Account" in a nav row
  // written as a menu); "Recently Viewed" only reads like a name.
  if (isMenuItem(el) && !meansAccount(name) && !(options.nameHint && showsName(name, options.nameHint)))
    return false;
  // "Help ▾" opens a help menu, however many support entries it holds.
  if (bestNameScore(name.replace(/[▾▼⌄˅⏷›»]/gu, ''), HELP_TRIGGER_WORDS) > 0) return false;
  const href = el.getAttribute('href');
  if (href && NOT_TRIGGER_HREF.test(href)) return false;
  if (el.matches('input, textarea, select, [role="searchbox"], [role="combobox"]')) return false;
  return true;
}

/** Parts of one plain block tied for the trigger (the shopper's initials, "Hola, Andrés" and
 *  "Mi cuenta ▾" beside them, none a control of its own): the block holding them is the one
 *  trigger, as a label split into parts is read whole. Two or three parts, each at most three
 *  levels down, of a small block of the bar (not the bar) holding nothing to act on, no other
 *  control's words, no menu's entries and no site's parts (the search, the home link); a part
 *  scoring alike outside the block leaves it unsure. */
function partsOfOneBlock(list: Candidate[], bars: readonly Element[], options: TriggerOptions): Candidate[] {
  const [a] = list;
  const tied = a ? list.filter((c) => Math.abs(c.score - a.score) < 0.01) : [];
  if (tied.length < 2 || tied.length > 3) return list;
  let block: Element | null = tied[0]!.element;
  for (const c of tied.slice(1)) block = block && lowestCommonAncestor(block, c.element);
  if (
    !block ||
    !bars.some((bar) => bar !== block && bar.contains(block)) ||
    tied.some((c) => depthBetween(block!, c.element) > 3) ||
    block.querySelectorAll('*').length > 12 ||
    block.matches(INTERACTIVE_SELECTOR) ||
    block.querySelector(INTERACTIVE_SELECTOR) ||
    block.querySelector(SITE_BAR_CONTENT)
  )
    return list;
  const text = shortText(block, 61);
  if (
    text.length > 60 ||
    meansOtherControl(options.nameHint ? withoutShopperName(text, options.nameHint) : text) ||
    [...block.querySelectorAll('*')].some((d) => !d.children.length && meansOtherControl(shortText(d, 40))) ||
    menuEntries(block, true).length ||
    !mayBeTrigger(block, options)
  )
    return list;
  const merged = {
    element: block,
    score: a!.score,
    reasons: [...tied.flatMap((c) => c.reasons), `one block holding ${tied.length} parts`],
  };
  return [merged, ...list.filter((c) => !tied.includes(c))];
}

/** A split control, a link and a button beside it the only controls of their holder, scoring
 *  alike (the shopper's name, a caret labelled as the account): one trigger, not two. The
 *  button stays (a click on it opens in place; the link would leave the page). */
function withoutSplitLink(list: Candidate[]): Candidate[] {
  const [a, b] = list;
  if (!a || !b || Math.abs(a.score - b.score) >= 0.01) return list;
  const holder = a.element.parentElement;
  if (!holder || b.element.parentElement !== holder) return list;
  const controls = [...holder.querySelectorAll(INTERACTIVE_SELECTOR)];
  if (controls.some((c) => !a.element.contains(c) && !b.element.contains(c))) return list;
  const links = [a, b].filter((c) => c.element.hasAttribute('href'));
  return links.length === 1 ? list.filter((c) => c !== links[0]) : list;
}

/** The element that stands for a region in the top page: itself, a shadow root's host, a
 *  frame's element, climbing out of frames (null for the top page itself). */
function standIn(r: Region): Element | null {
  let el: Element | null =
    r.nodeType === 1
      ? (r as Element)
      : r.nodeType === 11
        ? ((r as ShadowRoot).host ?? null)
        : frameHolding(r as Document);
  for (let d = 0; el && d < 4; d++) {
    const frame = frameHolding(el.ownerDocument);
    if (!frame) break;
    el = frame;
  }
  return el;
}

/** Whether region `r` belongs to the same widget as `home`: one inside the other, or both under
 *  one holder that is not the page itself (a chat's panel holding its log and, added later, its
 *  composer), not two things each appended to the body (the chat, a survey popping up). */
export function sameWidget(r: Region, home: Region): boolean {
  if (r === home) return true;
  const a = standIn(r);
  const b = standIn(home);
  // The whole page, or a page of its own (a new tab): everything of it is one widget.
  if (!b || b.matches('html, body')) return true;
  if (!a) return false;
  if (b.contains(a) || a.contains(b)) return true;
  const common = lowestCommonAncestor(a, b);
  return !!common && !common.matches('html, body') && !common.querySelector('main, [role="main"]');
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const chain = new Set<Element>();
  for (let n: Element | null = a; n; n = parentElementAcrossShadow(n)) chain.add(n);
  for (let n: Element | null = b; n; n = parentElementAcrossShadow(n)) if (chain.has(n)) return n;
  return null;
}

function depthBetween(ancestor: Element, el: Element): number {
  let d = 0;
  for (let n: Element | null = el; n && n !== ancestor; n = parentElementAcrossShadow(n)) d++;
  return d;
}

/** The container of a group of entries: their lowest common ancestor, or a lone entry's list. */
function containerOf(entries: readonly Element[]): Element | null {
  if (!entries.length) return null;
  let c: Element | null = entries[0]!;
  for (const e of entries.slice(1)) c = c && lowestCommonAncestor(c, e);
  if (entries.length === 1)
    c =
      closestAcross(entries[0]!, '[role="menu"], [role="listbox"], ul, ol, nav, [role="list"]') ??
      parentElementAcrossShadow(entries[0]!);
  return c;
}

function nearTrigger(menu: Element, trigger: Element): boolean {
  if (!hasLayout()) return false;
  const m = menu.getBoundingClientRect();
  const t = trigger.getBoundingClientRect();
  const below = m.top >= t.top && m.top - t.bottom <= 120;
  const above = m.bottom <= t.bottom && t.top - m.bottom <= 120;
  // A drawer sliding in beside or over the trigger, from the window's top: never a chat
  // panel docked there (an assistant, or anything with a box to type in).
  const beside =
    m.top <= t.bottom &&
    m.bottom >= t.top &&
    !menu.matches(ASSISTANT_SELECTOR) &&
    !menu.closest(ASSISTANT_SELECTOR) &&
    !menu.querySelector('textarea, input:not([type="search"]), [contenteditable], [role="textbox"]');
  const horizontal = m.right >= t.left - 320 && m.left <= t.right + 320;
  return (below || above || beside) && horizontal;
}

export interface MenuOptions {
  /** Entries that were visible before the shopper hovered (top-bar links): not the menu. */
  baseline: WeakSet<Element>;
  /** Elements the page added or changed since the tour started, newest last. */
  recent: readonly Element[];
  /** The top bars: a holder above one of them holds the page, not the trigger's menu. */
  bars?: readonly Element[];
}

/** What ties a control to the popup it opens: ARIA's, and the popover's own attributes (a
 *  popover shown on hover by `interestfor`, or by a click with `popovertarget`). */
const MENU_TIES = ['aria-controls', 'aria-owns', 'interestfor', 'popovertarget'];

/** The account menu the trigger revealed: tied to it by aria-controls/aria-owns, by nesting
 *  (both under a common holder close to each), or by position (a menu rendered at the end of
 *  the page, placed under the trigger). It must be visible and hold Wish's known entries that
 *  were not on show before the hover. */
export function findMenu(trigger: Element, doc: Document, options: MenuOptions): Element | null {
  const roots: Element[] = [];
  const ids: string[] = [];
  for (let n: Element | null = trigger, d = 0; n && d < 3; n = parentElementAcrossShadow(n), d++)
    for (const attr of MENU_TIES) ids.push(...(n.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean));
  for (const el of trigger.querySelectorAll(MENU_TIES.map((a) => `[${a}]`).join(', ')))
    for (const attr of MENU_TIES) ids.push(...(el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean));
  const byId = new Set<Element>();
  for (const id of ids) {
    const el = (trigger.getRootNode() as Document).getElementById?.(id) ?? doc.getElementById(id);
    if (el) {
      roots.push(el);
      byId.add(el);
    }
  }
  // The trigger's holders, up to a few levels (a CSS hover menu is the trigger's sibling).
  let holder: Element | null = trigger;
  for (let d = 0; d < 4; d++) {
    const up: Element | null = holder && parentElementAcrossShadow(holder);
    // Not the page's root: a holder that also holds the page's content is no menu's holder.
    if (!up || up.matches('html, body') || up.querySelector('main, [role="main"]')) break;
    if (options.bars?.some((b) => b !== up && up.contains(b))) break;
    holder = up;
  }
  if (holder && holder !== trigger) roots.push(holder);
  // A trigger slotted into a custom element's bar: its menu may be drawn beside the slot, in
  // the bar's shadow root, which no holder of the light DOM reaches.
  for (let n: Element | null = trigger, d = 0; n && d < 3; n = parentElementAcrossShadow(n), d++) {
    const beside = n.assignedSlot?.parentElement;
    if (beside && !roots.includes(beside)) roots.push(beside);
  }
  for (const el of options.recent) if (el.isConnected && !roots.includes(el)) roots.push(el);
  roots.push(...underTrigger(trigger, doc));
  // A menu drawn by a custom element the hover mounted is in its open shadow root; one drawn
  // by a micro-frontend in a same-origin frame the hover shows is in the frame's document,
  // placed (for nesting and position) where the frame is.
  const searched: Array<[Region, Element, Element | null]> = [];
  for (const root of roots) {
    searched.push([root, root, null]);
    if (root.shadowRoot) searched.push([root.shadowRoot, root, null]);
    for (const frame of menuFrames(root)) searched.push([frameDocument(frame)!, root, frame]);
  }
  for (const [where, root, frame] of searched) {
    // Entries inside the trigger count (a CSS hover menu nested in the focusable holder that
    // is the trigger); those on show before the hover are in the baseline.
    const entries = menuEntries(where).filter(
      (e) => !options.baseline.has(e) && !e.contains(trigger) && !isContent(e),
    );
    if (!entries.length) continue;
    let menu = containerOf(entries);
    // A custom element holding the trigger whose own children are the entries, slotted into a
    // panel of its shadow root (<wish-account> showing its light links on hover): it holds
    // its menu, the entries are where its panel draws them.
    const slottedIntoHolder =
      !!menu?.shadowRoot && entries.every((e) => e.parentElement === menu && !!e.assignedSlot);
    if (menu?.contains(trigger) && !slottedIntoHolder && !frame) {
      // Trigger and entries under one holder: the menu is the entries' own list, that of an
      // entry only the account menu has (a rail the hover widens shows its links' labels too).
      const anchor = entries.find(isAccountEntry) ?? entries[0]!;
      menu = closestAcross(anchor, '[role="menu"], [role="listbox"], ul, ol, [role="list"]');
      if (!menu || menu.contains(trigger)) menu = parentElementAcrossShadow(anchor);
      if (!menu || menu.contains(trigger)) continue;
    }
    // A cookie notice offers "Contact us" and "Settings" too, beside the bar: never the menu.
    if (!menu || !isVisible(menu) || isTransparent(menu) || isContent(menu) || isConsentBand(menu)) continue;
    // The page's own content is no menu, however near the bar it starts (a page drawn anew
    // links the shopper's orders).
    if (menu.matches('main, [role="main"], article')) continue;
    // One of the entries the hover revealed, in the menu itself, is one only the account menu
    // has (not one elsewhere in a holder searched whole: a page's "Meine Bestellungen" link
    // made a band of categories under the bar the menu).
    if (!holdsAccountEntry(entries.filter((e) => holdsAcross(menu!, e)))) continue;
    const placed = frame ?? menu;
    if (frame && (isTransparent(frame) || isContent(frame))) continue;
    const common = lowestCommonAncestor(placed, trigger);
    // Nested means under a holder of the trigger's, not under a wrapper of the whole page (one
    // holding a top bar: a footer drawn in divs, swapped in with the page, is no menu).
    const underPage = !!common && !!options.bars?.some((b) => b !== common && common.contains(b));
    const nested =
      !!common &&
      !common.matches('html, body') &&
      !underPage &&
      depthBetween(common, trigger) <= 4 &&
      depthBetween(common, placed) <= 5;
    if (
      byId.has(root) ||
      nested ||
      nearTrigger(placed, trigger) ||
      (!hasLayout() && !underPage && options.recent.includes(root))
    )
      return ariaMenuOf(menu);
  }
  return null;
}

/** A panel holding an ARIA menu beside other controls (a filter field and its suggestion
 *  chips, "Häufig gesucht: Kundendienst"): the menu is that list, when it holds every item. */
function ariaMenuOf(panel: Element): Element {
  if (panel.matches('[role="menu"]')) return panel;
  const lists = panel.querySelectorAll('[role="menu"]');
  if (lists.length !== 1) return panel;
  const list = lists[0]!;
  const items = panel.querySelectorAll('[role="menuitem"]');
  return items.length >= 2 && [...items].every((i) => list.contains(i)) && isVisible(list) ? list : panel;
}

/** What shows just under the trigger (a menu placed there by script, from the end of the
 *  page): the holders hit a little below it, straight down and to each side. */
export function underTrigger(trigger: Element, doc: Document): Element[] {
  if (!doc.defaultView || !hasLayout()) return [];
  const out: Element[] = [];
  const t = trigger.getBoundingClientRect();
  for (const dx of [0, -60, 60])
    for (const dy of [16, 48]) {
      const hit = doc.elementsFromPoint?.(t.left + t.width / 2 + dx, t.bottom + dy)?.[0];
      if (hit && !hit.closest('[data-wsg-ui]'))
        out.push(hit.closest('[role="menu"], ul, ol, nav, div') ?? hit);
    }
  return out;
}

/** What shows under the trigger as part of the page, before any hover (a band of categories
 *  below the bar): not a menu the trigger says it has open (aria-expanded, the part its
 *  aria-controls names, a menu or listbox), nor anything laid over the page (a flyout placed
 *  there, absolute or fixed). */
export function inFlowUnder(trigger: Element, doc: Document): Element[] {
  if (trigger.getAttribute('aria-expanded') === 'true') return [];
  const ids = (trigger.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
  const view = doc.defaultView;
  return underTrigger(trigger, doc).filter((el) => {
    if (el.closest('[role="menu"], [role="listbox"]')) return false;
    for (let n: Element | null = el; n && n !== doc.body; n = n.parentElement) {
      if (n.id && ids.includes(n.id)) return false;
      const position = view?.getComputedStyle(n).position;
      if (position === 'absolute' || position === 'fixed') return false;
    }
    return true;
  });
}

/** The other sections of a menu drawn beside its trigger (a holder holding the trigger and
 *  the menu's lists side by side, no panel around them): each a sibling of the menu's list,
 *  on show, holding entries the hover revealed. */
export function menuSections(menu: Element, trigger: Element, baseline: WeakSet<Element>): Element[] {
  // The menu's own part: up to the child of the holder it shares with the trigger (a section
  // may wrap its list with a heading).
  let part = menu;
  while (part.parentElement && !part.parentElement.contains(trigger) && !part.parentElement.matches('body'))
    part = part.parentElement;
  const holder = part.parentElement;
  // A small holder of the trigger's, never the page (a chat widget beside a menu drawn at the
  // end of the page is no section of it).
  if (!holder || !holder.contains(trigger) || holder.matches('html, body')) return [];
  if (holder.querySelector('main, [role="main"], header, [role="banner"]')) return [];
  if (trigger.parentElement !== holder && trigger.parentElement?.parentElement !== holder) return [];
  return [...holder.children].filter(
    (c) =>
      c !== part &&
      // A section like the menu's own part ("ul" beside "ul").
      c.localName === part.localName &&
      !c.contains(trigger) &&
      isVisible(c) &&
      menuEntries(c).some((e) => !baseline.has(e)),
  );
}

/** Same-origin frames on show in or as a holder of the trigger's (a menu rendered by another
 *  app in its own frame): never a consent notice's frame. */
function menuFrames(root: Element): Element[] {
  const frames = root.localName === 'iframe' ? [root] : [...root.querySelectorAll('iframe')];
  return frames.filter((f) => !isConsentFrame(f) && isVisible(f) && !!frameDocument(f)?.body);
}

/** The trigger the shopper showed by hovering: the hovered element (or a holder a few levels
 *  up, inside a bar) that reveals a menu of Wish's entries beside it. Never an entry of that
 *  menu, nor anything inside a menu (a menu the hover built under the pointer gets the next
 *  hover events). */
export function triggerFromHover(
  hovered: Element,
  bars: readonly Element[],
  doc: Document,
  options: MenuOptions,
): Element | null {
  if (closestAcross(hovered, '[role="menu"], [role="menuitem"], [role="listbox"]')) return null;
  for (
    let node: Element | null = hovered, d = 0;
    node && d < 4 && bars.some((b) => b.contains(node!));
    node = parentElementAcrossShadow(node), d++
  ) {
    if (isMenuEntryName(accessibleName(node))) return null;
    const menu = findMenu(node, doc, { ...options, bars });
    if (menu && !menu.contains(node) && !node.contains(menu)) return node;
  }
  return null;
}

/** Records the known entries on show now, which a menu revealed later cannot be. */
export function noteVisibleEntries(
  bars: readonly Element[],
  baseline: WeakSet<Element>,
  except: (entry: Element) => boolean = () => false,
): void {
  // A menu faded out (opacity 0) or collapsed to no height (a panel sliding down on hover) is
  // not on show: its entries are the hover's, to come.
  for (const bar of bars)
    // (menuEntries keeps what isVisible allows, which leaves out what an ancestor clips away.)
    for (const where of [bar, ...menuFrames(bar).map((f) => frameDocument(f)!.body)])
      for (const e of menuEntries(where)) if (!except(e) && !isTransparent(e)) baseline.add(e);
}

function isConsentFrame(frame: Element): boolean {
  const text = `${frame.getAttribute('src') ?? ''} ${frame.getAttribute('title') ?? ''} ${frame.id} ${frame.getAttribute('name') ?? ''}`;
  return CONSENT_FRAME.test(text) || !!frame.closest(CONSENT_SELECTOR);
}

/** The document inside a same-origin iframe, or null. */
export function frameDocument(frame: Element): Document | null {
  try {
    const d = (frame as HTMLIFrameElement).contentDocument;
    return d?.documentElement ? d : null;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

const CHOICE_SELECTOR = 'button, a[href], [role="button"], [role="link"], [role="option"], [role="menuitem"]';
const isShadowControl = (el: Element) => {
  const role = roleOf(el);
  return (role === 'button' || role === 'link') && el.localName.includes('-');
};

/** Whether `inner` (an element or a region) lies within region `r`: a shadow root by its host. */
export function containsRegion(r: Region, inner: Region | Element): boolean {
  if (r === inner) return true;
  const node = inner.nodeType === 11 ? ((inner as ShadowRoot).host ?? inner) : (inner as Node);
  return (r as Node).contains?.(node) ?? false;
}

/** The panels of another party's chat among the assistant's regions (a payment provider's or
 *  a courier's bot already open on the assistant's own page): labelled as an assistant or a
 *  chat without Wish's name, beside one labelled with it. None when no panel names Wish. */
export function othersChats(regions: readonly Region[]): Element[] {
  const panels: Element[] = [];
  for (const r of regions) {
    if (r.nodeType === 1) panels.push(r as Element);
    for (const el of (r as ParentNode).querySelectorAll('[aria-label], [aria-labelledby]'))
      if (el.matches(CHAT_PANEL)) panels.push(el);
  }
  const owners = panels.map((p) => chatOwner(accessibleName(p)));
  const wish = panels.filter((_, i) => owners[i] === 'wish');
  if (!wish.length) return [];
  return panels.filter((p, i) => {
    // A part of Wish's panel ("Chat messages", its log, a frame inside it), or the page
    // around it, is Wish's.
    if (wish.some((w) => holdsAcross(w, p) || p.contains(w))) return false;
    // Labelled by a brand alone ("PagaDopo"): another party's when it holds a chat of its own.
    const chat = owners[i] === 'other' || (owners[i] === undefined && !!accessibleName(p) && holdsChat(p));
    return chat && hasControls(p);
  });
}
/** A conversation of its own: a log, or a box to write in. */
function holdsChat(panel: Element): boolean {
  return (
    panel.matches(CONVERSATION_SELECTOR) ||
    !!panel.querySelector(
      `${CONVERSATION_SELECTOR}, textarea, input[type="text"], input:not([type]), [contenteditable="true"]`,
    )
  );
}
/** Wish's assistant drawn as an empty shell before it is opened (a docked panel named as
 *  Wish's, its log still empty, nothing to type in): what the click writes into it is what the
 *  click opens, though the panel itself was on show. */
export function emptyShellOfWish(r: Region): boolean {
  if (r.nodeType !== 1) return false;
  const panel = r as Element;
  if (chatOwner(accessibleName(panel)) !== 'wish') return false;
  const logs = [
    ...(panel.matches(CONVERSATION_SELECTOR) ? [panel] : []),
    ...panel.querySelectorAll(CONVERSATION_SELECTOR),
  ];
  return (
    logs.length > 0 &&
    logs.every((log) => !(log.textContent ?? '').trim()) &&
    !panel.querySelector('textarea, input:not([type="hidden"]), [contenteditable="true"], iframe')
  );
}
const CHAT_PANEL = `aside, section, form, [role="complementary"], [role="region"], ${ASSISTANT_SELECTOR}`;

/** Regions inside `root` that look like an assistant: dialogs, chat logs, chat widgets,
 *  same-origin frames and open shadow roots (not consent frames, not our own UI). */
export function assistantLike(root: Element | Document): Region[] {
  const out: Region[] = [];
  // A shadow root counts as inside a region that holds its host (a chip drawn by a custom
  // element is part of the panel holding it, not an assistant of its own).
  const push = (r: Region) => {
    if (!out.some((o) => containsRegion(o, r))) out.push(r);
  };
  const scope = root as ParentNode;
  for (const el of scope.querySelectorAll(ASSISTANT_SELECTOR))
    if (isVisible(el) && !el.closest('[data-wsg-ui]') && !el.closest(CONSENT_SELECTOR) && !isContent(el))
      push(el);
  for (const frame of scope.querySelectorAll('iframe, frame')) {
    if (isConsentFrame(frame) || !isVisible(frame)) continue;
    const d = frameDocument(frame);
    if (d) push(d);
  }
  for (const el of scope.querySelectorAll('*')) {
    // A chip drawing its own button is a control, not an assistant of its own.
    if (el.shadowRoot && !el.hasAttribute('data-wsg-ui') && !isShadowControl(el) && isVisible(el))
      push(el.shadowRoot);
  }
  if ((root as Element).shadowRoot) push((root as Element).shadowRoot!);
  // A row of choices drawn in a shadow root of its own inside a region (quick replies in the
  // panel's shadow root, itself maybe one): the region's search does not enter it, so it is
  // searched too, however deep. Not a chip's (one button: its host acts as it); not in a
  // frame's whole page (a survey's card drawn beside the chat there is no part of it).
  const walked: Region[] = out.filter((r) => r.nodeType !== 9);
  for (let i = 0; i < walked.length && i < 40; i++)
    for (const el of (walked[i] as ParentNode).querySelectorAll('*')) {
      const inner = el.shadowRoot;
      if (!inner || walked.includes(inner) || el.hasAttribute('data-wsg-ui') || isShadowControl(el)) continue;
      if (!isVisible(el)) continue;
      walked.push(inner);
      if (!out.includes(inner) && inner.querySelectorAll(CHOICE_SELECTOR).length >= 2) out.push(inner);
    }
  // A frame inside an open shadow root (a widget drawing its frame there): its document. Not
  // frames inside frames: a survey's or an ad's frame there is no part of the assistant (a
  // conversation drawn in one shows as what appears after the click, through the watcher).
  for (const r of [...out])
    if (r.nodeType === 11)
      for (const frame of (r as ShadowRoot).querySelectorAll('iframe')) {
        if (isConsentFrame(frame) || !isVisible(frame)) continue;
        const d = frameDocument(frame);
        if (d && !out.includes(d)) out.push(d);
      }
  // A frame's page drawn by a custom element (its whole UI in an open shadow root): the root
  // too, which a search of the frame's document does not enter. Only the element that is the
  // page (alone in its body, a few wrappers deep): a widget drawn beside the chat (a survey's
  // card) is no part of the assistant.
  for (const r of [...out]) {
    if (r.nodeType !== 9) continue;
    let el: Element | null | undefined = (r as Document).body;
    for (let d = 0; el && !el.shadowRoot && d < 4; d++) {
      const shown: Element[] = [...el.children].filter(
        (c) => !c.matches('script, style, noscript, template, link, meta'),
      );
      el = shown.length === 1 ? shown[0] : null;
    }
    if (el?.shadowRoot && !isShadowControl(el) && isVisible(el) && !out.includes(el.shadowRoot))
      out.push(el.shadowRoot);
  }
  return out;
}

/** A chat's log is its list of messages: the box to write in may sit beside it, in the panel
 *  holding it. That panel, when it is one: a small holder that is not the page (no landmark,
 *  not the body), else the log alone. Searched for the box only: what the assistant says and
 *  offers is in its log. */
export function panelOfLog(log: Element): Element {
  const up = log.parentElement;
  if (!up || up.matches('html, body, main, [role="main"]') || up.children.length > 6) return log;
  if (
    up.querySelector(
      'nav, header, footer, main, [role="navigation"], [role="banner"], [role="main"], [role="contentinfo"]',
    )
  )
    return log;
  return up;
}

/** Whether a region (an added element) holds something a shopper can act on: a control, a
 *  frame, or a custom element drawing its own (a chip whose button is in its shadow root). */
export function hasControls(region: Element): boolean {
  if (
    region.querySelector(
      'button, a[href], [role="button"], textarea, input, [contenteditable], iframe, [tabindex]',
    ) ||
    region.shadowRoot ||
    region.localName === 'iframe'
  )
    return true;
  // Only custom elements (a hyphen in the name) can hold a shadow root a page attached.
  const walker = region.ownerDocument.createTreeWalker(region, 1 /* SHOW_ELEMENT */);
  for (
    let n = walker.nextNode() as Element | null, i = 0;
    n && i < 400;
    n = walker.nextNode() as Element | null, i++
  )
    if (n.localName.includes('-') && n.shadowRoot) return true;
  return false;
}

/** The popups a card's own controls opened elsewhere on the page (a row's "⋮" menu drawn at the
 *  end of <body>): tied to a control of the card by its aria-controls or aria-owns, or naming
 *  one as its label (aria-labelledby), and on show. They are the card's as much as its row. */
export function ownedPopups(card: Element): Element[] {
  const root = card.getRootNode() as Document | ShadowRoot;
  const ids = (el: Element, ...names: string[]) =>
    names.flatMap((n) => (el.getAttribute(n) ?? '').split(/\s+/)).filter(Boolean);
  // Every control of the page naming a popup, this card's or another's, by the popup's id.
  const openers = new Map<string, Element[]>();
  for (const control of root.querySelectorAll('[aria-controls], [aria-owns]'))
    for (const id of ids(control, 'aria-controls', 'aria-owns'))
      openers.set(id, [...(openers.get(id) ?? []), control]);
  const candidates = new Set<Element>();
  for (const control of card.querySelectorAll('[aria-controls], [aria-owns]'))
    for (const id of ids(control, 'aria-controls', 'aria-owns')) {
      const popup = root.getElementById(id);
      if (popup) candidates.add(popup);
    }
  for (const popup of root.querySelectorAll(
    '[role="menu"][aria-labelledby], [role="dialog"][aria-labelledby]',
  ))
    if (ids(popup, 'aria-labelledby').some((id) => card.contains(root.getElementById(id))))
      candidates.add(popup);
  const out: Element[] = [];
  for (const popup of candidates) {
    if (card.contains(popup) || !isVisible(popup)) continue;
    const tied = [
      ...(popup.id ? (openers.get(popup.id) ?? []) : []),
      ...ids(popup, 'aria-labelledby').flatMap((id) => root.getElementById(id) ?? []),
    ];
    // One popup for the whole list (every row's "⋮" naming it, or the row that opened it
    // another's): it shows whichever order opened it, so it says nothing of this one. Nor when
    // this card's own control says it is closed.
    if (tied.some((c) => !card.contains(c))) continue;
    if (tied.some((c) => c.getAttribute('aria-expanded') === 'false')) continue;
    out.push(popup);
  }
  return out;
}

/** The holders of where the order's number is shown, smallest first, up to a few levels and
 *  inside `within`: on a detail page the card is the whole page, and the order's own button
 *  sits in the section that shows its number, a promotion's "Talk to us" elsewhere. */
export function holdersOfNumber(within: Element, orderNumber: string): Element[] {
  const doc = within.ownerDocument;
  const walker = doc.createTreeWalker(within, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node && count < 5000; node = walker.nextNode(), count++) {
    if (!node.nodeValue?.includes(orderNumber)) continue;
    const out: Element[] = [];
    for (
      let el = node.parentElement?.parentElement ?? null, d = 0;
      el && el !== within && d < 6;
      el = el.parentElement, d++
    )
      out.push(el);
    return out;
  }
  return [];
}

/** Where an order's own support button may be: that order's card, else an order page's body. */
export function orderRegions(doc: Document, orderNumber?: string): Region[] {
  const body = doc.body;
  if (!body) return [];
  // A card not on show is not where the shopper finds the order's button: a closed dialog of
  // the assistant, kept in the page with the order's number in its header, read after the
  // order's own row. The last one on show, else the last one.
  const cards = orderNumber ? orderCards(body, orderNumber) : [];
  let card = cards.findLast((c) => isVisible(c)) ?? cards.at(-1);
  // The order shown twice (two notifications about it, one "on its way" with only its
  // tracking, one "delayed" with its help): the one of them holding a way to help.
  const shown = cards.filter((c) => isVisible(c));
  if (shown.length > 1) {
    const helping = shown.filter((c) => locate('get-help', [c]).element);
    if (helping.length === 1) card = helping[0];
  }
  // On the order's own page (its number ends the address), a "card" with nothing to act on is
  // only the line showing its number among the page's parts (a detail page that also lists the
  // purchase's other items): the page is the order's card, as when no card is found.
  if (card) return orderNumber && ownPageLine(doc, card, orderNumber) ? [body] : [card];
  const kind = pageKind(doc.location?.href ?? '');
  return kind === 'order' || kind === 'orders' ? [body] : [];
}

/** A card with no control on the order's own page: the line that shows its number. */
function ownPageLine(doc: Document, card: Element, orderNumber: string): boolean {
  return (
    pathEndsWithOrder(doc.location?.pathname ?? '', orderNumber) &&
    !card.querySelector(
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [tabindex], [onclick]',
    )
  );
}
