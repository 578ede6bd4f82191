// Is an element where a shopper can see it? Browsers answer with checkVisibility and layout;
// jsdom has no layout, so there the computed styles of the element and its ancestors decide.

export const hasLayout = (): boolean =>
  typeof navigator === 'undefined' || !/jsdom/i.test(navigator.userAgent);

export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  // A drop-down's choices show only in the browser's own picker, while it is open: only a
  // list box (several rows shown, or several to choose) shows its options in the page.
  if (el.localName === 'option') {
    const select = el.closest('select');
    if (!select || !(select.multiple || select.size > 1)) return false;
  }
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // A host whose own box is empty may draw all it shows in its shadow root (a fixed overlay);
  // Firefox counts such a host as not visible at all, Chromium as a box of no size.
  const drawsInShadow = () =>
    !!el.shadowRoot && [...el.shadowRoot.children].some((c) => c.localName !== 'style' && isVisible(c));
  if (typeof check === 'function') {
    if (!check.call(el, { visibilityProperty: true, contentVisibilityAuto: true })) return drawsInShadow();
  } else if (!stylesAllowVisible(el)) return false;
  if (!hasLayout()) return stylesAllowVisible(el);
  const rect = el.getBoundingClientRect();
  if (!(rect.width > 0 || rect.height > 0)) return drawsInShadow();
  // Moved out of the window sideways (a closed drawer, a carousel's other slides): a page
  // never scrolls left of its start, nor right when it does not scroll sideways.
  const view = el.ownerDocument.defaultView;
  const root = el.ownerDocument.documentElement;
  const left = rect.right <= 0 && (view?.scrollX ?? 0) === 0;
  const right = !!view && rect.left >= view.innerWidth && root.scrollWidth <= view.innerWidth;
  // ...unless a row of its own scrolls sideways to it (a chat's chips): the shopper scrolls it.
  if ((left || right) && !inSidewaysScroller(el)) return false;
  return !clippedAway(el, rect);
}

/** Drawn fully transparent (its own or an ancestor's opacity 0): a menu kept in the page and
 *  closed by fading it out is there to lay out, but no shopper sees it. */
export function isTransparent(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = parentElementAcrossShadow(node))
    if (view?.getComputedStyle(node).opacity === '0') return true;
  return false;
}

/** An ancestor that scrolls sideways and has more to show than its width. */
function inSidewaysScroller(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  let depth = 0;
  for (
    let node = parentElementAcrossShadow(el);
    node && depth < 8;
    node = parentElementAcrossShadow(node), depth++
  ) {
    if (node.scrollWidth <= node.clientWidth + 1) continue;
    const overflow = view?.getComputedStyle(node).overflowX;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    // Within the row's reach: between its start and its end, scrolled either way (a label
    // parked at left -9999px for screen readers is not).
    const row = node.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const start = row.left - node.scrollLeft;
    return r.left >= start - 1 && r.right <= start + node.scrollWidth + 1;
  }
  return false;
}

function stylesAllowVisible(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = parentElementAcrossShadow(node)) {
    if (node.hasAttribute('hidden')) return false;
    // The contents of a closed <details> other than its summary are not drawn (browsers say so
    // through checkVisibility; jsdom computes no such style).
    const up = node.parentElement;
    if (
      up?.localName === 'details' &&
      !up.hasAttribute('open') &&
      node !== up.querySelector(':scope > summary')
    )
      return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}

export function parentElementAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  // Not instanceof: the element may come from another window (an iframe).
  return root.nodeType === 11 && root.host ? root.host : null;
}

/** The words a CSS `content` value draws (`"Reto" " ▾"`, `attr()` already resolved by the
 *  browser), '' for none: the strings only, not images or counters. */
