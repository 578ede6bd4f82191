// The locator engine: finds the element a LOCATORS spec describes inside the regions it is
// given, scores every candidate and returns the best visible one, or nothing when it is not
// there or two candidates tie (a wrong highlight is worse than none). What Wish's controls
// look like and what their words are stays in src/wish/; this file only weighs the signals.
import {
  bestNameScore,
  meansCustomerSupport,
  reachesService,
  offersPeoplesHelp,
  startsConversation,
  opensSupportRequest,
  reportsIssue,
  offersHelp,
  meansElse,
  meansBareWrite,
  meansGenericGo,
  meansHelp,
  meansPerson,
  meansSendToWish,
  cardOffersPerson,
  mentionsPerson,
  saysOurs,
  promisesReplyTime,
  asksForFeedback,
  labelsSponsored,
  addressesAssistant,
  repliesToEarlierRequest,
  greetsToSignIn,
  signsInAs,
  namesServiceAlone,
  namesWishAssistant,
  namesOtherDesk,
  namesOtherApp,
  namesDatum,
  topicOf,
  withoutAboutClause,
  namesAnotherBrand,
  namesOnePerson,
} from '../wish/meaning';
import {
  ASSISTANT_SELECTOR,
  CONSENT_SELECTOR,
  CONTENT_HREF,
  CONTENT_SELECTOR,
  CONVERSATION_SELECTOR,
  INTERACTIVE_SELECTOR,
  LOCATORS,
  PRODUCT_ID,
  type LocatorId,
  type LocatorSpec,
} from '../wish/locators';
import { normalise } from '../wish/text';
import { behindModal, generatedText, isVisible, parentElementAcrossShadow } from './visible';

export type Region = Element | Document | ShadowRoot;

export interface Candidate {
  element: Element;
  score: number;
  reasons: string[];
}

export interface LocateOptions {
  /** Also return hidden elements (a hover menu's entries before the hover). */
  includeHidden?: boolean;
  /** Elements that never count (the page's own lists of regions to leave out). */
  exclude?: (el: Element) => boolean;
  /** The regions are the assistant's: a link in a sentence of a dialog or a chat ("Nothing
   *  fits? <a>Write to our service team</a> – a person answers") is a way it offers, where a
   *  page's paragraph is its text. */
  talk?: boolean;
  /** The order's own card, as the page's orders were read: a product tile's look around it
   *  (the home feed's "latest order" card drawn as one of the tiles) makes it no product. */
  orderCard?: readonly Region[];
  /** The regions are a menu of the order's own (its "⋮"): an entry of it is a control as a
   *  button is. Elsewhere a menu item is some menu's, no order's help. */
  menu?: boolean;
}

export interface LocateResult {
  element: Element | null;
  /** Why it won, or why nothing was returned. */
  why: string;
  candidates: Candidate[];
}

const MIN_SCORE = 4;
const INVISIBLE = /\p{Cf}/gu;
const CONTAINER_ROLES = new Set([
  'log',
  'dialog',
  'alertdialog',
  'region',
  'list',
  'listbox',
  'group',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'navigation',
  'main',
  'banner',
  'complementary',
  'document',
  'application',
  'feed',
  'article',
  'form',
  'grid',
  'table',
  'tree',
]);
/** Roles a page gives what is only drawn or read: a menu's group label ("SUPPORT" over its
 *  entries, role=presentation), a rule, a heading, a tip. Never a step to click. */
const NOT_CONTROL_ROLES = new Set(['presentation', 'none', 'separator', 'heading', 'tooltip']);
/** Longer names are titles and texts, not controls. */
const MAX_NAME = 80;

/** Disabled by the page, natively or by aria-disabled. */
export function isDisabled(el: Element): boolean {
  // A list box's choice is off with its list (answered, then disabled) or its group.
  if (el.localName === 'option' && el.closest('select:disabled, optgroup[disabled]')) return true;
  if ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true') return true;
  // In an inert subtree the browser lets nothing be pressed or focused (a looping carousel's
  // copies of its end cards, a page behind a form that is signing in): as off as disabled.
  // So is the page behind a dialog opened modally.
  return !!closestAcross(el, '[inert]') || behindModal(el);
}

/** Hidden from assistive technology by itself or an ancestor (`aria-hidden="true"`). */
function ariaHidden(el: Element): boolean {
  return !!closestAcross(el, '[aria-hidden="true"]');
}

/** The role an element has or implies. */
/** The text a shadow root shows around its parts (its styles' text left out). */
function shownText(root: ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes)
    if (
      node.nodeType === 3 ||
      (node.nodeType === 1 && !['style', 'script'].includes((node as Element).localName))
    )
      text += node.textContent ?? '';
  return text.trim();
}

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable === 'true' || editable === '' || editable === 'plaintext-only';
}

export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  const tag = el.localName;
  if (explicit && explicit !== 'none' && explicit !== 'presentation') {
    const role = explicit.split(/\s+/)[0]!;
    // A list's item role put on the link or button itself (a chat's choices drawn as a list of
    // links): the browser still follows or presses it, and the shopper clicks it as such.
    if (role === 'listitem' && ((tag === 'a' && el.hasAttribute('href')) || tag === 'button'))
      return tag === 'a' ? 'link' : 'button';
    // A box typed in over several lines that suggests as one types (a chat's composer with
    // autocomplete) is still typed in; a one-line combobox is a picker or a search.
    return role === 'combobox' && (tag === 'textarea' || isEditable(el)) ? 'textbox' : role;
  }
  // A custom element drawing one button in its shadow root (a chat's chip, its label slotted
  // in) acts as that button, even when the page says its host has no role of its own.
  if (tag.includes('-') && el.shadowRoot) {
    const shadow = el.shadowRoot;
    const inner = shadow.querySelectorAll('button, a[href], [role="button"], [role="link"]');
    // Only a chip: one button and nothing else to use or read. A link drawn this way goes where
    // its hidden href says (an article, a product), which the checks on the host never see; a
    // widget holding a frame or a field beside its close button is no button.
    if (
      inner.length === 1 &&
      inner[0]!.matches('button, [role="button"]') &&
      !shadow.querySelector('iframe, textarea, input, select, [contenteditable], [role="textbox"]') &&
      shownText(shadow) === (inner[0]!.textContent ?? '').trim()
    )
      return 'button';
  }
  if (explicit) return explicit.split(/\s+/)[0]!;
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'textarea') return 'textbox';
  // A choice of a list box (a <select size=6> of topics): chosen by a click, as a button is.
  if (tag === 'option' && el.closest('select')) return 'option';
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
    if (['text', 'email', 'search', 'tel', 'url', ''].includes(type))
      return type === 'search' ? 'searchbox' : 'textbox';
    return type;
  }
  if (isEditable(el)) return 'textbox';
  if (el.hasAttribute('onclick') || el.hasAttribute('tabindex') || el.hasAttribute('aria-haspopup'))
    return 'button';
  return '';
}

