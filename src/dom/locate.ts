// The locator engine: finds the element a LOCATORS spec describes, by several strategies,
// scores every candidate and returns the best visible one, or nothing when it is not there or
// two candidates tie (a wrong highlight is worse than none).
import { labelsFor, type LabelKey } from '../wish/labels';
import {
  INTERACTIVE_SELECTOR,
  LOCATORS,
  SCOPE_SELECTORS,
  UNLIKELY_SELECTORS,
  type LocatorId,
  type LocatorSpec,
} from '../wish/locators';
import { labelScore, normalise } from '../wish/text';
import { frameOf, searchRoots, type SearchRoot } from './roots';
import { isVisible, parentElementAcrossShadow } from './visible';

export interface Candidate {
  element: Element;
  score: number;
  reasons: string[];
}

export interface LocateOptions {
  /** Search only inside this element (an order's card, the assistant). */
  within?: Element | Document;
  /** Also return hidden elements (a hover menu's entries before the hover). */
  includeHidden?: boolean;
  /** The shopper's name, which the account menu shows. */
  nameHint?: string;
}

export interface LocateResult {
  element: Element | null;
  /** Why it won, or why nothing was returned. */
  why: string;
  candidates: Candidate[];
}

const MIN_SCORE = 3;
const MAX_TEXT = 120;

/** The role an element has or implies. */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0]!;
  const tag = el.localName;
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
    if (['text', 'email', 'search', 'tel', 'url', ''].includes(type))
      return type === 'search' ? 'searchbox' : 'textbox';
    return type;
  }
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '')
    return 'textbox';
  if (el.hasAttribute('onclick') || el.hasAttribute('tabindex')) return 'button';
  return '';
}

/** The accessible name, simplified: what a screen reader would most likely announce. */
export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (el instanceof el.ownerDocument.defaultView!.HTMLElement && 'labels' in el) {
    const labels = (el as HTMLInputElement).labels;
    const text = labels
      ? [...labels]
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim()
      : '';
    if (text) return text;
  }
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder');
  if (placeholder?.trim() && roleOf(el) === 'textbox') return placeholder.trim();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.slice(0, MAX_TEXT + 1);
  const alt = el.querySelector('img[alt]')?.getAttribute('alt');
  return (el.getAttribute('title') ?? alt ?? (el as HTMLInputElement).value ?? '').trim();
}

function closestAcross(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; node = parentElementAcrossShadow(node)) {
    try {
      if (node.matches(selector)) return node;
    } catch {
      return null;
    }
  }
  return null;
}

function queryAll(root: SearchRoot | Element, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return []; // a selector this engine does not support: skip the strategy, never throw
  }
}

function bestLabel(text: string, keys: readonly LabelKey[]): number {
  let best = 0;
  for (const key of keys) best = Math.max(best, labelScore(text, labelsFor(key)));
  return best;
}

/** Climbs from a text's element to what a shopper would click: the nearest interactive
 *  ancestor whose own text is still (about) the label. */
function clickableFor(el: Element, keys: readonly LabelKey[]): Element {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = parentElementAcrossShadow(node)) {
    if (roleOf(node)) return bestLabel(accessibleName(node), keys) > 0 ? node : el;
  }
  return el;
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

/** Every candidate for a locator with its score and reasons, best first. */
export function candidates(id: LocatorId, doc: Document, options: LocateOptions = {}): Candidate[] {
  const spec: LocatorSpec = LOCATORS[id];
  const scopes: Array<SearchRoot | Element> =
    options.within && options.within !== doc ? [options.within] : searchRoots(doc);
  const tally = new Tally();
  const keys = spec.labels ?? [];
  // The send button is the one beside the message field: no field, no send button.
  const sendField = id === 'send' ? locate('message', doc, options).element : null;
  if (id === 'send' && !sendField) return [];

  for (const root of scopes) {
    for (const selector of spec.attributes ?? []) {
      for (const el of queryAll(root, selector)) tally.add(el, 5, `stable attribute ${selector}`);
    }
    for (const re of spec.hrefs ?? []) {
      for (const el of queryAll(root, 'a[href]')) {
        if (re.test(el.getAttribute('href') ?? '')) tally.add(el, 3, `link target ${re.source}`);
      }
    }
    for (const hint of spec.classHints ?? []) {
      for (const el of queryAll(root, `[class*="${hint}"]`)) {
        if (roleOf(el) || el.localName === 'div' || el.localName === 'span')
          tally.add(el, 1, `class prefix ${hint}`);
      }
    }
    if (keys.length) {
      // Named interactive elements: aria-label, text, placeholder, <label>.
      const named = new Set<Element>();
      for (const el of queryAll(root, INTERACTIVE_SELECTOR)) {
        const name = accessibleName(el);
        if (name.length > MAX_TEXT) continue;
        const s = bestLabel(name, keys);
        if (s > 0) {
          tally.add(el, 4 * s, `named "${name.slice(0, 40)}"`);
          named.add(el);
        }
      }
      // Bare text in a div with a click handler React attached (no role to find it by).
      for (const el of textMatches(root, keys)) {
        const target = clickableFor(el, keys);
        if (!named.has(target)) tally.add(target, 3 * bestLabel(el.textContent ?? '', keys), 'visible text');
      }
    }
    if (spec.roles.includes('textbox') && id === 'message') addTextboxes(root, tally);
    if (spec.ownsMenuWith) addMenuOwners(root, spec.ownsMenuWith, tally);
    if (id === 'account-menu' && options.nameHint) addNameHint(root, options.nameHint, tally);
  }

  const scored: Candidate[] = [];
  for (const c of tally.byElement.values()) {
    const el = c.element;
    const role = roleOf(el);
    if (spec.roles.includes(role)) tally.add(el, 1, `role ${role}`);
    else if (!role) tally.add(el, -1, 'not interactive');
    if (
      spec.scope &&
      (closestAcross(el, SCOPE_SELECTORS[spec.scope]) ||
        (spec.scope === 'assistant' && frameOf(el.ownerDocument)))
    )
      tally.add(el, 2, `inside ${spec.scope}`);
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true')
      tally.add(el, -4, 'disabled');
    if (closestAcross(el, UNLIKELY_SELECTORS)) tally.add(el, -6, 'in the page footer');
    if (sendField) {
      if (near(el, sendField)) tally.add(el, 3, 'beside the message field');
      else continue;
    }
    if (!options.includeHidden && !isVisible(el)) continue;
    if (el.closest('#wish-support-guide, [data-wsg-ui]')) continue; // our own UI
    scored.push(c);
  }
  // An element and its own descendant are one target: keep the better scored.
  scored.sort((a, b) => b.score - a.score);
  return scored.filter(
    (c, i) =>
      !scored
        .slice(0, i)
        .some((better) => better.element.contains(c.element) || c.element.contains(better.element)),
  );
}

