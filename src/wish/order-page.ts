// Reads orders from Wish's order history and order detail pages, in one pass over the page's
// text. Each text is checked once against the compiled labels of every language (the order's
// ids, date, total, status...). Ids are kept as what they are: an id counts as the order's id
// or transaction id only when a label says so, and a token shaped like a carrier's tracking
// number is never an order number. Each order's card is the largest element around its ids
// that holds no other order. A value that cannot be parsed is kept as text and flagged; an
// order number is never invented.
import type { Order, OrderFlag, OrderItem } from '../model/types';
import { checkIdToken, checkOrderNumber, ID_CANDIDATE, isTrackingShape, OrderKeys } from './order-number';
import {
  exactLabel,
  isLabelFirstWord,
  labelAtStart,
  labelAtEnd,
  labelsStartingWith,
  orderLanguageOf,
  type LabelEntry,
  type OrderLabelKey,
} from './order-labels';
import { parseDate, parseDateRange, parseMoney, parseStatus } from './parse';
import { normalise } from './text';

export type CapturedOrder = Omit<Order, 'capturedAt' | 'updatedAt' | 'source'>;

/** Attributes that carry an id outright (kept here with the rest of Wish's markup). */
const ORDER_ID_ATTRIBUTES = ['data-order-id', 'data-transaction-item-id'];
const TRANSACTION_ID_ATTRIBUTES = ['data-transaction-id'];
const ID_ATTRIBUTES = [...ORDER_ID_ATTRIBUTES, ...TRANSACTION_ID_ATTRIBUTES];
const ID_SELECTORS = ID_ATTRIBUTES.map((a) => `[${a}]`);
/** An order's item rows. */
const ITEM_SELECTORS = [
  '[data-testid*="order-item" i]',
  '[data-testid*="line-item" i]',
  '[class*="OrderItem__"]',
  '[class*="ItemRow__"]',
];
const ITEM_SELECTOR = ITEM_SELECTORS.join(', ');
const MARKED_SELECTOR = [...ID_SELECTORS, ...ITEM_SELECTORS].join(', ');
const TITLE_SELECTOR = '[data-testid*="title" i], [class*="__Title"], h2, h3, h4';
const PRODUCT_ID_IN_HREF = /\/(?:product|c)\/([0-9a-f]{24})(?:[/?#]|$)/;
const MAX_LEAF_TEXT = 200;
/** Text inside these is code or input, not page text. */
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'textarea', 'template']);
const WORD_RE = /[\p{L}\p{N}\p{M}]+/u;
const WORDS_RE = /[\p{L}\p{N}\p{M}]+/gu;
/** The same pattern without the global flag, for a cheap test. */
const HAS_CANDIDATE = new RegExp(ID_CANDIDATE.source);
const ID_KEYS: readonly OrderLabelKey[] = ['orderId', 'transactionId', 'tracking', 'productId'];
const QUANTITY_ONLY = /^[x×]\s*(\d+)$/;
/** Past this many changed parts, an update reads the whole page instead. */
const MAX_PARTS = 200;

interface Leaf {
  el: Element;
  text: string;
  /** The label the text starts with, and what follows it in the same text. */
  label?: LabelEntry;
  rest?: string;
  /** An id-shaped token may be in the text (tested once). */
  candidate: boolean;
  /** A table's column header, or a cell it labels: never the value of the text before it. */
  column?: boolean;
  /** The order card it is in, and the item row inside the card. */
  card?: Card;
  row?: Row;
}

type IdKind = 'order' | 'transaction';
interface IdHit {
  el: Element;
  kind: IdKind;
  value: string;
}

interface Card {
  el: Element;
  orderIds: string[];
  transactionIds: string[];
  /** Indices of the card's texts, in page order. */
  leaves: number[];
  /** Its item rows (the outermost marked ones), in page order. */
  rows: Row[];
  images: Element[];
  productLinks: ProductLink[];
}

/** An item of an order: its element, its texts, and the first image and product link in it. */
interface Row {
  el: Element;
  card: Card;
  leaves: number[];
  img?: Element;
  productId?: string;
}

interface ProductLink {
  el: Element;
  id: string;
}

/** How much work a read did (tests count it instead of timing it). */
export interface ReadWork {
  texts: number;
  /** Order cards parsed into orders. */
  cards: number;
}

// One pass over the text of the parts read: the texts, each with the label it starts with.
function collectLeaves(roots: readonly Element[], work: ReadWork): Leaf[] {
  const out: Leaf[] = [];
  for (const root of roots) collectLeavesOf(root, out, work);
  return out;
}

