// Reads orders from Wish's order history and order detail pages. It looks for order numbers
// next to their label ("Order ID", "Αριθμός παραγγελίας"...), takes the largest element
// around each that holds no other order as that order's card, and reads the labelled fields
// inside it. It returns only what it found: a value it cannot parse is kept as text and
// flagged; an order number is never invented.
import type { Order, OrderFlag, OrderItem } from '../model/types';
import { labelsFor, type LabelKey } from './labels';
import { checkOrderNumber, ORDER_NUMBER_IN_TEXT } from './order-number';
import { parseDate, parseDateRange, parseMoney, parseStatus } from './parse';
import { normalise, normaliseList } from './text';

export type CapturedOrder = Omit<Order, 'capturedAt' | 'updatedAt' | 'source'>;

/** Attributes that carry an order id outright (kept here with the rest of Wish's markup). */
const ORDER_ID_ATTRIBUTES = ['data-order-id', 'data-transaction-item-id'];
const ATTRIBUTE_SELECTOR = ORDER_ID_ATTRIBUTES.map((a) => `[${a}]`).join(', ');
const ITEM_SELECTOR =
  '[data-testid*="order-item" i], [data-testid*="line-item" i], [class*="OrderItem__"], [class*="ItemRow__"]';
const MAX_LEAF_TEXT = 200;
/** The same pattern without the global flag (a global one keeps state between tests). */
const HAS_ORDER_NUMBER = new RegExp(ORDER_NUMBER_IN_TEXT.source);
/** Text inside these is code, not page text (template content is outside the tree anyway). */
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'textarea']);

interface Leaf {
  el: Element;
  text: string;
  norm: string;
}

const normalisedLabels = new Map<LabelKey, string[]>();
function labelList(key: LabelKey): string[] {
  let list = normalisedLabels.get(key);
  if (!list) {
    list = [...normaliseList(labelsFor(key))].sort((a, b) => b.length - a.length);
    normalisedLabels.set(key, list);
  }
  return list;
}

/** The labels of an order's fields, looked up by their first word (one lookup per text). */
const FIELD_KEYS: readonly LabelKey[] = [
  'transactionId',
  'orderDate',
  'total',
  'status',
  'deliveryEstimate',
  'refundEligibleDate',
  'tracking',
  'quantity',
];
interface LabelEntry {
  key: LabelKey;
  label: string;
  words: number;
}
let byFirstWord: Map<string, LabelEntry[]> | undefined;
function fieldLabels(): Map<string, LabelEntry[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const key of FIELD_KEYS) {
    for (const label of labelList(key)) {
      const first = label.split(' ')[0]!;
      const list = byFirstWord.get(first) ?? [];
      list.push({ key, label, words: label.split(' ').length });
      byFirstWord.set(first, list);
    }
  }
  // Longest first: "order date" before "order", "order total" before "total".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.label.length - a.label.length);
  return byFirstWord;
}

/** The field label a normalised text starts with, if any. */
function labelAt(norm: string): LabelEntry | undefined {
  const space = norm.indexOf(' ');
  const first = space < 0 ? norm : norm.slice(0, space);
  for (const e of fieldLabels().get(first) ?? []) {
    if (
      norm.length === e.label.length
        ? norm === e.label
        : norm.startsWith(e.label) && norm.charCodeAt(e.label.length) === 32
    )
      return e;
  }
  return undefined;
}

/** The label a text starts with, longest first ("Order date" before "Order"). */
function startsWithLabel(norm: string, key: LabelKey): string | undefined {
  return labelList(key).find((l) => norm === l || (norm.startsWith(l) && norm.charCodeAt(l.length) === 32));
}