/** The element a locator names, or null with the reason. */
export function locate(id: LocatorId, doc: Document = document, options: LocateOptions = {}): LocateResult {
  let list: Candidate[];
  try {
    list = candidates(id, doc, options);
  } catch (error) {
    return { element: null, why: `locator failed: ${(error as Error).message}`, candidates: [] };
  }
  const [first, second] = list;
  const min = LOCATORS[id].minScore ?? MIN_SCORE;
  if (!first || first.score < min) {
    return {
      element: null,
      why: first ? `best score ${first.score} is below ${min}` : 'no candidate',
      candidates: list,
    };
  }
  if (second && Math.abs(second.score - first.score) < 0.01) {
    return { element: null, why: `ambiguous: two candidates score ${first.score}`, candidates: list };
  }
  return { element: first.element, why: first.reasons.join(', '), candidates: list };
}

function textMatches(root: SearchRoot | Element, keys: readonly LabelKey[]): Element[] {
  const labels = keys.flatMap((k) => labelsFor(k)).map(normalise);
  const shortest = Math.min(...labels.map((l) => l.length));
  const longest = Math.max(...labels.map((l) => l.length));
  const doc = (root as Node).ownerDocument ?? (root as Document); // realm-safe: no instanceof
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    // Cheap length filter first: most of a page's text is nowhere near a label's length.
    if (raw.length < shortest || raw.length > longest * 1.6 + 24) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('head, script, style, noscript, template, p')) continue;
    if (labelScore(raw, labels) > 0) out.push(parent);
  }
  return out;
}

function addTextboxes(root: SearchRoot | Element, tally: Tally): void {
  for (const el of queryAll(
    root,
    'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"], input[type="text"], input:not([type])',
  )) {
    const search =
      el.matches('input[type="search"], [name="q"], [name*="search" i], [name="query"]') ||
      !!el.closest('[role="search"], form[action*="search"]') ||
      /search|αναζήτ|cerca/i.test(el.getAttribute('placeholder') ?? '');
    if (search) tally.add(el, -6, 'a search field');
    else if (el.localName === 'textarea' || el.getAttribute('contenteditable') !== null)
      tally.add(el, 2, 'multi-line field');
    else tally.add(el, 0.5, 'text field');
    if ((el as HTMLTextAreaElement).readOnly || el.hasAttribute('disabled')) tally.add(el, -4, 'read-only');
  }
}

/** "Structure near an anchor": a hover menu's hidden entries point at the element that opens it. */
function addMenuOwners(root: SearchRoot | Element, keys: readonly LabelKey[], tally: Tally): void {
  const seen = new Set<Element>();
  for (const entry of textMatches(root, keys)) {
    if (isVisible(entry)) continue; // an open menu: its owner is found by its other signals
    // The menu: the highest hidden ancestor of the entry.
    let menu: Element = entry;
    for (let p = parentElementAcrossShadow(entry); p && !isVisible(p); p = parentElementAcrossShadow(p))
      menu = p;
    const holder = parentElementAcrossShadow(menu);
    if (!holder || seen.has(holder) || holder.matches('html, body, main')) continue;
    seen.add(holder);
    const owner = [...holder.children].find((child) => child !== menu && isVisible(child));
    if (!owner) continue;
    const inner = owner.querySelector(INTERACTIVE_SELECTOR);
    const clickable = owner.matches(INTERACTIVE_SELECTOR) || !inner || !isVisible(inner) ? owner : inner;
    tally.add(clickable, 3, 'opens the hidden account menu');
  }
}

function addNameHint(root: SearchRoot | Element, name: string, tally: Tally): void {
  const target = normalise(name.split(/\s+/)[0] ?? '');
  if (!target) return;
  for (const el of queryAll(root, 'header *, [role="banner"] *, nav *')) {
    if (el.children.length > 2) continue;
    const words = normalise(el.textContent ?? '').split(' ');
    if (words.includes(target)) tally.add(clickableFor(el, []), 3, "shows the shopper's name");
  }
}

function near(el: Element, field: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = parentElementAcrossShadow(node)) {
    if (node.contains(field)) return true;
  }
  return false;
}