function collectLeavesOf(root: Element, out: Leaf[], work: ReadWork): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let last: Element | null = null;
  let grouped: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    work.texts++;
    // Whitespace between tags is most of a page's text nodes: dropped before anything else.
    const text = (node as Text).data.trim();
    if (!text) continue;
    const el = node.parentElement;
    if (!el) continue;
    if (el === last) {
      // Several texts of one element ("Order ID: ", "<!-- -->", "5f1a…" in React): one text.
      const prev = out[out.length - 1]!;
      prev.text += ' ' + text;
      describe(prev);
      continue;
    }
    if (SKIPPED_PARENTS.has(el.localName)) continue;
    // An id drawn in groups, one element each ("6af9" "d2b4" … side by side, for legibility):
    // one text, held by the groups' parent, as the shopper reads and copies it.
    if (grouped?.contains(el)) continue;
    const joined =
      !el.previousElementSibling && el.nextElementSibling && ID_GROUP.test(text) ? idInGroups(el) : '';
    if (joined) {
      grouped = el.parentElement!;
      last = grouped;
      out.push(newLeaf(grouped, joined));
      continue;
    }
    last = el;
    out.push(newLeaf(el, text));
  }
}

/** A leaf with every field set (objects of one shape keep property access fast), described. */
function newLeaf(el: Element, text: string): Leaf {
  const leaf: Leaf = {
    el,
    text,
    label: undefined,
    rest: undefined,
    candidate: false,
    column: false,
    card: undefined,
    row: undefined,
  };
  describe(leaf);
  return leaf;
}

/** One group of an id drawn in groups. */
const ID_GROUP = /^[0-9A-Za-z]{3,8}$/;

/** The id a first group's parent draws in groups: two to twelve elements, nothing else in the
 *  parent, each a group of letters and digits with nothing inside; together an id's length with
 *  a digit ("Status" "Shipped" side by side are two words, not an id). Else ''. */