function valueAfter(leaves: Leaf[], i: number, entry: LabelEntry): string | undefined {
  const leaf = leaves[i]!;
  // "Order date: Mar 4, 2024" in one element: drop the label's words and the colon.
  const rest = leaf.text
    .trim()
    .split(/\s+/)
    .slice(entry.words)
    .join(' ')
    .replace(/^[:：#\-–\s]+/, '')
    .trim();
  if (rest) return rest;
  // "<dt>Order date</dt><dd>Mar 4, 2024</dd>": the next leaf.
  const next = leaves[i + 1];
  return next && next.text.length < MAX_LEAF_TEXT ? next.text.trim() : undefined;
}

function leavesOf(root: Element): Leaf[] {
  const out: Leaf[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let last: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    const el = node.parentElement;
    if (!text || !el || SKIPPED_PARENTS.has(el.localName)) continue;
    if (el === last) {
      const prev = out[out.length - 1]!;
      prev.text += ' ' + text;
      prev.norm = normalise(prev.text);
      continue;
    }
    last = el;
    out.push({ el, text, norm: normalise(text) });
  }
  return out;
}

interface NumberHit {
  el: Element;
  number: string;
  transaction: boolean;
}

/** Order numbers on the page, each with the element that shows it. */
export function findOrderNumbers(root: ParentNode, now = Date.now()): NumberHit[] {
  const hits: NumberHit[] = [];
  const seen = new Set<Element>();
  for (const attr of ORDER_ID_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      const check = checkOrderNumber(el.getAttribute(attr) ?? '', now);
      if (check.ok) {
        hits.push({ el, number: check.value, transaction: false });
        seen.add(el);
      }
    }
  }
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < 12 || text.length > MAX_LEAF_TEXT) continue;
    // The cheap test first: most text holds nothing like an order number.
    if (!HAS_ORDER_NUMBER.test(text)) continue;
    const el = node.parentElement;
    if (!el || SKIPPED_PARENTS.has(el.localName) || el.closest('a[href*="/product/"]')) continue;
    if (seen.size && el.closest(ATTRIBUTE_SELECTOR)) continue;
    for (const match of text.matchAll(ORDER_NUMBER_IN_TEXT)) {
      const check = checkOrderNumber(match[0], now);
      if (!check.ok) continue;
      const label = labelBefore(el, text.slice(0, match.index));
      if (!label) continue;
      hits.push({ el, number: check.value, transaction: label === 'transactionId' });
    }
  }
  return hits;
}

/** Which label names the number: in the same text before it, or in the element just before. */
function labelBefore(el: Element, before: string): 'orderNumber' | 'transactionId' | undefined {
  const candidates = [
    before,
    el.previousElementSibling?.textContent ?? '',
    el.parentElement?.previousElementSibling?.textContent ?? '',
  ];
  if (!before.trim()) candidates.push(el.parentElement?.firstChild?.textContent ?? '');
  for (const text of candidates) {
    const norm = normalise(text);
    if (!norm || norm.length > 60) continue;
    if (startsWithLabel(norm, 'transactionId') && !startsWithLabel(norm, 'orderNumber'))
      return 'transactionId';
    if (startsWithLabel(norm, 'orderNumber') || labelList('orderNumber').some((l) => norm.endsWith(l)))
      return 'orderNumber';
  }
  return undefined;
}