/** At most `max` characters of an element's text, without reading a huge subtree whole. */
export function shortText(el: Element, max = MAX_NAME + 1): string {
  let out = '';
  let keys = '';
  let svgLine: string | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.localName === 'script' || parent.localName === 'style')) continue;
    // A key to press for it (a choice's "A" drawn as <kbd>, as one-question-per-screen forms
    // do) is no part of what a control says: "A Outra coisa" is "Outra coisa".
    if (parent && parent !== el && inKey(parent, el)) {
      keys += node.nodeValue ?? '';
      continue;
    }
    // Lines of an SVG text placed each on its own (a box's label wrapped over two <tspan>s,
    // "Hablar con una" and "persona de Wish"): words apart, as they are drawn. Pieces on the
    // same baseline (a kerned "T" + "alk to a person") are one word.
    if (parent?.namespaceURI === SVG_NS && SVG_LINE.test(parent.localName)) {
      const line = lineOf(parent);
      if (out && line !== null && svgLine !== null && line !== svgLine) out += ' ';
      if (line !== null) svgLine = line;
    }
    out += node.nodeValue ?? '';
    if (out.length > max * 2) break;
  }
  // Only keys (a hint "Ctrl + Enter" alone): they are what it says.
  if (!out.trim()) out = keys;
  // Invisible format characters first: U+FEFF counts as a space for \s and would cut a word.
  return out.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, max);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_LINE = /^(?:text|tspan)$/;
/** The line an SVG text piece is drawn on: its y, or a line of its own when moved down (dy);
 *  null when it goes on where the last piece ended. */
let lineCount = 0;
function lineOf(svgText: Element): string | null {
  const dy = parseFloat(svgText.getAttribute('dy') ?? '');
  if (dy) return `dy${lineCount++}`;
  return svgText.getAttribute('y');
}

/** Whether `node` lies in a <kbd> inside `el` (looked for up to `el` only, not the page). */
function inKey(node: Element, el: Element): boolean {
  for (let p: Element | null = node; p && p !== el; p = p.parentElement)
    if (p.localName === 'kbd') return true;
  return false;
}

/** The accessible name, simplified: what a screen reader would most likely announce. */
export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const labelled = textOfIds(el, 'aria-labelledby');
  if (labelled) return labelled;
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) {
    const text = [...labels]
      .map((l) => shortText(l))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const role = roleOf(el);
  const placeholder =
    el.getAttribute('placeholder') ??
    el.getAttribute('aria-placeholder') ??
    el.getAttribute('data-placeholder');
  if (placeholder?.trim() && role === 'textbox') return placeholder.trim();
  if (role === 'textbox') return el.getAttribute('title')?.trim() ?? '';
  const text = shortText(el);
  if (text) return text;
  const alt = el.querySelector('img[alt]')?.getAttribute('alt');
  if (el.localName === 'input') return ((el as HTMLInputElement).value ?? '').trim();
  const titled = (el.getAttribute('title') ?? alt ?? '').trim();
  return titled || (role === 'button' || role === 'link' ? captionOf(el) : '');
}

/** A link to another page of the site (an article, a help centre): no answer in the chat. A
 *  link within the page ("#…", a hash route) or a script's may be one. */
export function leadsToPage(el: Element): boolean {
  const href = el.localName === 'a' ? (el.getAttribute('href') ?? '').trim() : '';
  return !!href && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A link to another path than the page it is on (the header's "Mein Konto" to /settings): a
 *  link that only changes this page's query ("/help/assistant?topic=payments", a wizard
 *  keeping its step in the address: "/?aiuto=altro" on "/") stays on it. */
export function leavesThisPage(el: Element): boolean {
  if (!leadsToPage(el)) return false;
  const href = (el as HTMLAnchorElement).href;
  const here = el.ownerDocument.location?.href;
  if (!href || !here) return true;
  try {
    return new URL(href).pathname !== new URL(here).pathname;
  } catch {
    return true;
  }
}

/** A link to the next page of a wizard this page is one step of: a path beside this one in a
 *  folder at least two levels deep ("/help/order/<id>/topic" to "…/<id>/issue"), or under
 *  this page. The header's links ("/transaction") and the help centre's are elsewhere. */
export function nextWizardPage(el: Element): boolean {
  if (!leadsToPage(el)) return false;
  const here = el.ownerDocument.location?.href;
  if (!here) return false;
  try {
    const to = new URL((el as HTMLAnchorElement).href);
    const at = new URL(here);
    if (to.origin !== at.origin || to.pathname === at.pathname) return false;
    const folder = at.pathname.replace(/[^/]*\/?$/, '');
    return folder.split('/').filter(Boolean).length >= 2 && to.pathname.startsWith(folder);
  } catch {
    return false;
  }
}

/** A control with no words at all (a tile's icon button) over a caption beside it, alone in
 *  their holder: the caption is what the shopper reads as its name. */
export function captionOf(el: Element): string {
  const holder = el.parentElement;
  if (!holder) return '';
  const others = [...holder.childNodes].filter((n) => n !== el && (n.nodeType === 1 || n.nodeValue?.trim()));
  if (others.length !== 1) return '';
  const other = others[0]!;
  // Under the control, or after it: a title before it (a dialog's "Live chat" beside its
  // close ×) or any heading is the panel's, not the control's.
  if (!(el.compareDocumentPosition(other) & 4)) return '';
  if (other.nodeType === 1 && (other as Element).matches('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    return '';
  if (
    other.nodeType === 1 &&
    ((other as Element).matches(CAPTION_NOT) || (other as Element).querySelector(CAPTION_NOT))
  )
    return '';
  const text = (other.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 60 ? text : '';
}
const CAPTION_NOT =
  'a[href], button, input, select, textarea, [role="button"], [role="link"], [contenteditable]';

/** The text of the elements an ARIA attribute names by id (aria-labelledby, -describedby). */
function textOfIds(el: Element, attribute: string): string {
  const ids = el.getAttribute(attribute);
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => (root.getElementById?.(id) ? shortText(root.getElementById(id)!) : ''))
    .join(' ')
    .trim();
}

export function closestAcross(el: Element, selector: string): Element | null {
  // The browser's own closest() within each tree, then on from the shadow root's host.
  for (let node: Element | null = el; node;) {
    let hit: Element | null;
    try {
      hit = node.closest(selector);
    } catch {
      return null;
    }
    if (hit) return hit;
    const root = node.getRootNode() as Node & { host?: Element };
    node = root.nodeType === 11 && root.host ? root.host : null;
  }
  return null;
}

const TEXT_OR_FOOTER = 'footer, [role="contentinfo"], p, h1, h2, h3, blockquote';

/** The nearest content around an element, past an accordion's heading: a heading that holds
 *  nothing but one disclosure button (the WAI-ARIA accordion, `<h3><button aria-expanded>`) is
 *  that button's frame, not body text around it. */
function contentAround(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node;) {
    const hit = closestAcross(node, selector);
    if (!hit || !headsAccordion(hit, el)) return hit;
    node = parentElementAcrossShadow(hit);
  }
  return null;
}

function headsAccordion(heading: Element, el: Element): boolean {
  if (!/^h[1-6]$/.test(heading.localName)) return false;
  const control = el.closest('button, [role="button"]');
  if (!control || !heading.contains(control) || !control.hasAttribute('aria-expanded')) return false;
  const controls = heading.querySelectorAll('a[href], button, [role="button"], input, select, textarea');
  return controls.length === 1 && (heading.textContent ?? '').trim() === (control.textContent ?? '').trim();
}

/** Page content or a consent banner: never a step's target. `text` also counts paragraphs
 *  and headings (body text), which the top bar's greeting may use. `card`: the part of the
 *  page read as the order's own card, whose surroundings (the card itself drawn as a tile of
 *  the home feed, among the products) do not make its controls content. */
export function isContent(el: Element, text = true, card?: readonly Region[]): boolean {
  // Only a tile's or a promotion's look around the card is set aside: body text or a footer
  // holding it is still no place for a step.
  const around = (hit: Element | null) =>
    !!hit && (hit.matches(TEXT_OR_FOOTER) || !card?.some((r) => hit === r || hit.contains(r as Node)));
  if (around(contentAround(el, text ? CONTENT_SELECTOR : CONTENT_SELECTOR.replace(/, p, h1, h2, h3/, ''))))
    return true;
  if (closestAcross(el, CONSENT_SELECTOR)) return true;
  for (
    let node: Element | null = el, depth = 0;
    node && depth < 8 && !card?.includes(node);
    node = parentElementAcrossShadow(node), depth++
  ) {
    const href = node.localName === 'a' ? node.getAttribute('href') : null;
    if (href && CONTENT_HREF.test(href)) return true;
    const id = node.getAttribute('data-id') ?? node.getAttribute('data-product-id');
    if (id && PRODUCT_ID.test(id)) return true;
  }
  return false;
}

function queryAll(root: Region, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return []; // a selector this engine does not support: skip the strategy, never throw
  }
}

function nameScoreFor(spec: LocatorSpec, name: string): number {
  if (!name || name.length > MAX_NAME) return 0;
  let best = spec.words ? bestNameScore(name, spec.words) : 0;
  if (!best && spec.weakWords) best = 0.7 * bestNameScore(name, spec.weakWords);
  if (!best && spec.weakestWords) best = 0.6 * bestNameScore(name, spec.weakestWords);
  // "Hello, sign in" is the sign-in however the greeting is worded, and so is a one-tap
  // "Continue as Olivia".
  if (!best && spec.words?.includes('signIn') && (greetsToSignIn(name) || signsInAs(name))) best = 0.9;
  if (spec.meaning === 'person') best = Math.max(best, meansPerson(name));
  else if (spec.meaning === 'else') best = Math.max(best, meansElse(name));
  else if (spec.meaning === 'help') best = Math.max(best, meansHelp(name) ? 0.8 : 0);
  else if (spec.meaning === 'send') best = Math.max(best, meansSendToWish(name) ? 0.9 : 0);
  else if (spec.meaning === 'customer')
    best = Math.max(
      best,
      meansCustomerSupport(name)
        ? 0.9
        : reachesService(name) || opensSupportRequest(name)
          ? 0.8
          : namesServiceAlone(name) || namesWishAssistant(name)
            ? 0.7
            : // Help offered by the shop's people ("Need help? Talk to us", "Wir helfen dir
              // weiter", "¿Necesitas ayuda?"): as sure as its words say people.
              offersPeoplesHelp(name) ||
              // Reporting an issue is the way to support only where nothing says help: a menu
              // with a help entry keeps its "Report a problem" for the site's own feedback.
              (reportsIssue(name) ? 0.55 : 0),
    );
  else if (spec.meaning && best === 0 && topicOf(name) === spec.meaning) best = 0.8;
  return best;
}

/** The assistant's message just before a control's block: the nearest earlier sibling, up to
 *  three levels up, that holds text and no control of its own. */
function messageBefore(el: Element): string {
  for (let node: Element | null = el, d = 0; node && d < 3; node = node.parentElement, d++)
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.querySelector('button, a[href], [role="button"], input, textarea')) continue;
      const text = shortText(prev, 400);
      if (text) return text;
    }
  return '';
}