function idInGroups(first: Element): string {
  const parent = first.parentElement;
  if (!parent || parent.childElementCount < 2 || parent.childElementCount > 12) return '';
  let out = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim()) return '';
      continue;
    }
    if (node.nodeType !== 1 || (node as Element).childElementCount) return '';
    const text = (node.textContent ?? '').trim();
    if (!ID_GROUP.test(text)) return '';
    out += text;
  }
  return out.length >= 10 && out.length <= 34 && /\d/.test(out) ? out : '';
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A run of at least 10 ASCII letters and digits (an id's least): the cheap test before
 *  ID_CANDIDATE's. A regular expression rather than a loop over char codes: it runs as native
 *  code from the first pass, where a JS loop is interpreted until V8 optimises it. */
const LONG_RUN = /[0-9A-Za-z]{10}/;

// Most page text is ASCII: its words are found by char codes, without regular expressions
// (the same words `normalise` makes of it: runs of letters and digits).
// A page repeats its labels and values on every order ("Order ID", "Total", "Qty: 1", "Shipped",
// "Mar 4, 2024"): each short text is worked out once. Texts that may hold an id ("Order ID:
// 5f1a…") are not kept: they do not repeat.
const described = new Map<string, { label: LabelEntry | undefined; rest: string | undefined }>();

function describe(leaf: Leaf): void {
  const text = leaf.text;
  const n = text.length;
  // Only texts that hold no id candidate are kept: a text found here needs no other test.
  const known = n <= 40 ? described.get(text) : undefined;
  if (known) {
    leaf.label = known.label;
    leaf.rest = known.rest;
    leaf.candidate = false;
    return;
  }
  leaf.label = undefined;
  leaf.rest = undefined;
  leaf.candidate = n >= 10 && n <= MAX_LEAF_TEXT && LONG_RUN.test(text) && HAS_CANDIDATE.test(text);
  if (n > MAX_LEAF_TEXT) return;
  labelLeaf(leaf);
  if (n <= 40 && !leaf.candidate) {
    if (described.size > 5000) described.clear();
    described.set(text, { label: leaf.label, rest: leaf.rest });
  }
}

function labelLeaf(leaf: Leaf): void {
  const text = leaf.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) || c > 127) break;
    i++;
  }
  let j = i;
  let ascii = true;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c)) j++;
    else if (c > 127) {
      ascii = false;
      break;
    } else break;
  }
  if (i === j && ascii) return;
  const first = ascii
    ? text.slice(i, j).toLowerCase()
    : normalise(WORD_RE.exec(text)?.[0] ?? '').split(' ')[0]!;
  if (!first || !isLabelFirstWord(first)) return;
  const entry = labelsStartingWith(normalise(n > 120 ? text.slice(0, 120) : text), first);
  if (!entry) return;
  leaf.label = entry;
  // The value after the label's words: "Order date: Mar 4, 2024" → "Mar 4, 2024".
  let end = 0;
  WORDS_RE.lastIndex = 0;
  for (let w = 0; w < entry.words; w++) {
    const m = WORDS_RE.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  if (end >= n) return;
  leaf.rest = text
    .slice(end)
    .replace(/^[\s:：#\-–.°º]+/u, '')
    .trim();
}

/** A table whose header row names its columns ("Order ID | Date | Total"): each cell's text is
 *  that column's value, as if its label stood before it. */
function labelColumns(roots: readonly Element[], leaves: Leaf[]): void {
  const headers = roots.flatMap((root) => [...root.getElementsByTagName('th')]);
  if (!headers.length) return;
  const columns = new Map<Element, Map<number, LabelEntry>>();
  for (const th of headers) {
    const row = th.parentElement;
    const table = th.closest('table');
    // A header row holds header cells only (a row's own "<th>Label</th><td>value</td>" is read as
    // label then value, like any other).
    if (!row || !table || [...row.children].some((c) => c.localName !== 'th')) continue;
    const norm = normalise(th.textContent ?? '');
    const entry = exactLabel(norm) ?? labelAtStart(norm);
    if (!entry) continue;
    let byColumn = columns.get(table);
    if (!byColumn) columns.set(table, (byColumn = new Map()));
    byColumn.set((th as HTMLTableCellElement).cellIndex, entry);
  }
  if (!columns.size) return;
  for (const leaf of leaves) {
    if (leaf.label) {
      if (leaf.el.closest('th')) leaf.column = true;
      continue;
    }
    const cell = leaf.el.closest('td');
    const table = cell?.closest('table');
    const entry = table ? columns.get(table)?.get((cell as HTMLTableCellElement).cellIndex) : undefined;
    if (!entry) continue;
    leaf.label = entry;
    leaf.rest = leaf.text;
    leaf.column = true;
  }
}

/** The value of the label at `i`: after it in the same text, or the next text. */
function valueOf(leaves: Leaf[], i: number): { text: string; at: number } | undefined {
  const leaf = leaves[i]!;
  if (leaf.rest) return { text: leaf.rest, at: i };
  const next = leaves[i + 1];
  if (!next || next.text.length > MAX_LEAF_TEXT || leaf.column || next.column) return undefined;
  // "<dt>Tracking</dt><dd></dd><dt>Status</dt>": a label is not the value of the one before.
  if (next.label && !next.rest && exactLabel(normalise(next.text))) return undefined;
  return { text: next.text, at: i + 1 };
}

/** The first id in a labelled value, kept as what the label says unless its shape says parcel. */
function idIn(value: string, now: number): { value: string; tracking: boolean } | undefined {
  // The common case: the value is the id and nothing else.
  const whole = checkIdToken(value, now);
  if (whole) return { value: whole.value, tracking: false };
  for (const m of value.matchAll(ID_CANDIDATE)) {
    if (isTrackingShape(m[0])) return { value: m[0].toUpperCase(), tracking: true };
    const check = checkIdToken(m[0], now);
    if (check) return { value: check.value, tracking: false };
  }
  return undefined;
}

/** The product links of the parts read (found first): most pages have none, and then no text
 *  needs to look for the link around it. */
const insideProductLink = (el: Element, links: ReadonlySet<Element>) =>
  links.size > 0 && links.has(el.closest('a')!);

interface Scan {
  leaves: Leaf[];
  hits: IdHit[];
  /** Per text: the tracking number or product id it holds (by label or by shape). */
  tracking: Map<number, string>;
  productIds: Map<number, string>;
  /** Texts that are the value of the label before them. */
  consumed: Set<number>;
  /** Per language, the texts whose label only it uses (counted here, in the loop over all texts
   *  that findIds makes anyway). */
  votes: Map<string, number>;
}

function findIds(
  withIds: readonly Element[],
  leaves: Leaf[],
  now: number,
  links: ReadonlySet<Element>,
): Scan {
  const scan: Scan = {
    leaves,
    hits: [],
    tracking: new Map(),
    productIds: new Map(),
    consumed: new Set(),
    votes: new Map(),
  };
  const { votes } = scan;
  for (const el of withIds) {
    for (const [attrs, kind] of [
      [ORDER_ID_ATTRIBUTES, 'order'],
      [TRANSACTION_ID_ATTRIBUTES, 'transaction'],
    ] as const) {
      for (const attr of attrs) {
        const raw = el.getAttribute(attr);
        if (!raw) continue;
        const check = checkOrderNumber(raw, now);
        if (check.ok && !isTrackingShape(check.value)) scan.hits.push({ el, kind, value: check.value });
      }
    }
  }
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    const entry = leaf.label;
    if (entry && entry.langs.length === 1) {
      const lang = entry.langs[0]!;
      votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
    const key = entry?.key;
    if (key && ID_KEYS.includes(key)) {
      const value = valueOf(leaves, i);
      if (!value) continue;
      if (value.at !== i) scan.consumed.add(value.at);
      const valueLeaf = leaves[value.at]!;
      if (key === 'tracking') {
        const token = value.text.split(/\s/)[0] ?? '';
        if (/^[A-Z0-9-]{6,40}$/i.test(token)) scan.tracking.set(value.at, token.toUpperCase());
        continue;
      }
      const id = idIn(value.text, now);
      if (!id) continue;
      if (id.tracking) scan.tracking.set(value.at, id.value);
      else if (key === 'productId') scan.productIds.set(value.at, id.value);
      else if (!insideProductLink(valueLeaf.el, links))
        scan.hits.push({
          el: valueLeaf.el,
          kind: key === 'orderId' ? 'order' : 'transaction',
          value: id.value,
        });
      continue;
    }
    if (!leaf.candidate || scan.consumed.has(i)) continue;
    // An id with no label at the start of its text: by the words just before it, or by shape.
    for (const m of leaf.text.matchAll(ID_CANDIDATE)) {
      if (isTrackingShape(m[0])) {
        if (!scan.tracking.has(i)) scan.tracking.set(i, m[0].toUpperCase());
        continue;
      }
      const check = checkIdToken(m[0], now);
      if (!check) continue;
      const before = leaf.text.slice(0, m.index).trim();
      const prev = leaves[i - 1];
      // The text just before it ends with its label ("…y yerbera. Pedido N.º" before the number
      // in a span of its own): only its end counts, however long the sentence.
      const labelText = before || (prev ? prev.text.slice(-60) : '');
      const label = labelText ? labelAtEnd(normalise(labelText), ID_KEYS) : undefined;
      if (!label) continue;
      if (label.key === 'tracking') scan.tracking.set(i, check.value.toUpperCase());
      else if (label.key === 'productId') scan.productIds.set(i, check.value);
      else if (!insideProductLink(leaf.el, links))
        scan.hits.push({
          el: leaf.el,
          kind: label.key === 'orderId' ? 'order' : 'transaction',
          value: check.value,
        });
    }
  }
  return scan;
}

/** What ids an element holds below it: one value, or '' for several. */
interface Holds {
  order?: string;
  transaction?: string;
}

/** Groups the ids into cards: each card is the largest element holding one order. */
function cardsOf(roots: ReadonlySet<Element>, hits: IdHit[]): Map<Element, Card> {
  const holds = new Map<Element, Holds>();
  for (const hit of hits) {
    const field = hit.kind;
    for (let p: Element | null = hit.el; p; p = p.parentElement) {
      let h = holds.get(p);
      if (!h) holds.set(p, (h = {}));
      const had = h[field];
      // The same id already climbed from here: every ancestor knows it.
      if (had === hit.value || had === '') break;
      h[field] = had === undefined ? hit.value : '';
      if (roots.has(p)) break;
    }
  }
  const cards = new Map<Element, Card>();
  const headers: Array<{ card: Card; parent: Element }> = [];
  for (const hit of hits) {
    let el = hit.el;
    while (!roots.has(el) && el.parentElement) {
      const h = holds.get(el.parentElement)!;
      if (h.order === '' || h.transaction === '') break;
      el = el.parentElement;
    }
    let card = cards.get(el);
    if (!card) {
      card = {
        el,
        orderIds: [],
        transactionIds: [],
        leaves: [],
        rows: [],
        images: [],
        productLinks: [],
      };
      cards.set(el, card);
    }
    const list = hit.kind === 'order' ? card.orderIds : card.transactionIds;
    if (!list.includes(hit.value)) list.push(hit.value);
  }
  // A transaction id alone in a box beside several orders is their group's header ("Transaction
  // ID: … / Order ID: … / Order ID: …"): the orders share it, it is no order of its own.
  for (const card of cards.values()) {
    if (card.orderIds.length || roots.has(card.el) || !card.el.parentElement) continue;
    const parent = card.el.parentElement;
    const h = holds.get(parent);
    if (h?.order === '' && h.transaction === card.transactionIds[0]) headers.push({ card, parent });
  }
  for (const { card, parent } of headers) {
    cards.delete(card.el);
    for (const other of cards.values())
      if (!other.transactionIds.length && parent.contains(other.el))
        other.transactionIds.push(card.transactionIds[0]!);
  }
  return cards;
}

interface Read {
  orders: CapturedOrder[];
  /** Each order's card, by the order's number. */
  cards: Map<string, Element>;
  /** Every card showing each number, in page order (the last is the one in `cards`). */
  every: Map<string, Element[]>;
}

/** Reads the orders in `roots`: the page, or the parts of it that changed (disjoint). */
function read(roots: readonly Element[], now: number, work: ReadWork): Read {
  if (!roots.length) return { orders: [], cards: new Map(), every: new Map() };
  const pageLang = roots[0]!.ownerDocument.documentElement.lang || undefined;
  const rootSet = new Set(roots);
  const leaves = collectLeaves(roots, work);
  labelColumns(roots, leaves);
  // The elements that carry an id, and item rows, in page order.
  const withIds: Element[] = [];
  const marked: Element[] = [];
  const links: ProductLink[] = [];
  const linkEls = new Set<Element>();
  for (const root of roots) {
    withIds.push(root);
    if (roots.length === 1) {
      for (const el of queryEach(root, ID_SELECTORS)) withIds.push(el);
      for (const el of queryEach(root, ITEM_SELECTORS)) marked.push(el);
    } else {
      // Many small parts (an update): one query each, since every query has a cost of its own.
      for (const el of root.querySelectorAll(MARKED_SELECTOR)) {
        if (hasIdAttribute(el)) {
          withIds.push(el);
          if (el.matches(ITEM_SELECTOR)) marked.push(el);
        } else marked.push(el);
      }
    }
    // A part read on its own may lie inside a product link.
    const around = root.closest('a');
    if (around && PRODUCT_ID_IN_HREF.test(around.getAttribute('href') ?? '')) linkEls.add(around);
    for (const a of root.getElementsByTagName('a')) {
      const id = a.getAttribute('href')?.match(PRODUCT_ID_IN_HREF)?.[1];
      if (!id) continue;
      linkEls.add(a);
      links.push({ el: a, id });
    }
  }
  const scan = findIds(withIds, leaves, now, linkEls);
  const cards = cardsOf(rootSet, scan.hits);
  if (!cards.size) return { orders: [], cards: new Map(), every: new Map() };

  // Who owns each element. Texts, rows and images come in page order and a card holds a run of
  // them: the card of the one before is tried first (one `contains`); only at a card's edge
  // does the search climb to the nearest card.
  const cardOf = (el: Element): Card | undefined => {
    for (let p: Element | null = el; p; p = p.parentElement) {
      const card = cards.get(p);
      if (card) return card;
      if (rootSet.has(p)) return undefined;
    }
    return undefined;
  };
  const sweep = () => {
    let last: Card | undefined;
    return (el: Element): Card | undefined => (last?.el.contains(el) ? last : (last = cardOf(el)));
  };
  const rowCard = sweep();
  const rowOf = new Map<Element, Row>();
  for (const el of marked) {
    const card = rowCard(el);
    // The outermost row wins: "order-item-title" inside "order-item" is no row of its own. Rows
    // come in page order, so only the card's last row can hold this one.
    if (!card || el === card.el || card.rows[card.rows.length - 1]?.el.contains(el)) continue;
    const row: Row = { el, card, leaves: [] };
    card.rows.push(row);
    rowOf.set(el, row);
  }
  /** The row around an element of a card (a row is a few levels below its card at most). A card
   *  inside another (a hostile page) keeps its rows: the outer one's sweep may pass them. */
  const rowAround = (el: Element, card: Card): Row | undefined => {
    if (!card.rows.length) return undefined;
    for (let p: Element | null = el; p && p !== card.el; p = p.parentElement) {
      const row = rowOf.get(p);
      if (row) return row.card === card ? row : undefined;
    }
    return undefined;
  };
  const imageCard = sweep();
  for (const root of roots) {
    for (const img of root.getElementsByTagName('img')) {
      const card = imageCard(img);
      if (!card) continue;
      card.images.push(img);
      const row = rowAround(img, card);
      if (row) row.img ??= img;
    }
  }
  const linkCard = sweep();
  for (const link of links) {
    const card = linkCard(link.el);
    if (!card) continue;
    card.productLinks.push(link);
    const row = rowAround(link.el, card);
    if (row) row.productId ??= link.id;
  }
  const leafCard = sweep();
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    const card = leafCard(leaf.el);
    if (!card) continue;
    leaf.card = card;
    card.leaves.push(i);
    const row = rowAround(leaf.el, card);
    if (row) {
      leaf.row = row;
      row.leaves.push(i);
    }
  }

  const lang = pageLanguage(scan.votes, pageLang);
  const context: CardContext = {
    scan,
    lang,
    dates: cacheOf('d' + lang),
    ranges: cacheOf('r' + lang),
    parseDate: (t) => parseDate(t, lang),
    parseRange: (t) => parseDateRange(t, lang),
    values: new Map(),
  };
  const orders: CapturedOrder[] = [];
  const byNumber = new Map<string, Element>();
  const every = new Map<string, Element[]>();
  for (const card of cards.values()) {
    work.cards++;
    const number = card.orderIds[0] ?? card.transactionIds[0]!;
    try {
      orders.push(readCard(card, number, context));
    } catch {
      // A page that breaks one card's reading does not lose the order.
      orders.push({ number, items: [], flags: ['number-unverified'] });
    }
    byNumber.set(number, card.el);
    every.set(number, [...(every.get(number) ?? []), card.el]);
  }

  return { orders, cards: byNumber, every };
}

/**
 * The elements in `root` that match any of `selectors`, in page order. A whole page is asked one
 * selector at a time: Chromium answers a lone attribute selector much faster than a list of them
 * (a generated 1,000-order page: ~1 ms for these seven one by one, ~2.3 ms as one list), and
 * most of them find nothing.
 */
function queryEach(root: Element, selectors: readonly string[]): Element[] {
  let out: Element[] = [];
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (!found.length) continue;
    out = out.length ? inPageOrder(out, Array.from(found)) : Array.from(found);
  }
  return out;
}