/** The order card around each order number: the largest ancestor holding no other order. */
function cardsFor(hits: NumberHit[], root: Element): Map<Element, NumberHit> {
  const counts = new Map<Element, number>();
  const orderHits = hits.filter((h) => !h.transaction);
  for (const hit of orderHits) {
    for (let p: Element | null = hit.el; p && p !== root.parentElement; p = p.parentElement)
      counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const cards = new Map<Element, NumberHit>();
  for (const hit of orderHits) {
    let card = hit.el;
    while (card.parentElement && card !== root && (counts.get(card.parentElement) ?? 0) <= 1)
      card = card.parentElement;
    if (!cards.has(card)) cards.set(card, hit);
  }
  return cards;
}

/** Reads one order from its card. */
export function readOrderCard(card: Element, number: string, lang?: string): CapturedOrder {
  const leaves = leavesOf(card);
  const flags: OrderFlag[] = [];
  const order: CapturedOrder = { number, items: [], flags };
  const labelled = leaves.map((l) => labelAt(l.norm));
  const field = (key: LabelKey): string | undefined => {
    for (let i = 0; i < leaves.length; i++) {
      const entry = labelled[i];
      if (entry?.key !== key) continue;
      const v = valueAfter(leaves, i, entry);
      if (v) return v;
    }
    return undefined;
  };

  const transaction = field('transactionId');
  if (transaction) {
    const check = checkOrderNumber(transaction);
    if (check.ok && check.value !== number) order.transactionId = check.value;
  }
  const placed = field('orderDate');
  if (placed) {
    order.placedText = placed;
    const iso = parseDate(placed, lang);
    if (iso) order.placedAt = iso;
    else flags.push('date-unparsed');
  }
  const total = field('total');
  if (total) {
    order.amountText = total;
    const money = parseMoney(total);
    if (money) order.amount = money;
    else flags.push('amount-unparsed');
  }
  const statusText = field('status') ?? leaves.find((l) => l.text.length < 40 && parseStatus(l.text))?.text;
  if (statusText) {
    order.statusText = statusText;
    const state = parseStatus(statusText);
    if (state) order.status = state;
  }
  const estimate = field('deliveryEstimate');
  if (estimate) {
    order.estimateText = estimate;
    const range = parseDateRange(estimate, lang);
    if (range.from) order.estimateFrom = range.from;
    if (range.to) order.estimateTo = range.to;
    if (!range.to) flags.push('estimate-unparsed');
  }
  const refundDate = field('refundEligibleDate');
  if (refundDate) {
    const iso = parseDate(refundDate, lang);
    if (iso) order.refundEligibleDate = iso;
  }
  const tracking = field('tracking');
  if (tracking && /^[A-Z0-9-]{6,40}$/i.test(tracking.split(/\s/)[0] ?? ''))
    order.tracking = tracking.split(/\s/)[0];
  order.items = readItems(card, leaves);
  return order;
}

function readItems(card: Element, leaves: Leaf[]): OrderItem[] {
  const items: OrderItem[] = [];
  let rows = [...card.querySelectorAll(ITEM_SELECTOR)];
  // No item markers: each product image with a name is an item.
  if (!rows.length) rows = [...card.querySelectorAll('img[alt]')].map((img) => img.parentElement ?? img);
  for (const row of rows) {
    const img = row.matches('img') ? row : row.querySelector('img');
    const titleEl = row.querySelector('[data-testid*="title" i], [class*="__Title"], h2, h3, h4');
    const title = (titleEl?.textContent ?? img?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    if (!title) continue;
    const item: OrderItem = { title: title.slice(0, 300) };
    const src = img?.getAttribute('src');
    if (src && /^https:\/\//.test(src)) item.imageUrl = src.slice(0, 500);
    const rowLeaves = leaves.filter((l) => row.contains(l.el));
    for (let i = 0; i < rowLeaves.length; i++) {
      const entry = labelAt(rowLeaves[i]!.norm);
      const q =
        (entry?.key === 'quantity' ? valueAfter(rowLeaves, i, entry) : undefined) ??
        rowLeaves[i]!.text.match(/^[x×]\s*(\d+)$/)?.[1];
      if (q && /^\d+/.test(q)) {
        item.quantity = parseInt(q, 10);
        break;
      }
    }
    items.push(item);
  }
  return items;
}

/** Every order the page shows. */
export function readOrders(root: Element, now = Date.now()): CapturedOrder[] {
  const lang = root.ownerDocument.documentElement.lang || undefined;
  const hits = findOrderNumbers(root, now);
  const out: CapturedOrder[] = [];
  for (const [card, hit] of cardsFor(hits, root)) {
    try {
      out.push(readOrderCard(card, hit.number, lang));
    } catch {
      out.push({ number: hit.number, items: [], flags: ['number-unverified'] });
    }
  }
  return out;
}

/** The card that shows one order (to scope the order's own "Contact Support"). */
export function orderCard(root: Element, number: string): Element | undefined {
  const hits = findOrderNumbers(root);
  for (const [card, hit] of cardsFor(hits, root)) if (hit.number === number) return card;
  return undefined;
}
