import type { LaterStrings } from '../i18n/pages';
import { uiDate } from '../i18n/format';
import type { OrderSummary } from '../store/order-index';
import { formatMoney } from '../wish/parse';

/** An order as the picker names it: number, date, and the first item (or the amount). */
export function orderLabel(o: OrderSummary, t: Pick<LaterStrings, 'lang'>): string {
  const parts = [o.number];
  if (o.placedAt) parts.push(uiDate(o.placedAt, t.lang));
  if (o.title) parts.push(o.title.slice(0, 28));
  else if (o.amount) parts.push(formatMoney(o.amount, t.lang));
  return parts.join(' · ');
}