/** From a text's element to what a shopper would click: the nearest interactive ancestor
 *  whose own name is still the label, else the element the page drew a pointer on. */
function clickableFor(el: Element, spec: LocatorSpec): Element {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = parentElementAcrossShadow(node)) {
    if (!roleOf(node)) continue;
    if (nameScoreFor(spec, accessibleName(node)) > 0) return node;
    break; // a menu or list around the label: not the control
  }
  const pointer = pointerOrigin(el);
  return pointer && pointer !== el && nameScoreFor(spec, shortText(pointer)) > 0 ? pointer : el;
}

export const cursorOf = (el: Element): string =>
  el.ownerDocument.defaultView?.getComputedStyle(el).cursor ?? '';

/** The element whose own style gives it the hand pointer (`cursor` is inherited: the highest of
 *  the element's ancestors, up to a few levels, that has it), or null when there is none. A div
 *  with a click handler and no role is drawn so on most sites: a shopper reads it as clickable. */
export function pointerOrigin(el: Element): Element | null {
  // Inherited in browsers; jsdom computes no inheritance, so look up a few levels for it.
  let top: Element | null = el;
  for (let depth = 0; top && cursorOf(top) !== 'pointer'; depth++)
    top = depth < 3 ? parentElementAcrossShadow(top) : null;
  if (!top) return null;
  for (let depth = 0; depth < 4; depth++) {
    const up = parentElementAcrossShadow(top);
    if (!up || cursorOf(up) !== 'pointer') break;
    top = up;
  }
  return top;
}

class Tally {
  readonly byElement = new Map<Element, Candidate>();
  add(element: Element, points: number, reason: string): void {
    const c = this.byElement.get(element) ?? { element, score: 0, reasons: [] };
    c.score += points;
    c.reasons.push(`${points >= 0 ? '+' : ''}${points} ${reason}`);
    this.byElement.set(element, c);
  }
}

/** How loosely a name may say it: 0 only its own words, 1 also weak words, 2 every family. */
type Looseness = 0 | 1 | 2;

