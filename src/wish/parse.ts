// Dates and amounts as Wish prints them in each language, parsed into ISO dates and
// minor units. What cannot be read with certainty returns undefined: the caller keeps the
// text and flags it, it never guesses.
import type { Money } from '../model/types';
import { monthNumber as monthIn, orderLanguageOf, rangeWords, statusOf } from './order-labels';

const pad = (n: number) => String(n).padStart(2, '0');
/** Plain ASCII is its own NFC and NFKC form (and has no no-break spaces): most dates and
 *  amounts skip normalising (the first reading of a page parses hundreds of them). */
const NON_ASCII = /[^\x00-\x7f]/;

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  if (year < 2010 || year > 2100) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month number (1-12) of a month name or abbreviation, in the page's language first. */
export function monthNumber(word: string, lang?: string): number | undefined {
  return monthIn(word, orderLanguageOf(lang)?.lang);
}

/**
 * Reads one date from text such as "Mar 4, 2024", "March 4 2024", "4 Μαρ 2024",
 * "4. März 2024", "4 de marzo de 2024", "1er mars 2024", "2024-03-04", "04/03/2024".
 * `year` fills in a date printed without one ("Mar 20 - Apr 2, 2024" gives the year only at
 * the end).
 */
const WORD = '([\\p{L}]+)\\.?';
// Compiled once: parsing runs for every order on a page. A day is never the start of a year
// ("Απρ 2024" is not the 20th).
const MONTH_FIRST = new RegExp(`${WORD}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?`, 'u');
const DAY_FIRST_WORDS = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:\\.|º|ª|er)?\\s+(?:de\\s+|del\\s+)?${WORD}(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`,
  'u',
);

export function parseDate(text: string, lang?: string, year?: number): string | undefined {
  const t = NON_ASCII.test(text) ? text.normalize('NFC') : text;
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
    // Ambiguous: only the page's locale can tell. US English puts the month first; other
    // English locales do not, so an English "04/03/2024" stays unparsed.
    if (orderLanguageOf(lang)?.dayFirst) return iso(y, b, a);
    if (lang && /^en[-_]us$/i.test(lang)) return iso(y, a, b);
    return undefined;
  }
  const base = orderLanguageOf(lang)?.lang;
  const monthFirst = (): string | undefined => {
    const mm = t.match(MONTH_FIRST);
    if (!mm) return undefined;
    const month = monthIn(mm[1]!, base);
    const y = mm[3] ? +mm[3] : year;
    return month && y ? iso(y, month, +mm[2]!) : undefined;
  };
  const dayFirst = (): string | undefined => {
    const mm = t.match(DAY_FIRST_WORDS);
    if (!mm) return undefined;
    const month = monthIn(mm[2]!, base);
    const y = mm[3] ? +mm[3] : year;
    return month && y ? iso(y, month, +mm[1]!) : undefined;
  };
  // The page's order first: "4 mars 2024" in French, "Mar 4, 2024" in English.
  return orderLanguageOf(lang)?.dayFirst ? (dayFirst() ?? monthFirst()) : (monthFirst() ?? dayFirst());
}

/** A range such as "Mar 20 - Apr 2, 2024", "20 Μαρ - 2 Απρ 2024", "20 - 25 mars 2024",
 *  "del 20 de marzo al 2 de abril de 2024". */
let rangeSplit: RegExp | undefined;
export function parseDateRange(text: string, lang?: string): { from?: string; to?: string } {
  rangeSplit ??= new RegExp(
    `\\s*[-–—]\\s*(?=\\p{L}|\\d{1,2}(?!\\d))|\\s+(?:${rangeWords().join('|')})\\s+`,
    'iu',
  );
  // ISO dates hold hyphens of their own: split only where a range's dash can be.
  const parts = /\d{4}-\d{1,2}-\d{1,2}.*\d{4}-\d{1,2}-\d{1,2}/.test(text)
    ? text.split(/\s+[-–—]\s+|\s+\p{L}+\s+/u)
    : text.split(rangeSplit);
  if (parts.length < 2) {
    const one = parseDate(text, lang);
    return one ? { to: one } : {};
  }
  const last = parts[parts.length - 1]!;
  const to = parseDate(last, lang);
  const year = to ? +to.slice(0, 4) : undefined;
  let first = parts[0]!;
  // "20 - 25 mars 2024": the start is only a day, of the end's month.
  const day = first.trim().match(/^(?:(\p{L}+)\s+)?(\d{1,2})\.?$/u);
  if (day && to && !(day[1] && monthIn(day[1]))) first = `${to.slice(0, 8)}${day[2]!.padStart(2, '0')}`;
  let from = parseDate(first, lang, year);
  // "Dec 20 - Jan 5, 2025": the start lies in the year before.
  if (from && to && from > to && year)
    from = parseDate(first.replace(String(year), String(year - 1)), lang, year - 1);
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
const ANY_SYMBOL = new RegExp(SYMBOLS.map(([re]) => re.source).join('|'));

/** Reads "€12,99", "12.99 €", "US$1,234.56", "1.234,56 €", "R$ 12,99" into minor units and a
 *  currency. The number read is the one beside the currency sign ("Total (2 items): €12,99"). */
export function parseMoney(text: string): Money | undefined {
  const t = NON_ASCII.test(text) ? text.normalize('NFKC').replace(/\u00a0|\u202f/g, ' ') : text;
  // One pass for the first sign in the text ("US$" is tried before "$" at each place).
  const sign = ANY_SYMBOL.exec(t);
  if (!sign) return undefined;
  const currency = SYMBOLS.find(([re]) => re.test(sign[0]))?.[1];
  const at = sign.index;
  if (!currency) return undefined;
  let number: string | undefined;
  let distance = Infinity;
  for (const m of t.matchAll(/\d[\d.,' ]*\d|\d/g)) {
    const end = m.index + m[0].length;
    const d = end <= at ? at - end : m.index - at;
    if (d < distance) {
      distance = d;
      number = m[0];
    }
  }
  if (number === undefined) return undefined;
  let digits = number.replace(/[' ]/g, '');
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

/** Wish's backend state for a status word in any language ("Shipped", "Απεστάλη", "Versandt"). */
export function parseStatus(text: string): string | undefined {
  return statusOf(text);
}
