// Finding stored orders by what a shopper types: a number, a date as they write it, a month's
// name in any language of Wish's pages, words of an item's title. Run by the worker (and the
// popup's tests), apart from the index the popup reads at open: the month names and date forms
// stay out of the popup's first load.
import type { Order } from '../model/types';
import { FOUND_MAX, newestOf, summarize, type OrderSummary } from './order-index';

// Made once per stored order object, like its summary: a search per keystroke over thousands.
const texts = new WeakMap<Order, string>();
function searchText(o: Order): string {
  let text = texts.get(o);
  if (text === undefined) {
    text = fold([o.number, ...dateForms(o.placedAt), ...o.items.map((i) => i.title)].join('\n'));
    texts.set(o, text);
  }
  return text;
}

/** Lower case, accents off: "Março" and "marco", "Μαρτίου" and "μαρτιου" are one word. */
const fold = (text: string): string => text.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** A date as a shopper may type it: 2025-03-09, 9/3/2025, 3/9/2025, 09.03.2025. */
function dateForms(iso: string | undefined): string[] {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso ? [iso] : [];
  const [, y, mm, dd] = m as unknown as [string, string, string, string];
  const [d, mo] = [String(Number(dd)), String(Number(mm))];
  return [
    iso!,
    `${d}/${mo}/${y}`,
    `${mo}/${d}/${y}`,
    `${dd}/${mm}/${y}`,
    `${mm}/${dd}/${y}`,
    `${dd}.${mm}.${y}`,
  ];
}

/** The languages Wish's pages come in: a shopper may name a month in any of them. */
const DATE_LOCALES = ['en', 'el', 'it', 'de', 'fr', 'es', 'pt'];
interface MonthNames {
  /** Whole names ("march", "marzo", "μαρτιου"), month by month. */
  long: Array<Set<string>>;
  /** Short ones ("mar", "set", "mai"): many are words of their own ("set", "mai", "out"). */
  short: Array<Set<string>>;
}
let months: MonthNames | undefined;

/** Every month's names, long and short, alone and inside a date ("9 Μαρτίου"), from Intl:
 *  made once, on the first search that names a month (one formatter per language and form). */
function monthNames(): MonthNames {
  if (months) return months;
  const made: MonthNames = { long: [], short: [] };
  for (let i = 0; i < 12; i++) (made.long.push(new Set()), made.short.push(new Set()));
  for (const locale of DATE_LOCALES)
    for (const style of ['long', 'short'] as const) {
      try {
        const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' });
        for (let i = 0; i < 12; i++) {
          const at = new Date(Date.UTC(2000, i, 15));
          const part = inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? '';
          for (const name of [alone.format(at), part]) {
            const word = fold(name).replace(/\.$/, '');
            if (word) made[style][i]!.add(word);
          }
        }
      } catch {
        // a runtime without this locale: its names are left out
      }
    }
  return (months = made);
}

/** The month (1-12) a query word names whole, or 0. A short name that is no month's whole name
 *  counts only in a query that also gives a year ("set 2025"): alone, "set" is as likely a bed
 *  sheet set. */
function monthOf(word: string, withYear: boolean): number {
  if (!/^\p{L}{3,}$/u.test(word)) return 0;
  const names = monthNames();
  for (let i = 0; i < 12; i++) if (names.long[i]!.has(word)) return i + 1;
  if (withYear) for (let i = 0; i < 12; i++) if (names.short[i]!.has(word)) return i + 1;
  return 0;
}

/** The stored orders that `query` names, newest first, at most `limit` of them, and how many
 *  match in all. A query matches an order's number, its date (2025-03, 9/3/2025, "March 2025",
 *  "mars", "Μαρτίου") or its items' titles,
 *  case-insensitively, every word of it somewhere; an empty query matches every order. */
export function findOrders(
  orders: Readonly<Record<string, Order>>,
  query: string,
  limit = FOUND_MAX,
): { orders: OrderSummary[]; total: number } {
  const words = fold(query)
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[.(]+|[.)]+$/g, ''))
    .filter(Boolean);
  const found: OrderSummary[] = [];
  const withYear = words.some((w) => /^\d{4}$/.test(w));
  const month = new Map(words.map((w) => [w, monthOf(w, withYear)]));
  for (const o of Object.values(orders)) {
    if (words.length) {
      const text = searchText(o);
      const placed = Number(o.placedAt?.slice(5, 7)) || -1;
      // A word that names a month matches that month's orders, or the same word in a title.
      if (!words.every((w) => text.includes(w) || month.get(w) === placed)) continue;
    }
    found.push(summarize(o));
  }
  return { orders: newestOf(found, limit), total: found.length };
}