/** Every candidate for a locator inside the regions, with its score and reasons, best first. */
export function candidates(
  id: LocatorId,
  regions: readonly Region[],
  options: LocateOptions = {},
  looseness: Looseness = 2,
): Candidate[] {
  const full = LOCATORS[id];
  const spec: LocatorSpec = {
    ...full,
    weakWords: looseness >= 1 ? (full.weakWords ?? []) : [],
    weakestWords: looseness >= 2 ? (full.weakestWords ?? []) : [],
  };
  const tally = new Tally();
  for (const root of regions) {
    for (const selector of spec.attributes ?? [])
      for (const el of queryAll(root, selector)) tally.add(el, 5, `stable attribute ${selector}`);
    for (const re of spec.hrefs ?? [])
      for (const el of queryAll(root, 'a[href]'))
        if (re.test(el.getAttribute('href') ?? '')) tally.add(el, 1, `link target ${re.source}`);
    for (const hint of spec.classHints ?? [])
      for (const el of queryAll(root, `[class*="${hint}"]`)) tally.add(el, 1, `class prefix ${hint}`);
    if (spec.words || spec.weakWords?.length || spec.weakestWords?.length || spec.meaning) {
      const named = new Set<Element>();
      for (const el of queryAll(root, INTERACTIVE_SELECTOR)) {
        const name = accessibleName(el);
        let s = nameScoreFor(spec, name);
        // "None of these work for me" over "Tell us more and get more options": a choice drawn
        // as a card, its title says it (the line under it explains, unless it names another
        // desk).
        // A switch labelled so ("Falar com um atendente da Wish" over "Uma pessoa da nossa
        // equipe responde"): the same, never a channel of another app's.
        // (For a person only a control labelled by another element: cards' own titles and lines
        // are weighed below, where an offer naming Wish wins over its look-alikes.)
        if (
          s <= 0 &&
          (spec.meaning === 'else' || (spec.meaning === 'person' && el.hasAttribute('aria-labelledby')))
        ) {
          const title = choiceTitle(el);
          if (title !== name && !namesOtherDesk(name) && !(spec.meaning === 'person' && namesOtherApp(name)))
            s = nameScoreFor(spec, title);
        }
        if (s <= 0) continue;
        // A field is typed in, never clicked: one whose label says the step ("Not in the list?
        // Describe it in your own words") stands for its one "Continue" beside it.
        if (roleOf(el) === 'textbox' && !spec.roles.includes('textbox')) {
          const go = fieldsGo(el);
          if (go && !named.has(go))
            tally.add(go, 4 * s, `goes on from a field labelled "${name.slice(0, 40)}"`);
          if (go) named.add(go);
          continue;
        }
        tally.add(el, 5 * s, `named "${name.slice(0, 40)}"`);
        named.add(el);
      }
      // A control that only says "go" ("Select", "Iniciar conversa"): its card's title says
      // where, a little less surely than its own name would.
      for (const el of queryAll(root, 'button, [role="button"], a[href]')) {
        const own = accessibleName(el);
        // A bare "Write" goes where its card's title says, for a person only ("Leave a message
        // for an adviser" over "Write"): a card's line never makes it a way to one.
        const writes = spec.meaning === 'person' && meansBareWrite(own);
        if (named.has(el) || !(meansGenericGo(own) || writes)) continue;
        // A card asking for feedback ("Rate your agent", "Votre avis compte") starts a survey.
        const said = cardWords(el);
        if (said && asksForFeedback(said)) continue;
        const title = cardTitle(el);
        const s = title ? nameScoreFor(spec, title) : 0;
        if (s > 0) {
          tally.add(el, 4 * s, `its card's title "${title.slice(0, 40)}"`);
          named.add(el);
          continue;
        }
        // A title that only asks ("Still stuck?", "Toujours besoin d'aide ?"): the card's words
        // may say who answers, a person of Wish's own team ("Someone from our team will look
        // into this"), less surely than a title naming one. Never a carrier's, a seller's or a
        // partner's people, nor anyone's not said to be ours or Wish's (a brand's "agent").
        if (spec.meaning !== 'person' || writes) continue;
        if (said && cardOffersPerson(said) && saysOurs(said)) {
          tally.add(el, 3.2, `a go on a card saying "${said.slice(0, 40)}"`);
          named.add(el);
        }
      }
      // A channel drawn as a card that is its own button ("💬 Hier im Chat schreiben / Unser
      // Team antwortet dir in dieser Unterhaltung"): its title only goes into a chat, its line
      // says a person of Wish's team answers there; as sure as a go on such a card.
      if (spec.meaning === 'person')
        for (const el of queryAll(root, 'button, [role="button"], a[href]')) {
          if (named.has(el)) continue;
          const line = lineUnderGoTitle(el);
          if (line && cardOffersPerson(line) && saysOurs(line)) {
            tally.add(el, 3.2, `a go titled card saying "${line.slice(0, 40)}"`);
            named.add(el);
          }
        }
      // "+ Start a new conversation" under the assistant's words that a person of Wish's team
      // answers in so many hours (its past talks with the team listed above it): the way to
      // them. Without such words, a new conversation is a restart of the bot.
      if (spec.meaning === 'person')
        for (const el of queryAll(root, 'button, [role="button"], a[href]')) {
          if (named.has(el) || !startsConversation(accessibleName(el))) continue;
          const said = messageBefore(el);
          if (said && cardOffersPerson(said) && saysOurs(said) && promisesReplyTime(said)) {
            tally.add(el, 3.2, `a new conversation after "${said.slice(0, 40)}"`);
            named.add(el);
          }
        }
      // Bare text in an element React gave a click handler (no role to find it by).
      for (const [el, text] of textMatches(root, spec)) {
        const target = clickableFor(el, spec);
        const whole = shortText(el);
        if (named.has(target)) continue;
        // A title in an element of its own, first in a card whose name goes on with a line.
        const card = whole === text && target === el ? titledControl(el, text) : el;
        if (whole === text && card === el) tally.add(target, 4 * nameScoreFor(spec, text), 'visible text');
        // Its title, a line under it ("Customer Support / We're here to help"): a little less,
        // and never when the line says it is another desk ("… / Wish for Merchants").
        else if (!namesOtherDesk(card === el ? whole : accessibleName(card))) {
          const control = card !== el ? card : target === el ? titledControl(el, text) : target;
          const line =
            card === el
              ? whole.slice(whole.indexOf(text) + text.length)
              : nameAfterBadge(card).slice(normalise(text).length);
          // ... unless the line says the same: a person (or a reply in hours) under a title
          // that means one, or any line meaning what its title means ("Lo mío va por otro lado
          // / No encuentro mi caso en la lista").
          // A line saying Wish's own people answer there ("Il team Wish ti risponde per e-mail")
          // says it as surely.
          const weight =
            (spec.meaning === 'person' &&
              (mentionsPerson(line) ||
                promisesReplyTime(line) ||
                (cardOffersPerson(line) && saysOurs(line)))) ||
            nameScoreFor(spec, line.trim()) > 0
              ? 4
              : 3.2;
          if (!named.has(control))
            tally.add(control, weight * nameScoreFor(spec, text), `titled "${text.slice(0, 30)}"`);
        }
      }
    }
  }
  if (spec.roles.includes('textbox')) for (const root of regions) addTextboxes(root, tally);
  // A field's wrapper named by a stable attribute or class ("chat-input"): its points are the
  // one field's inside it.
  if (spec.roles.length === 1 && spec.roles[0] === 'textbox')
    for (const c of [...tally.byElement.values()]) {
      if (roleOf(c.element) === 'textbox') continue;
      const fields = c.element.querySelectorAll(FIELD_SELECTOR);
      if (fields.length === 1) tally.add(fields[0]!, c.score, `inside ${c.reasons.join(', ')}`);
    }
  const scored: Candidate[] = [];
  for (const c of tally.byElement.values()) {
    const el = c.element;
    const role = roleOf(el);
    // A container (a chat's log, a dialog, a list) is where controls are, never one of them.
    if (CONTAINER_ROLES.has(role)) continue;
    if (NOT_CONTROL_ROLES.has(role) || labelsAMenuGroup(el)) continue;
    // A field is typed in: words outside one (its label, a chat bubble saying the same) are not it.
    if (spec.roles.length === 1 && spec.roles[0] === 'textbox' && role !== 'textbox') continue;
    // ... and a field is never a choice to click, whatever its label or placeholder says
    // ("Deine Nachricht an das Wish-Team" is the box, not the way to the team).
    if ((role === 'textbox' || role === 'searchbox') && !spec.roles.includes(role)) continue;
    if (spec.roles.includes(role) || (options.menu && role === 'menuitem')) tally.add(el, 1, `role ${role}`);
    else if (!role && pointerOrigin(el) !== el) tally.add(el, -1, 'not interactive');
    // "Report a problem" beside a help entry is the site's own feedback form, not the way to
    // support (reportsIssue counts only in a menu where nothing offers help).
    if (spec.meaning === 'customer' && reportsOnly(spec, el) && helpBeside(el, regions)) continue;
    // A disabled control cannot be the step: it is an earlier choice the assistant's log keeps.
    if (isDisabled(el)) continue;
    if (!options.includeHidden && !isVisible(el)) continue;
    // A link that acts in the chat itself ("#", a script's, or one that only changes this
    // page's query: a wizard keeping its step in the address); one to a page of its own only
    // when it names one person to reach ("Still need help? <a>Contact a support agent</a>"):
    // otherwise a reference in the text ("Our <a>Customer Support team</a> is here", an article).
    // A native <dialog> is a dialog, whatever its role says.
    const sentence =
      !!options.talk &&
      (!leavesThisPage(el) || (spec.meaning === 'person' && namesOnePerson(accessibleName(el)))) &&
      !!closestAcross(el, `${ASSISTANT_SELECTOR}, dialog, ${CONVERSATION_SELECTOR}`);
    if (el.closest('[data-wsg-ui]') || isContent(el, !sentence, options.orderCard)) continue;
    if (inSponsoredCard(el)) continue;
    if (options.exclude?.(el)) continue;
    if (spec.notWords && bestNameScore(accessibleName(el), spec.notWords) > 0) continue;
    if (spec.meaning === 'else' && ratesAnAnswer(el)) continue;
    scored.push(c);
  }
  // An element and its own descendant are one target: keep the better scored.
  scored.sort((a, b) => b.score - a.score);
  if (spec.meaning === 'person') favourWishsPerson(scored);
  const kept = scored.filter(
    (c, i) =>
      !scored
        .slice(0, i)
        .some((better) => better.element.contains(c.element) || c.element.contains(better.element)),
  );
  return withoutHiddenCopies(kept);
}

