// Calendar arithmetic in the shopper's local time: "in 3 days" is the same clock time three
// calendar days later, across daylight-saving changes and month ends.

const DAY = 86_400_000;

export function addDays(at: Date | string, days: number): Date {
  const d = new Date(at);
  d.setDate(d.getDate() + days);
  return d;
}

/** A local calendar date (YYYY-MM-DD) from an ISO date or a timestamp. */
export function localDate(at: Date | string): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  const a = localDate(from).split('-').map(Number);
  const b = localDate(to).split('-').map(Number);
  return Math.round((Date.UTC(b[0]!, b[1]! - 1, b[2]!) - Date.UTC(a[0]!, a[1]! - 1, a[2]!)) / DAY);
}

/** An ISO calendar date plus days. */
export function addDaysToDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}