/** Two lists in page order merged into one (an element in both once). */
function inPageOrder(a: readonly Element[], b: readonly Element[]): Element[] {
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x.compareDocumentPosition(y) & 4 /* y follows x (or lies inside it) */) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  for (; i < a.length; i++) out.push(a[i]!);
  for (; j < b.length; j++) out.push(b[j]!);
  return out;
}

const hasIdAttribute = (el: Element) => {
  for (const a of ID_ATTRIBUTES) if (el.hasAttribute(a)) return true;
  return false;
};

/** The language of the page: its html lang, unless the labels it shows say otherwise (Wish's
 *  locale comes from a cookie; the html may say "en" over Greek words, or nothing). */
function pageLanguage(votes: ReadonlyMap<string, number>, pageLang: string | undefined): string | undefined {
  const page = orderLanguageOf(pageLang)?.lang;
  if (!votes.size || (page && votes.has(page))) return pageLang;
  return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
}

// Pages repeat their dates, amounts and statuses: each distinct text is parsed once. One map
// per kind (and language), keyed by the text itself: a key made by joining strings would be
// hashed anew on every look-up.
const caches = new Map<string, Map<string, unknown>>();
function cacheOf<T>(kind: string): Map<string, T> {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  return cache as Map<string, T>;
}
function once<T>(cache: Map<string, T>, text: string, parse: (text: string) => T): T {
  if (cache.has(text)) return cache.get(text)!;
  if (cache.size > 2000) cache.clear();
  const value = parse(text);
  cache.set(text, value);
  return value;
}
const moneyCache = cacheOf<ReturnType<typeof parseMoney>>('m');
const statusCache = cacheOf<string | undefined>('s');
const moneyOf = (text: string) => {
  const m = once(moneyCache, text, parseMoney);
  return m && { ...m };
};
const statusOfText = (text: string) => once(statusCache, text, parseStatus);
const titleCache = cacheOf<string>('t');
const cleanTitle = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