/** A control hidden from assistive technology with a twin of the same name that is not (a
 *  looping carousel's copies of its cards, drawn before the first and after the last): the
 *  copy is for the eye, the twin is the control. A hidden one without a twin stays. */
function withoutHiddenCopies(list: Candidate[]): Candidate[] {
  const hidden = list.filter((c) => ariaHidden(c.element));
  if (!hidden.length) return list;
  // The same name, found the same way (a generic "Select" by the same card title).
  const key = (c: Candidate) => `${c.score}|${c.reasons.join('|')}|${normalise(accessibleName(c.element))}`;
  const shown = new Set(list.filter((c) => !hidden.includes(c)).map(key));
  return list.filter((c) => !hidden.includes(c) || !shown.has(key(c)));
}

/** Several people offered alike ("Chat to an Evri agent", "Talk to a Klarna agent", "Chat to a
 *  Wish agent"): the one said to be Wish's is the shopper's way, whoever the others work for.
 *  Only when it alone names Wish among those tied at the top; `scored` is sorted, best first. */
function favourWishsPerson(scored: Candidate[]): void {
  const top = scored[0];
  if (!top) return;
  const tied = scored.filter((c) => Math.abs(c.score - top.score) < 0.01);
  if (tied.length < 2) return;
  // Said of the person, before any "about …" clause: "an Evri agent about your Wish parcel"
  // is the courier's, the parcel being Wish's.
  const wish = tied.filter((c) =>
    withoutAboutClause(normalise(accessibleName(c.element)))
      .split(' ')
      .includes('wish'),
  );
  // Else the one alone naming no other business ("Speak to a person" beside "Chat with an
  // Evri agent about your Wish parcel"): the others are said to be someone else's.
  const plain = tied.filter((c) => !namesAnotherBrand(accessibleName(c.element)));
  const ours = wish.length === 1 ? wish[0] : plain.length === 1 && !wish.length ? plain[0] : undefined;
  if (!ours) return;
  ours.score += 0.5;
  ours.reasons.push(
    wish.length ? "the one of the people alike said to be Wish's" : 'the one naming no other business',
  );
  scored.sort((a, b) => b.score - a.score);
}

/** A line of a menu made of menu items that is none of them (its group's label, drawn as a
 *  plain list item): the page says what in it is pressed. */
function labelsAMenuGroup(el: Element): boolean {
  const menu = el.closest('[role="menu"], [role="menubar"]');
  if (!menu || el.closest(MENU_ITEM) || el.querySelector(MENU_ITEM)) return false;
  // A link or a button is pressed whatever the menu calls it (a foot's "Contact us" button),
  // and so is a line drawn with the hand pointer.
  if (el.closest(PRESSED) || el.querySelector(PRESSED) || pointerOrigin(el)) return false;
  return !!menu.querySelector(MENU_ITEM);
}
const PRESSED =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [tabindex], [onclick]';
const MENU_ITEM = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

/** Its name says support only by reporting an issue ("Anliegen melden", "Report a problem"). */
function reportsOnly(spec: LocatorSpec, el: Element): boolean {
  const name = accessibleName(el);
  return reportsIssue(name) && nameScoreFor(spec, name) <= 0.55;
}

/** Another control in the same region offers help ("Help", a help centre, the FAQ). */
function helpBeside(el: Element, regions: readonly Region[]): boolean {
  const root = regions.find((r) => (r as Node).contains(el));
  if (!root) return false;
  return queryAll(root, INTERACTIVE_SELECTOR).some(
    (o) => o !== el && !o.contains(el) && offersHelp(accessibleName(o)),
  );
}

/** The one control that goes on from a field (its "Continue" in the same row or box, up to
 *  three levels): none when the box holds other fields or other buttons. */
function fieldsGo(field: Element): Element | null {
  for (let up = field.parentElement, d = 0; up && d < 3; up = up.parentElement, d++) {
    if (up.querySelectorAll(FIELD_SELECTOR).length > 1) return null;
    const buttons = [...up.querySelectorAll('button, [role="button"], input[type="submit"]')].filter((b) =>
      isVisible(b),
    );
    if (buttons.length > 1) return null;
    if (buttons.length === 1) return meansGenericGo(accessibleName(buttons[0]!)) ? buttons[0]! : null;
  }
  return null;
}

/** The best of a list of candidates, or null with the reason (too weak, or a tie). */
export function pick(list: Candidate[], min = MIN_SCORE): LocateResult {
  const [first, second] = list;
  if (!first || first.score < min)
    return {
      element: null,
      why: first ? `best score ${first.score} is below ${min}` : 'no candidate',
      candidates: list,
    };
  if (second && Math.abs(second.score - first.score) < 0.01)
    return { element: null, why: `ambiguous: two candidates score ${first.score}`, candidates: list };
  return { element: first.element, why: first.reasons.join(', '), candidates: list };
}

