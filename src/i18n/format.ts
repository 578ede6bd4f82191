// Dates as the shopper's language writes them, for the extension's pages (the popup's case
// view, the evidence pack). Messages to Wish format their own dates in src/compose.
const formats = new Map<string, Intl.DateTimeFormat>();

const LOCALES: Record<string, string> = { en: 'en-US', el: 'el-GR' };

/** An ISO date (YYYY-MM-DD, read as a calendar day) or timestamp (read in local time). */
export function uiDate(iso: string, lang: string, withTime = false): string {
  const locale = LOCALES[lang] ?? 'en-US';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const key = `${locale}|${withTime}|${day}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime && !day ? { timeStyle: 'short' } : {}),
      ...(day ? { timeZone: 'UTC' } : {}),
    });
    formats.set(key, format);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return format.format(day ? new Date(Date.UTC(y!, m! - 1, d!)) : new Date(iso));
}