interface CardContext {
  scan: Scan;
  lang: string | undefined;
  dates: Map<string, string | undefined>;
  ranges: Map<string, { from?: string; to?: string }>;
  /** Parsers in the page's language, made once per reading rather than once per card. */
  parseDate: (text: string) => string | undefined;
  parseRange: (text: string) => { from?: string; to?: string };
  /** The card's first value of each label: one map, emptied for each card. */
  values: Map<OrderLabelKey, string>;
}

function readCard(card: Card, number: string, context: CardContext): CapturedOrder {
  const { scan, values } = context;
  const { leaves } = scan;
  const dateOf = (text: string) => once(context.dates, text, context.parseDate);
  const flags: OrderFlag[] = [];
  const order: CapturedOrder = { number, items: [], flags };
  if (!card.orderIds.length) order.idKind = 'transaction';
  const transactionId = card.transactionIds[0];
  if (transactionId && (transactionId !== number || order.idKind)) order.transactionId = transactionId;

  // The first value of each label, read where the label is (not inside an item row, except
  // for quantities, which rows read themselves).
  values.clear();
  let tracking: string | undefined;
  // Most pages show no tracking number on their list: no look-up per text then.
  let trackingSought = scan.tracking.size > 0;
  for (const i of card.leaves) {
    // Never the order's own number, whatever a page labels it.
    if (trackingSought && scan.tracking.has(i) && scan.tracking.get(i) !== number.toUpperCase()) {
      tracking = scan.tracking.get(i);
      trackingSought = false;
    }
    const entry = leaves[i]!.label;
    if (!entry || values.has(entry.key) || ID_KEYS.includes(entry.key) || scan.consumed.has(i)) continue;
    const value = valueOf(leaves, i);
    if (!value || leaves[value.at]!.card !== card) continue;
    values.set(entry.key, value.text);
  }

  const placed = values.get('orderDate');
  if (placed) {
    order.placedText = placed;
    const iso = dateOf(placed);
    if (iso) order.placedAt = iso;
    else flags.push('date-unparsed');
  }
  const total = values.get('total');
  if (total) {
    order.amountText = total;
    const money = moneyOf(total);
    if (money) order.amount = money;
    else flags.push('amount-unparsed');
  }
  let statusText = values.get('status');
  if (!statusText) {
    // A badge without a label ("Shipped", "Απεστάλη").
    for (const i of card.leaves) {
      const leaf = leaves[i]!;
      if (leaf.text.length < 40 && !leaf.row && statusOfText(leaf.text)) {
        statusText = leaf.text;
        break;
      }
    }
  }
  if (statusText) {
    order.statusText = statusText;
    const state = statusOfText(statusText);
    if (state) order.status = state;
  }
  const estimate = values.get('deliveryEstimate');
  if (estimate) {
    order.estimateText = estimate;
    const range = once(context.ranges, estimate, context.parseRange);
    if (range.from) order.estimateFrom = range.from;
    if (range.to) order.estimateTo = range.to;
    if (!range.to) flags.push('estimate-unparsed');
  }
  const refundDate = values.get('refundEligibleDate');
  if (refundDate) {
    const iso = dateOf(refundDate);
    if (iso) order.refundEligibleDate = iso;
  }
  if (tracking) order.tracking = tracking;
  order.items = readItems(card, scan);
  // One item, its quantity shown beside the order's fields rather than in the item.
  const quantity = parseInt(values.get('quantity') ?? '', 10);
  if (order.items.length === 1 && !order.items[0]!.quantity && quantity > 0)
    order.items[0]!.quantity = quantity;
  return order;
}