/** The element a locator names inside the regions, or null with the reason. */
export function locate(id: LocatorId, regions: readonly Region[], options: LocateOptions = {}): LocateResult {
  const spec = LOCATORS[id];
  const min = spec.minScore ?? MIN_SCORE;
  try {
    // The family that names it exactly comes first: a generic word ("Support") counts only
    // when nothing says "Customer Support", and a bare "Help" only when nothing says either,
    // however they are drawn.
    const tiers: Looseness[] = [];
    if (spec.weakWords?.length) tiers.push(0);
    if (spec.weakestWords?.length) tiers.push(1);
    for (const tier of tiers) {
      const found = pick(candidates(id, regions, options, tier), min);
      if (found.element) return found;
      // Something here says it more exactly, though not surely enough (a plain text entry):
      // a looser word elsewhere would likely be the wrong one.
      const named = found.candidates.find((c) => c.reasons.some((r) => /named|visible text/.test(r)));
      if (named && found.why.startsWith('ambiguous')) return found;
      if (named)
        return {
          element: null,
          why: `a closer name is not certain: ${named.reasons.join(', ')}`,
          candidates: found.candidates,
        };
    }
    return pick(candidates(id, regions, options), min);
  } catch (error) {
    return { element: null, why: `locator failed: ${(error as Error).message}`, candidates: [] };
  }
}

/** The title of the card a control is the one control of: the text its aria-describedby
 *  names, else the heading of its holder (up to three levels, no other control in it). */
export function cardTitle(el: Element): string {
  const described = textOfIds(el, 'aria-describedby');
  if (described) return described.length <= 80 ? described : '';
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.matches('html, body, main, [role="main"], [role="log"], form')) return '';
    const controls = node.querySelectorAll('a[href], button, [role="button"], input, textarea, select');
    if (controls.length !== 1) return '';
    // A table row's header says what the row is ("A encomenda não chegou | … | Escolher").
    const heading = node.querySelector(
      node.matches('tr, [role="row"]')
        ? ':scope > :is(th, [role="rowheader"]), h1, h2, h3, h4, h5, h6, [role="heading"]'
        : 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    );
    const title = heading ?? boldLead(node, el);
    if (title) {
      const text = shortText(title);
      // The card's other words say whose it is: a community's or a seller's is another desk.
      if (namesOtherDesk(shortText(node, 300))) return '';
      return text.length <= 80 ? text : '';
    }
  }
  return '';
}

/** A card's title drawn as bold words, no heading (`<b>Nessuno di questi</b><small>…</small>
 *  <button>Seleziona</button>`): its first element with words, before the control, bold by
 *  its tag or its weight, with more words after it in the card (its line). */
function boldLead(card: Element, control: Element): Element | null {
  const first = [...card.children].find((c) => c !== control && /\p{L}/u.test(c.textContent ?? ''));
  if (!first || first.contains(control)) return null;
  if (first.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING) return null;
  const view = card.ownerDocument.defaultView;
  const drawn = view ? view.getComputedStyle(first).fontWeight : '';
  const weight = /^bold/.test(drawn) ? 700 : Number.parseInt(drawn, 10);
  if (!first.matches('b, strong') && !(weight >= 600)) return null;
  const rest = [...card.children].filter((c) => c !== first && c !== control && !c.contains(control));
  return rest.some((c) => /\p{L}/u.test(c.textContent ?? '')) ? first : null;
}

/** The words of the card a control is the one control of (its title and line, without the
 *  control's own): the nearest holder, up to three levels, with words besides it. */
export function cardWords(el: Element): string {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.matches('html, body, main, [role="main"], [role="log"], form')) return '';
    // A phone number or an address to write to beside the go ("Call us", a tel: link) leaves
    // the page for another channel: no other choice of the card's, nor its words.
    const controls = [
      ...node.querySelectorAll('a[href], button, [role="button"], input, textarea, select'),
    ].filter((c) => c === el || !OTHER_CHANNEL.test(c.getAttribute('href') ?? ''));
    if (controls.length !== 1) return '';
    let text = '';
    const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode(); t && text.length < 300; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || el.contains(parent) || parent.closest('script, style')) continue;
      const link = parent.closest('a[href]');
      if (link && node.contains(link) && OTHER_CHANNEL.test(link.getAttribute('href') ?? '')) continue;
      text += ` ${t.nodeValue ?? ''}`;
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(text)) return text.slice(0, 300);
  }
  return '';
}

/** A link out of the web to a phone, a text message or an e-mail. */
const OTHER_CHANNEL = /^\s*(?:tel|callto|sms|mailto):/i;

/** The line of a control drawn as a card (an icon, then its title in an element of its own,
 *  then a line) whose title only says "go" ("Hier im Chat schreiben", "Start chat"); else ''. */
function lineUnderGoTitle(control: Element): string {
  const walker = control.ownerDocument.createTreeWalker(control, 4 /* NodeFilter.SHOW_TEXT */);
  let first = walker.nextNode();
  while (first && !/\p{L}/u.test(first.nodeValue ?? '')) first = walker.nextNode();
  const title = first?.parentElement;
  if (!first || !title || title === control || !control.contains(title)) return '';
  // The title's element holds the title alone, and the line follows it.
  if (!meansGenericGo(shortText(title))) return '';
  let line = '';
  for (let t = walker.nextNode(); t && line.length < 300; t = walker.nextNode())
    if (!title.contains(t)) line += ` ${t.nodeValue ?? ''}`;
  return line.replace(/\s+/g, ' ').trim();
}

/** The link or button a title with its subtitle line sits in (up to two levels): its name
 *  begins with the title and goes on with the line ("Atención al cliente · Chatea con
 *  nosotros"); else the title's own element. */
function titledControl(el: Element, title: string): Element {
  const lead = normalise(title);
  let node = parentElementAcrossShadow(el);
  for (let depth = 0; node && depth < 2; depth++, node = parentElementAcrossShadow(node)) {
    // A choice card drawn as the label of a radio (a form's question, not a chat's): the
    // radio is the control, named by the card's title and line.
    const radio = node.localName === 'label' ? (node as HTMLLabelElement).control : null;
    if (radio && roleOf(radio) === 'radio')
      return nameAfterBadge(radio).startsWith(lead) && !namesOtherDesk(accessibleName(radio)) ? radio : el;
    if (!roleOf(node)) continue;
    const name = accessibleName(node);
    return nameAfterBadge(node).startsWith(lead) && !namesOtherDesk(name) ? node : el;
  }
  return el;
}

/** A control's normalised name without the number badge leading it ("1", "2." alone in an
 *  element of its own: a bot's numbered choices, "tap or reply with its number"), so that the
 *  title after it leads the name. */
