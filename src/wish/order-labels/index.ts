// The words of Wish's order pages in every supported language, and the lookups compiled from
// them once (capture reads thousands of texts per page: each lookup is one Map access).
import { normalise } from '../text';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pt } from './pt';
import type { OrderLabels, OrderState } from './types';

export type { OrderLabels, OrderState } from './types';

/** Wish's locale comes from a cookie, not the URL: a page's words are looked up in all. */
export const ORDER_LANGUAGES: readonly OrderLabels[] = [en, el, it, de, fr, es, pt];

export type OrderLabelKey =
  | 'orderId'
  | 'transactionId'
  | 'tracking'
  | 'productId'
  | 'orderDate'
  | 'total'
  | 'status'
  | 'deliveryEstimate'
  | 'refundEligibleDate'
  | 'quantity';

const KEYS: readonly OrderLabelKey[] = [
  'orderId',
  'transactionId',
  'tracking',
  'productId',
  'orderDate',
  'total',
  'status',
  'deliveryEstimate',
  'refundEligibleDate',
  'quantity',
];

const languageByCode = new Map<string, OrderLabels | undefined>();

export function orderLanguageOf(code: string | undefined): OrderLabels | undefined {
  if (!code) return undefined;
  // Asked for every date parsed: remembered per code.
  if (languageByCode.has(code)) return languageByCode.get(code);
  const base = code.toLowerCase().split(/[-_]/)[0];
  const found = ORDER_LANGUAGES.find((l) => l.lang === base);
  languageByCode.set(code, found);
  return found;
}

/** One label of one field, normalised. */
export interface LabelEntry {
  key: OrderLabelKey;
  /** Normalised ("order id"). */
  label: string;
  /** Its number of words once normalised. */
  words: number;
  /** The languages that use this wording. */
  langs: readonly string[];
}

interface Lexicon {
  /** Labels by their first normalised word, longest first ("order date" before "order"). */
  byFirstWord: Map<string, LabelEntry[]>;
  /** Every label by its whole normalised text. */
  exact: Map<string, LabelEntry>;
  /** Month number (1-12) by normalised name, per language and in any. */
  months: Map<string, Map<string, number>>;
  anyMonth: Map<string, number>;
  /** Status words → state; and one pattern for a status word inside a text, longest first. */
  statuses: Map<string, OrderState>;
  statusInText: RegExp;
  rangeWords: string[];
}

let lexicon: Lexicon | undefined;

/** Number signs after a label, normalised ("N.º" is "n o", "Nº" "no", "Nr." "nr"). */
const NUMBER_SIGNS = ['n o', 'no', 'n', 'nr', 'nro', 'num', 'numero', 'αρ', 'αριθ', 'αριθμοσ'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): Lexicon {
  const exact = new Map<string, LabelEntry>();
  for (const lang of ORDER_LANGUAGES) {
    for (const key of KEYS) {
      for (const raw of lang[key].split('|')) {
        const label = normalise(raw);
        if (!label) continue;
        const known = exact.get(label);
        if (known) {
          // The same words in two languages ("Total", "Status"): one entry, both languages.
          if (known.key === key && !known.langs.includes(lang.lang))
            exact.set(label, { ...known, langs: [...known.langs, lang.lang] });
          continue;
        }
        exact.set(label, { key, label, words: label.split(' ').length, langs: [lang.lang] });
      }
    }
  }
  // An id's label with a number sign after it ("Pedido N.º", "Order No.", "Bestellung Nr.",
  // "Παραγγελία αρ."): the same label, whichever sign a page writes.
  for (const entry of [...exact.values()])
    if (entry.key === 'orderId' || entry.key === 'transactionId')
      for (const sign of NUMBER_SIGNS) {
        const label = `${entry.label} ${sign}`;
        if (!exact.has(label))
          exact.set(label, { ...entry, label, words: entry.words + sign.split(' ').length });
      }
  const byFirstWord = new Map<string, LabelEntry[]>();
  for (const entry of exact.values()) {
    const first = entry.label.split(' ')[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push(entry);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.label.length - a.label.length);

  const months = new Map<string, Map<string, number>>();
  const anyMonth = new Map<string, number>();
  for (const lang of ORDER_LANGUAGES) {
    const own = new Map<string, number>();
    lang.months.split('|').forEach((names, i) => {
      for (const name of names.split(' ')) {
        own.set(name, i + 1);
        if (!anyMonth.has(name)) anyMonth.set(name, i + 1);
      }
    });
    months.set(lang.lang, own);
  }

  const statuses = new Map<string, OrderState>();
  for (const lang of ORDER_LANGUAGES) {
    for (const [state, words] of Object.entries(lang.statuses) as Array<[OrderState, string]>) {
      for (const w of words.split('|').map(normalise)) if (w && !statuses.has(w)) statuses.set(w, state);
    }
  }
  const words = [...statuses.keys()].sort((a, b) => b.length - a.length).map(escape);
  const statusInText = new RegExp(`(?:^| )(${words.join('|')})(?= |$)`, 'u');
  const rangeWords = [...new Set(ORDER_LANGUAGES.flatMap((l) => l.rangeWords.split('|')))];
  return { byFirstWord, exact, months, anyMonth, statuses, statusInText, rangeWords };
}

function lex(): Lexicon {
  return (lexicon ??= compile());
}

/** The label a normalised text starts with (the longest), or undefined. */
export function labelAtStart(norm: string): LabelEntry | undefined {
  const space = norm.indexOf(' ');
  return labelsStartingWith(norm, space < 0 ? norm : norm.slice(0, space));
}

/** The same, when the caller already has the text's first normalised word. */
export function labelsStartingWith(norm: string, first: string): LabelEntry | undefined {
  const list = lex().byFirstWord.get(first);
  if (!list) return undefined;
  for (const e of list) {
    if (
      norm.length === e.label.length
        ? norm === e.label
        : norm.startsWith(e.label) && norm.charCodeAt(e.label.length) === 32
    )
      return e;
  }
  return undefined;
}

/** True when some label begins with this normalised word (the cheap test before the full one). */
export function isLabelFirstWord(word: string): boolean {
  return lex().byFirstWord.has(word);
}

/** The label of the given keys that a normalised text ends with ("your order number"). */
export function labelAtEnd(norm: string, keys: readonly OrderLabelKey[]): LabelEntry | undefined {
  const words = norm.split(' ');
  // Labels are at most a few words: try the last 1..6 words, longest first.
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    const e = lex().exact.get(words.slice(words.length - n).join(' '));
    if (e && keys.includes(e.key)) return e;
  }
  return undefined;
}

/** The whole text is a label (a `<dt>` of its own), not a value that starts like one. */
export function exactLabel(norm: string): LabelEntry | undefined {
  return lex().exact.get(norm);
}

/** Month number (1-12) of a month name in the page's language first, then in any. */
export function monthNumber(word: string, lang?: string): number | undefined {
  const w = normalise(word).replace(/\.$/, '');
  const l = lex();
  const own = lang ? l.months.get(lang)?.get(w) : undefined;
  return own ?? l.anyMonth.get(w);
}

/** Wish's backend state for a status text in any language ("Shipped", "Απεστάλη", "Versandt"). */
export function statusOf(text: string): OrderState | undefined {
  const t = normalise(text);
  if (!t) return undefined;
  const l = lex();
  const hit = l.statuses.get(t);
  if (hit) return hit;
  const m = l.statusInText.exec(t);
  return m ? l.statuses.get(m[1]!) : undefined;
}

/** Normalised words that join the two dates of a range, in every language. */
export function rangeWords(): readonly string[] {
  return lex().rangeWords;
}
