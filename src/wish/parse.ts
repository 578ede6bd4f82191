// Dates and amounts as Wish prints them in each language, parsed into ISO dates and
// minor units. What cannot be read with certainty returns undefined: the caller keeps the
// text and flags it, it never guesses.
import type { Money } from '../model/types';
import { LANGUAGES, languageOf } from './labels';
import { normalise } from './text';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  if (year < 2010 || year > 2100) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month number (1-12) of a month name or abbreviation in any supported language. */
export function monthNumber(word: string): number | undefined {
  const w = normalise(word).replace(/\.$/, '');
  for (const lang of LANGUAGES) {
    const i = lang.months.findIndex((names) => names.includes(w));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

// Languages whose numeric dates put the day first. US English puts the month first; other
// English locales do not, so an English "04/03/2024" is ambiguous and stays unparsed.
const DAY_FIRST = new Set(['el', 'it', 'fr', 'de', 'es', 'pt']);

/**
 * Reads one date from text such as "Mar 4, 2024", "March 4 2024", "4 Μαρ 2024",
 * "4 Μαρτίου 2024", "2024-03-04", "04/03/2024". `year` fills in a date printed without one
 * ("Mar 20 - Apr 2, 2024" gives the year only at the end).
 */
const WORD = '([\\p{L}]+)\\.?';
// Compiled once: parsing runs for every order on a page.
const MONTH_FIRST = new RegExp(`${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?`, 'u');
const DAY_FIRST_WORDS = new RegExp(`(\\d{1,2})\\.?\\s+${WORD}(?:,?\\s+(\\d{4}))?`, 'u');

export function parseDate(text: string, lang?: string, year?: number): string | undefined {
  const t = text.normalize('NFC');
  let m = t.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = t.match(/(\d{1,2})[./](\d{1,2})[./](\d{2,4})/);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const y = +m[3]!;
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
    if (a === b) return iso(y, a, b);
    const base = languageOf(lang).lang;
    if (lang && DAY_FIRST.has(base)) return iso(y, b, a);
    if (lang && /^en[-_]us$/i.test(lang)) return iso(y, a, b);
    return undefined;
  }
  // Month first: "Mar 4, 2024"
  m = t.match(MONTH_FIRST);
  if (m) {
    const month = monthNumber(m[1]!);
    const y = m[3] ? +m[3] : year;
    if (month && y) return iso(y, month, +m[2]!);
  }
  // Day first: "4 Μαρ 2024", "4 marzo 2024", "4. März 2024"
  m = t.match(DAY_FIRST_WORDS);
  if (m) {
    const month = monthNumber(m[2]!);
    const y = m[3] ? +m[3] : year;
    if (month && y) return iso(y, month, +m[1]!);
  }
  return undefined;
}

/** A range such as "Mar 20 - Apr 2, 2024" or "20 Μαρ - 2 Απρ 2024". */
export function parseDateRange(text: string, lang?: string): { from?: string; to?: string } {
  const parts = text.split(/\s+[-–—]\s+|\s+(?:to|έως|al|a)\s+/u);
  if (parts.length < 2) {
    const one = parseDate(text, lang);
    return one ? { to: one } : {};
  }
  const to = parseDate(parts[parts.length - 1]!, lang);
  const year = to ? +to.slice(0, 4) : undefined;
  let from = parseDate(parts[0]!, lang, year);
  // "Dec 20 - Jan 5, 2025": the start lies in the year before.
  if (from && to && from > to && year) from = parseDate(parts[0]!, lang, year - 1);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

const SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/US\$|USD/, 'USD'],
  [/CA\$|C\$|CAD/, 'CAD'],
  [/AU\$|A\$|AUD/, 'AUD'],
  [/NZ\$|NZD/, 'NZD'],
  [/MX\$|MXN/, 'MXN'],
  [/R\$|BRL/, 'BRL'],
  [/€|EUR/, 'EUR'],
  [/£|GBP/, 'GBP'],
  [/CHF/, 'CHF'],
  [/kr|SEK/, 'SEK'],
  [/zł|PLN/, 'PLN'],
  [/¥|JPY/, 'JPY'],
  // Wish prints plain "$" for US dollars; other dollars carry a prefix (CA$, AU$...).
  [/\$/, 'USD'],
];
const ZERO_DECIMALS = new Set(['JPY']);

/** Reads "€12,99", "12.99 €", "US$1,234.56", "1.234,56 €" into minor units and a currency. */
export function parseMoney(text: string): Money | undefined {
  const t = text.normalize('NFKC').replace(/\u00a0|\u202f/g, ' ');
  const currency = SYMBOLS.find(([re]) => re.test(t))?.[1];
  const number = t.match(/\d[\d.,' ]*\d|\d/);
  if (!currency || !number) return undefined;
  let digits = number[0].replace(/[' ]/g, '');
  const lastSep = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  let whole = digits;
  let fraction = '';
  if (lastSep >= 0 && digits.length - lastSep - 1 <= 2) {
    whole = digits.slice(0, lastSep);
    fraction = digits.slice(lastSep + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole || '0') || !/^\d*$/.test(fraction)) return undefined;
  digits = whole || '0';
  const decimals = ZERO_DECIMALS.has(currency) ? 0 : 2;
  const minor = Number(digits) * 10 ** decimals + Number((fraction + '00').slice(0, decimals) || 0);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { minor, currency };
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: Money, locale = 'en'): string {
  const decimals = ZERO_DECIMALS.has(money.currency) ? 0 : 2;
  const key = `${locale}|${money.currency}`;
  try {
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
      moneyFormats.set(key, format);
    }
    return format.format(money.minor / 10 ** decimals);
  } catch {
    return `${(money.minor / 10 ** decimals).toFixed(decimals)} ${money.currency}`;
  }
}

/** Wish's backend state for a status word in any language ("Shipped", "Απεστάλη"). */
let statusIndex: { exact: Map<string, string>; any: RegExp } | undefined;

function buildStatusIndex(): { exact: Map<string, string>; any: RegExp } {
  const exact = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const [state, words] of Object.entries(lang.statuses)) {
      for (const w of words.map(normalise)) if (w && !exact.has(w)) exact.set(w, state);
    }
  }
  // One pattern for "a status word inside the text", longest first: the most specific wins.
  const words = [...exact.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { exact, any: new RegExp(`(?:^| )(${words.join('|')})(?= |$)`, 'u') };
}

export function parseStatus(text: string): string | undefined {
  const t = normalise(text);
  if (!t) return undefined;
  statusIndex ??= buildStatusIndex();
  const hit = statusIndex.exact.get(t);
  if (hit) return hit;
  const m = statusIndex.any.exec(t);
  return m ? statusIndex.exact.get(m[1]!) : undefined;
}