function nameAfterBadge(control: Element): string {
  const name = normalise(accessibleName(control));
  const walker = control.ownerDocument.createTreeWalker(control, 4 /* NodeFilter.SHOW_TEXT */);
  let first = walker.nextNode();
  while (first && !first.nodeValue?.trim()) first = walker.nextNode();
  const badge = first?.parentElement;
  if (!first || !badge || badge === control || shortText(badge) !== first.nodeValue!.trim()) return name;
  if (!/^\d{1,2}[.)]?$/.test(first.nodeValue!.trim())) return name;
  const number = normalise(first.nodeValue!);
  return name.startsWith(number) ? name.slice(number.length).trim() : name;
}

/** Elements whose own text is a whole wording of the spec (a cheap length filter first), with
 *  that text: the element's whole text, or its first line when a subtitle follows it. */
function textMatches(root: Region, spec: LocatorSpec): Map<Element, string> {
  const doc = (root as Node).ownerDocument ?? (root as Document); // realm-safe: no instanceof
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out = new Map<Element, string>();
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.trim().length < 2 || raw.length > MAX_NAME) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    if (nameScoreFor(spec, raw) > 0) {
      const whole = shortText(parent);
      // The first words of their element (past an icon before them: "💬" in a span), the rest
      // a subtitle in an inline part of its own.
      out.set(parent, whole.includes(raw.trim()) && subtitled(parent, node) ? raw.trim() : whole);
    }
    // A label split into spans (a word each, an icon beside it): the element holding the
    // whole label names it, however the parts read alone.
    let holder: Element | null = parent;
    for (let depth = 0; depth < 3; depth++) {
      holder = holder.parentElement;
      if (!holder || seen.has(holder)) break;
      seen.add(holder); // once, whether it holds one phrase or not
      if (!holdsOnePhrase(holder)) break;
      const whole = shortText(holder);
      if (whole.length > MAX_NAME) break;
      if (whole !== raw.trim() && nameScoreFor(spec, whole) > 0) {
        out.set(holder, whole);
        break;
      }
    }
  }
  return out;
}

/** A menu entry's own name: its title when a subtitle line follows it in an element of its
 *  own ("Centro de ayuda" over "Artículos y guías"), else its accessible name. */
export function entryName(el: Element): string {
  const first = titleNode(el);
  if (
    !el.hasAttribute('aria-label') &&
    first?.nodeType === 3 &&
    first.nodeValue?.trim() &&
    subtitled(el, first)
  )
    return first.nodeValue.replace(/\s+/g, ' ').trim();
  return accessibleName(el);
}

/** A choice's title: the first line of the card it is drawn as, when a subtitle follows it
 *  ("Mi pedido no llegó" over "Pasó la fecha y no lo recibí"), a radio's from its label; else
 *  its accessible name. */
export function choiceTitle(el: Element): string {
  const by = el.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  // A radio's label, or the element naming the choice (a switch's "aria-labelledby").
  const holder =
    (el as HTMLInputElement).labels?.[0] ?? (by ? el.ownerDocument.getElementById(by) : null) ?? el;
  const walker = holder.ownerDocument.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  // The first words: an icon before them (an emoji in a span hidden from assistive technology,
  // "📦 Problem with an item I received") is no title.
  const says = (n: Node) => {
    const hidden = n.parentElement?.closest('[aria-hidden="true"]');
    return /\p{L}/u.test(n.nodeValue ?? '') && !(hidden && holder.contains(hidden));
  };
  let first = walker.nextNode();
  while (first && !says(first)) first = walker.nextNode();
  if (!first) return accessibleName(el);
  // The title may sit in an element of its own beside its line ("<span><b>Title</b><small>line
  // </small></span>"): up through elements holding nothing but it, within the choice.
  let title: Node = first;
  for (let up = first.parentElement, d = 0; up && d < 3; up = up.parentElement, d++) {
    if (subtitled(up, title)) return first.nodeValue!.replace(/\s+/g, ' ').trim();
    if (up === holder || !holdsOnly(up, title)) break;
    title = up;
  }
  return accessibleName(el);
}

/** An element whose only content is one node. */
function holdsOnly(el: Element, node: Node): boolean {
  return [...el.childNodes].every((n) => n === node || (n.nodeType === 3 && !n.nodeValue?.trim()));
}

/** The text node leads its element (after an icon drawn before it: an svg, an image, an empty
 *  <i>) and all that follows is one element of its own (a <small>, a <span> or a <div>
 *  subtitle): a title with a line under it. */
function subtitled(el: Element, title: Node): boolean {
  if (titleNode(el) !== title) return false;
  // A line break before the subtitle is no part of it ("Contact us<br><small>Chat…</small>").
  const rest = [...el.childNodes].filter(
    (n) =>
      n !== title &&
      (n.nodeType === 1 || n.nodeValue?.trim()) &&
      !(n.compareDocumentPosition(title) & 4) &&
      (n as Element).localName !== 'br',
  );
  return (
    rest.length === 1 &&
    rest[0]!.nodeType === 1 &&
    (rest[0] as Element).children.length === 0 &&
    !(rest[0] as Element).matches('a, button, [role="button"], input, textarea, select')
  );
}

/** An element's first child that says something: past blank text and the icons before it. */
function titleNode(el: Element): ChildNode | null {
  for (const n of el.childNodes) {
    if (n.nodeType === 3 && !n.nodeValue?.trim()) continue;
    if (n.nodeType === 1 && isLeadingIcon(n as Element)) continue;
    return n;
  }
  return null;
}

/** An icon drawn before a title: an svg or image, or an element with no text of its own. */
function isLeadingIcon(el: Element): boolean {
  if (el.matches('a, button, [role="button"], input, textarea, select')) return false;
  return el.matches('svg, img') || !/\p{L}/u.test(el.textContent ?? '');
}

/** Inline parts only (words in spans, an icon): one label, not two controls side by side. */
const PHRASE_PARTS = new Set([
  'span',
  'b',
  'strong',
  'i',
  'em',
  'small',
  'bdi',
  'bdo',
  'mark',
  'u',
  's',
  'sub',
  'sup',
  'font',
  'wbr',
  'svg',
  'path',
  'g',
  'use',
  'circle',
  'rect',
  'img',
  'abbr',
]);
function holdsOnePhrase(el: Element): boolean {
  let count = 0;
  // A walk that stops early: a big subtree is no label.
  const walker = el.ownerDocument.createTreeWalker(el, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let part = walker.nextNode() as Element | null; part; part = walker.nextNode() as Element | null) {
    if (++count > 12) return false;
    if (!PHRASE_PARTS.has(part.localName) || part.hasAttribute('role') || part.hasAttribute('tabindex'))
      return false;
  }
  return true;
}

/** Inside a card labelled as paid for ("Sponsored · …" as a line of its own, a few levels up,
 *  across shadow roots): an advertiser's, however it is worded. */
function inSponsoredCard(el: Element): boolean {
  for (
    let node = parentElementAcrossShadow(el), d = 0;
    node && d < 4;
    node = parentElementAcrossShadow(node), d++
  ) {
    const root = node.shadowRoot ?? node;
    for (const child of root.children)
      if (
        child !== el &&
        !child.contains(el) &&
        child.children.length === 0 &&
        labelsSponsored(child.textContent ?? '')
      )
        return true;
  }
  return false;
}

