// The deadlines that matter for one order, each rule with its source beside it.
// Dates are calendar dates; the countdown is in whole days.
import type { Case, Order } from '../model/types';
import { addDaysToDate, daysBetween, localDate } from './dates';

export type DeadlineId =
  'wish-refund' | 'paypal-dispute' | 'paypal-escalate' | 'card-chargeback' | 'fcba-letter';

export interface Deadline {
  id: DeadlineId;
  /** The last day it is still safe to act (ISO date). */
  lastDay: string;
  daysLeft: number;
  /** What the date was counted from, for the shopper to check. */
  from: string;
  source: string;
  /** True when counted from an approximation (no payment date: the order date is used). */
  approximate: boolean;
}

/** Rules: days after a starting date. Sources as listed in shared/GUIDE.md ("What changed"). */
export const RULES = {
  // Wish Help Center (cs-help.wish.com, undated): a never-arrived request within 30 days after
  // the maximum delivery date ("Refund Eligible Date").
  wishRefund: { days: 30, source: "Wish Help Center: within 30 days after the item's Refund Eligible Date" },
  // PayPal User Agreement, Buyer Protection: open a dispute within 180 days of payment.
  paypalDispute: { days: 180, source: 'PayPal Buyer Protection: dispute within 180 days of payment' },
  // PayPal: escalate a dispute to a claim within 20 days of opening it.
  paypalEscalate: { days: 20, source: 'PayPal: escalate a dispute to a claim within 20 days of opening it' },
  // Card networks (Visa/Mastercard rules): about 120 days from the transaction or the promised delivery.
  cardChargeback: {
    days: 120,
    source: 'Card networks: chargebacks about 120 days from the charge or the promised delivery date',
  },
  // US Fair Credit Billing Act, 15 U.S.C. 1666: written dispute within 60 days of the first statement.
  fcba: {
    days: 60,
    source:
      'US Fair Credit Billing Act: a written dispute within 60 days of the first statement showing the charge',
  },
} as const;

export function deadlines(order: Order, c: Case | undefined, now: Date): Deadline[] {
  const out: Deadline[] = [];
  const today = localDate(now);
  const make = (id: DeadlineId, start: string, days: number, source: string, approximate: boolean) => {
    const lastDay = addDaysToDate(start, days);
    out.push({ id, lastDay, daysLeft: daysBetween(today, lastDay), from: start, source, approximate });
  };
  const maxDelivery = order.refundEligibleDate ?? order.estimateTo;
  if (maxDelivery)
    make(
      'wish-refund',
      maxDelivery,
      RULES.wishRefund.days,
      RULES.wishRefund.source,
      !order.refundEligibleDate,
    );
  const paid = c?.paidAt ?? order.placedAt;
  const payment = c?.payment;
  if (paid && (payment === 'paypal' || payment === undefined)) {
    make('paypal-dispute', paid, RULES.paypalDispute.days, RULES.paypalDispute.source, !c?.paidAt);
    const opened = c?.contacts.find((x) => x.channel === 'complaint')?.at;
    if (payment === 'paypal' && opened)
      make(
        'paypal-escalate',
        localDate(opened),
        RULES.paypalEscalate.days,
        RULES.paypalEscalate.source,
        false,
      );
  }
  if (paid && (payment === 'card' || payment === undefined)) {
    const start = order.estimateTo && order.estimateTo > paid ? order.estimateTo : paid;
    make('card-chargeback', start, RULES.cardChargeback.days, RULES.cardChargeback.source, !c?.paidAt);
  }
  if (c?.statementAt && (payment === 'card' || payment === undefined)) {
    make('fcba-letter', c.statementAt, RULES.fcba.days, RULES.fcba.source, false);
  }
  return out.sort((a, b) => a.lastDay.localeCompare(b.lastDay));
}