export function contentWords(content: string): string {
  const out: string[] = [];
  for (const m of content
    .replace(/url\((?:"[^"]*"|'[^']*'|[^)]*)\)/g, '')
    .matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g))
    out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Words CSS draws before and after an element (a name painted by `content: attr(data-name)`):
 *  part of what the element shows, and of its accessible name. Browsers only: jsdom computes
 *  no pseudo-elements. */
export function generatedText(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (!view || !hasLayout()) return '';
  return ['::before', '::after']
    .map((p) => contentWords(view.getComputedStyle(el, p).content))
    .join(' ')
    .trim();
}

/** Cut away whole by an ancestor that clips what overflows it (a panel collapsed to no
 *  height, sliding down on hover): laid out, not on show. What escapes the clip (fixed, or
 *  absolute with its containing block above the clipping ancestor) is not cut; a box that
 *  scrolls to it stands for it above (u84's sideways chip row inside a panel with rounded,
 *  clipped corners still shows its chips: the shopper scrolls). Browsers only. */
export function clippedAway(el: Element, shown?: DOMRect): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || !hasLayout()) return false;
  let r = shown ?? el.getBoundingClientRect();
  if (!(r.width > 0 || r.height > 0)) return false;
  const clips = (o: string) => o === 'hidden' || o === 'clip';
  let depth = 0;
  for (
    let node = parentElementAcrossShadow(el);
    node && depth < 16 && !node.matches('html, body');
    node = parentElementAcrossShadow(node), depth++
  ) {
    const box = node.getBoundingClientRect();
    const apartY = r.top >= box.bottom - 1 || r.bottom <= box.top + 1;
    const apartX = r.left >= box.right - 1 || r.right <= box.left + 1;
    if (!apartX && !apartY) continue;
    const style = view.getComputedStyle(node);
    if ((apartY && clips(style.overflowY)) || (apartX && clips(style.overflowX))) {
      if (!escapesClip(el, node, view)) return true;
      continue;
    }
    if (/auto|scroll/.test(`${style.overflowX} ${style.overflowY}`)) r = box;
  }
  return false;
}

function escapesClip(el: Element, clipper: Element, view: Window): boolean {
  let node: Element | null = el;
  while (node && node !== clipper) {
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed') return true;
    if (position !== 'absolute') {
      node = node.parentElement;
      continue;
    }
    // Its containing block: the nearest positioned ancestor; above the clipper, it escapes.
    let up: Element | null = node.parentElement;
    while (up && up !== clipper) {
      const s = view.getComputedStyle(up);
      if (s.position !== 'static' || s.transform !== 'none') break;
      up = up.parentElement;
    }
    if (!up) return true;
    if (up === clipper) {
      const s = view.getComputedStyle(clipper);
      return s.position === 'static' && s.transform === 'none';
    }
    node = up;
  }
  return false;
}

/** Behind a dialog opened modally (`showModal`): the browser makes the rest of the page inert,
 *  popovers shown over it included, so nothing there can be pressed, hovered or typed in while
 *  it is open (a toast popping up under the assistant's modal, a bar's button under a sign-in
 *  dialog). A frame behind one is behind it too. */
export function behindModal(el: Element): boolean {
  for (let node: Element | null = el; node;) {
    const modal = topModal(node.ownerDocument);
    if (modal && !holdsAcross(modal, node)) return true;
    node = frameElementOf(node.ownerDocument);
  }
  return false;
}

// The modal on top in a document, looked up once per task: an evaluation asks for every
// candidate, and the page cannot change between those calls.
const modals = new WeakMap<Document, Element | null>();
function topModal(doc: Document): Element | null {
  if (modals.has(doc)) return modals.get(doc)!;
  const open = openModals(doc);
  // Several open: the one opened last is on top, and it holds the focus (showModal moves it
  // there, and nothing inert can hold it); else the last in the page.
  const focused = deepActiveElement(doc);
  const found = (focused && open.find((m) => holdsAcross(m, focused))) ?? open[open.length - 1] ?? null;
  modals.set(doc, found);
  queueMicrotask(() => modals.delete(doc));
  return found;
}

/** The open modal dialogs of a document, those in open shadow roots too (a chat widget drawn
 *  as a custom element opens its dialog there). */
function openModals(doc: Document): Element[] {
  const out: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const d of root.querySelectorAll('dialog[open]')) {
      try {
        if (d.matches(':modal')) out.push(d);
      } catch {
        return; // an engine without :modal (jsdom): no dialog is modal there
      }
    }
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
  };
  visit(doc);
  return out;
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `outer` holds `inner`, also through the frames and shadow roots `inner` is drawn in. */
export function holdsAcross(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner, hops = 0; node && hops < 6; hops++) {
    if (outer.contains(node)) return true;
    // Another realm's ShadowRoot is no instance of this one's: its node type says it.
    const root = node.getRootNode() as Node & { host?: Element };
    node =
      root.nodeType === 11 && root.host ? root.host : (node.ownerDocument.defaultView?.frameElement ?? null);
  }
  return false;
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null; // a frame of another origin: its holder is not ours to see
  }
}