/** A pictogram that rates an answer (👎 labelled "Not what I'm looking for" beside a 👍): it
 *  shows no words, and it is a thumb (by its glyph or its icon's name) or one of a pair of
 *  wordless controls alone in their holder. A rating, never a choice to go on by; a row of
 *  choices drawn as icons, or a chip that shows its words, is not one. */
function ratesAnAnswer(el: Element): boolean {
  if (!showsNoWords(el)) return false;
  if (/[👍👎]/u.test(el.textContent ?? '')) return true;
  for (const n of [el, ...el.querySelectorAll('*')].slice(0, 20))
    if (THUMB_ICON.test(`${n.getAttribute('class') ?? ''} ${n.getAttribute('data-icon') ?? ''}`)) return true;
  const holder = el.parentElement;
  const controls = holder ? [...holder.querySelectorAll('button, [role="button"], a[href]')] : [];
  return controls.length === 2 && controls.every(showsNoWords);
}
const THUMB_ICON = /thumb|dislike|downvote|upvote/i;
/** No letter or digit on show: none in its text (words only read out aside), none drawn by CSS. */
function showsNoWords(el: Element): boolean {
  return !/[\p{L}\p{N}]/u.test(wordsOnShow(el)) && !generatedText(el);
}
/** Words only read out (a visually hidden span) are no words on show. */
const READ_OUT_ONLY =
  '.sr-only, .visually-hidden, [class*="sr-only"], [class*="visually-hidden"], [class*="screen-reader"]';
function wordsOnShow(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const hidden = n.parentElement?.closest(READ_OUT_ONLY);
    if (!hidden || !el.contains(hidden)) text += n.nodeValue ?? '';
  }
  return text;
}

/** Fields a message can be typed in: a multi-line one is likely the message box, a search
 *  field never is. */
export const FIELD_SELECTOR =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"], input[type="text"], input:not([type])';

/** A box that a survey asks to fill (its name, or the few words drawn around it, ask how the
 *  chat went): a satisfaction survey appended beside the assistant's own box, never the
 *  message. The holders looked at stop below a conversation's log (the log's words are the
 *  chat, not a survey's) and below a holder of another box; what the shopper typed in the box
 *  is not read. */
function forFeedback(el: Element): boolean {
  if (asksForFeedback(accessibleName(el))) return true;
  let holder = el.parentElement;
  for (let depth = 0; holder && depth < 3; depth++, holder = holder.parentElement) {
    if (holder.matches('body, main') || holder.querySelector(CONVERSATION_SELECTOR)) break;
    // A holder of another box holds more than this box's own words (the panel of both).
    if ([...holder.querySelectorAll(FIELD_SELECTOR)].some((f) => f !== el && !el.contains(f))) break;
    let text = '';
    const walker = el.ownerDocument.createTreeWalker(holder, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n && text.length <= 300; n = walker.nextNode())
      // A control's words are its own ("Rate this chat" beside a composer): the survey asks.
      if (!el.contains(n) && !n.parentElement?.closest('a, button, [role="button"], [role="link"]'))
        text += ` ${n.nodeValue ?? ''}`;
    if (text.length > 300) break;
    if (asksForFeedback(text)) return true;
  }
  return false;
}

/** A control of a feedback form (its "Send comments" beside a box asking what one thinks of
 *  the page or the chat): never a choice of the assistant's, whatever its words ("Αποστολή
 *  σχολίων" reads as "shipping" too). */
export function sendsFeedback(el: Element): boolean {
  let holder = el.parentElement;
  for (let depth = 0; holder && depth < 3; depth++, holder = holder.parentElement) {
    if (holder.matches('body, main') || holder.querySelector(CONVERSATION_SELECTOR)) return false;
    const fields = holder.querySelectorAll(FIELD_SELECTOR);
    if (fields.length > 2) return false;
    if (fields.length) return [...fields].some((f) => f !== el && forFeedback(f));
  }
  return false;
}

/** The one field a shopper could write in among the regions (no search, no survey's, no
 *  question to the bot, no reply to an earlier request, nothing read-only), or null when there
 *  are none or several: once the shopper asked for a person, a chat's only box is where to
 *  write, whatever it is called ("Digite sua dúvida" on a one-line input). */
export function loneTextField(regions: readonly Region[], exclude: (el: Element) => boolean): Element | null {
  const tally = new Tally();
  for (const root of regions) addTextboxes(root, tally);
  const usable = [...tally.byElement.values()].filter(
    (c) => c.score > 0 && !exclude(c.element) && isVisible(c.element) && !asksForDatum(c.element),
  );
  return usable.length === 1 ? usable[0]!.element : null;
}

/** A one-line field for one datum (an e-mail, a phone, an order number, a search), by its
 *  type, its name or its words: never a message box taken for want of a better one. */
function asksForDatum(el: Element): boolean {
  if (el.localName === 'textarea' || el.getAttribute('contenteditable') !== null) return false;
  if (/^(?:email|tel|number|search|url|password)$/i.test(el.getAttribute('type') ?? '')) return true;
  if (numbersOnly(el)) return true;
  const attrs = ['name', 'id', 'autocomplete', 'inputmode'].map((a) => el.getAttribute(a) ?? '').join(' ');
  if (/mail|phone|tel\b|order|search|query|zip|postal|name|code/i.test(attrs)) return true;
  if (namesDatum(accessibleName(el))) return true;
  // A field of a form whose only button says what it does ("Suchen", "Search"): its datum.
  const form = (el as HTMLInputElement).form ?? el.closest('form');
  if (!form) return false;
  const buttons = [...form.querySelectorAll('button, input[type="submit"], [role="button"]')];
  return buttons.length === 1 && namesDatum(accessibleName(buttons[0]!));
}

/** A field whose keyboard has digits only (a bot's "reply with a number" box, a quantity):
 *  no message is written in it. */
function numbersOnly(el: Element): boolean {
  return /^(?:numeric|decimal|tel)$/i.test(el.getAttribute('inputmode') ?? '');
}

function addTextboxes(root: Region, tally: Tally): void {
  for (const el of queryAll(root, FIELD_SELECTOR)) {
    const search =
      el.matches(
        'input[type="search"], [role="searchbox"], [name="q"], [name*="search" i], [name="query"]',
      ) || !!el.closest('[role="search"], form[action*="search"]');
    if (search) tally.add(el, -8, 'a search field');
    else if (forFeedback(el)) tally.add(el, -8, "a survey's box");
    else if (addressesAssistant(accessibleName(el))) tally.add(el, -8, 'a question to the assistant');
    else if (repliesToEarlierRequest(accessibleName(el))) tally.add(el, -8, 'a reply to an earlier request');
    else if (numbersOnly(el)) tally.add(el, -8, 'a field for a number');
    else if (
      el.localName === 'textarea' ||
      el.getAttribute('contenteditable') !== null ||
      el.getAttribute('aria-multiline') === 'true'
    )
      tally.add(el, 3, 'multi-line field');
    else tally.add(el, 1, 'text field');
    if ((el as HTMLTextAreaElement).readOnly || el.hasAttribute('disabled')) tally.add(el, -4, 'read-only');
  }
}