/** The first product id among some texts. */
const productIdIn = (scan: Scan, indices: readonly number[]) => {
  if (!scan.productIds.size) return undefined;
  for (const i of indices) {
    const id = scan.productIds.get(i);
    if (id) return id;
  }
  return undefined;
};

function readItems(card: Card, scan: Scan): OrderItem[] {
  const { leaves } = scan;
  const items: OrderItem[] = [];
  // No item markers: each product image with a name is an item (its parent holds its texts).
  const rows: Row[] = card.rows.length
    ? card.rows
    : card.images
        .filter((img) => img.getAttribute('alt'))
        .map((img) => {
          const el = img.parentElement ?? img;
          return {
            el,
            card,
            leaves: card.leaves.filter((i) => el.contains(leaves[i]!.el)),
            img: card.images.find((im) => el === im || el.contains(im)),
            productId: card.productLinks.find((l) => el.contains(l.el))?.id,
          };
        });
  for (const row of rows) {
    const { img } = row;
    let title = '';
    const above = row.el.parentElement;
    for (const i of row.leaves) {
      for (let el: Element | null = leaves[i]!.el; el && el !== above; el = el.parentElement) {
        if (el.matches(TITLE_SELECTOR)) {
          title = el.textContent ?? '';
          break;
        }
      }
      if (title) break;
    }
    title = once(titleCache, title || img?.getAttribute('alt') || '', cleanTitle);
    if (!title) continue;
    const item: OrderItem = { title };
    const src = img?.getAttribute('src');
    if (src && /^https:\/\//.test(src)) item.imageUrl = src.slice(0, 500);
    for (const i of row.leaves) {
      const entry = leaves[i]!.label;
      const q =
        (entry?.key === 'quantity' ? valueOf(leaves, i)?.text : undefined) ??
        leaves[i]!.text.match(QUANTITY_ONLY)?.[1];
      if (q && /^\d+/.test(q)) {
        const n = parseInt(q, 10);
        if (n > 0) item.quantity = n;
        break;
      }
    }
    const productId = row.productId ?? productIdIn(scan, row.leaves);
    if (productId) item.productId = productId;
    items.push(item);
  }
  // One item and a product link or id elsewhere in the card: the item's product.
  if (items.length === 1 && !items[0]!.productId) {
    const id = card.productLinks[0]?.id ?? productIdIn(scan, card.leaves);
    if (id) items[0]!.productId = id;
  }
  return items;
}

/** Every order the page shows. */
export function readOrders(
  root: Element,
  now = Date.now(),
  work: ReadWork = { texts: 0, cards: 0 },
): CapturedOrder[] {
  return read([root], now, work).orders;
}

/** The cards of the page's other orders: every card but the one showing `number` (its own
 *  number or its purchase's transaction id). */
export function otherOrderCards(root: Element, number: string): Element[] {
  const result = read([root], Date.now(), { texts: 0, cards: 0 });
  const mine = new Set([
    number,
    ...result.orders.filter((o) => o.transactionId === number).map((o) => o.number),
  ]);
  return [...result.cards].filter(([n]) => !mine.has(n)).map(([, card]) => card);
}

/** The transaction ids the page shows for one order (its purchase's). */
export function transactionIdsOf(root: Element, number: string): string[] {
  const result = read([root], Date.now(), { texts: 0, cards: 0 });
  return result.orders.flatMap((o) => (o.number === number && o.transactionId ? [o.transactionId] : []));
}

/** The card that shows one order (to scope the order's own "Contact Support"). */
export function orderCard(root: Element, number: string): Element | undefined {
  return orderCards(root, number).at(-1);
}

/** Every part of the page read as a card of one order, in page order, the one `orderCard`
 *  takes last: the page may quote the order's number elsewhere (an assistant kept closed in
 *  the page, its header naming the order), and which of them the shopper sees is the caller's
 *  to judge. */
export function orderCards(root: Element, number: string): Element[] {
  const result = read([root], Date.now(), { texts: 0, cards: 0 });
  const direct = result.every.get(number);
  if (direct?.length) return direct;
  const byTransaction = result.orders.find((o) => o.transactionId === number);
  const card = byTransaction && result.cards.get(byTransaction.number);
  return card ? [card] : [];
}

/**
 * Reads a page's orders, then only what changes: after the first reading, new parts of the
 * page are read on their own and a changed order's card is read again, so an infinite list
 * that grows by 50 costs the 50 (the content script's observer calls `update`).
 */
export class OrderReader {
  /** Texts visited since the reader was made (tests count work, not time). */
  readonly work: ReadWork = { texts: 0, cards: 0 };
  private cards = new Set<Element>();

  constructor(
    private readonly root: Element,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads the whole page. */
  readAll(): CapturedOrder[] {
    const result = read([this.root], this.now(), this.work);
    this.cards = new Set(result.cards.values());
    return result.orders;
  }

  /** Reads what the mutations changed: their orders only. */
  update(records: readonly MutationRecord[]): CapturedOrder[] {
    // Fewer than two orders known (a detail page, a list still loading): a card may be the
    // whole page, so reading it all again costs no more and is always right.
    if (this.cards.size < 2) return this.readAll();
    const dirty = new Set<Element>();
    const fresh = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target || !this.root.contains(target)) continue;
      const card = this.cardAround(target);
      if (card) {
        dirty.add(card);
        continue;
      }
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && node.isConnected) fresh.add(node as Element);
    }
    // A part added inside another added part is read with it.
    const regions = [...fresh].filter((el) => {
      for (let p = el.parentElement; p && p !== this.root; p = p.parentElement)
        if (fresh.has(p)) return false;
      return true;
    });
    // The whole list drawn again (a new sort, a new filter): one reading of the page is cheaper
    // than hundreds of small ones.
    if (dirty.size + regions.length > MAX_PARTS) return this.readAll();
    // A changed card inside a new part is read with the part.
    const parts = new Set(regions);
    const cards = [...dirty].filter((card) => {
      for (let p = card.parentElement; p && p !== this.root; p = p.parentElement)
        if (parts.has(p)) return false;
      return true;
    });
    // All in one reading: fifty new cards cost one pass, not fifty.
    const result = read(
      [...cards, ...regions].filter((el) => el.isConnected),
      this.now(),
      this.work,
    );
    for (const card of result.cards.values()) this.cards.add(card);
    return result.orders;
  }

  private cardAround(el: Element): Element | undefined {
    for (let p: Element | null = el; p && p !== this.root; p = p.parentElement)
      if (this.cards.has(p)) return p;
    return undefined;
  }
}

/**
 * What the content script learnt of orders while the shopper browses (Wish is a single-page
 * app: the list and an order's page are often one page load). A detail page that shows only
 * the transaction id is the order the list showed with that transaction id, when there is
 * exactly one.
 */
export class OrderLinks {
  private keys = new OrderKeys();

  learn(orders: readonly CapturedOrder[]): void {
    for (const o of orders) this.keys.add(o);
  }

  resolve(order: CapturedOrder): CapturedOrder {
    if (order.idKind !== 'transaction') return order;
    const { key } = this.keys.keyFor(order);
    if (key === order.number) return order;
    const { idKind: _kind, ...rest } = order;
    return { ...rest, number: key, transactionId: order.number };
  }
}
