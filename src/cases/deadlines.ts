// The deadlines that matter for one order, each rule with its source beside it (docs/guide.md,
// "Deadlines"). Dates are calendar dates; the countdown is in whole days. A deadline whose
// starting date only the shopper knows (delivery, the dispute's opening, the statement) is not
// guessed: it is listed as needing that date.
import type { Case, Country, Order, ProblemId } from '../model/types';
import { addDaysToDate, daysBetween, localDate } from './dates';

export type DeadlineId =
  'wish-refund' | 'wish-delivered' | 'paypal-dispute' | 'paypal-escalate' | 'card-chargeback' | 'fcba-letter';

/** What a deadline was counted from, for the shopper to check. */
export type CountedFrom =
  'order' | 'payment' | 'estimate' | 'refund-eligible' | 'delivery' | 'dispute-opened' | 'statement';

export interface Deadline {
  id: DeadlineId;
  /** The last day it is still safe to act (ISO date). */
  lastDay: string;
  daysLeft: number;
  /** The starting date (ISO) and what it is. */
  from: string;
  countedFrom: CountedFrom;
  source: string;
  /** True when counted from a stand-in (the order date for the payment, the estimate's end
   *  for the Refund Eligible Date). */
  approximate: boolean;
}

/** A deadline that applies but cannot be counted until the shopper enters its start. */
export interface MissingStart {
  id: DeadlineId;
  needs: 'delivery' | 'dispute-opened' | 'statement';
}

/** Rules: days after a starting date. */
export const RULES = {
  // Wish's help center (cs-help.wish.com, undated): an item that never arrived can be reported
  // within 30 days after its maximum delivery date, now called the "Refund Eligible Date".
  wishRefund: {
    days: 30,
    source: "Wish's help center: within 30 days after the item's Refund Eligible Date",
  },
  // Wish's help center: returns and refunds for a delivered item within 30 days of delivery.
  wishDelivered: {
    days: 30,
    source: "Wish's help center: a return or refund for a delivered item within 30 days of delivery",
  },
  // PayPal User Agreement, Buyer Protection: open a dispute within 180 days of payment.
  paypalDispute: { days: 180, source: 'PayPal Buyer Protection: a dispute within 180 days of payment' },
  // PayPal: escalate a dispute to a claim within 20 days of the day it was opened.
  paypalEscalate: {
    days: 20,
    source: 'PayPal: escalate a dispute to a claim within 20 days of opening it',
  },
  // Card networks (Visa/Mastercard rules): about 120 days from the transaction, or from the
  // promised delivery date for goods not received. Banks set their own limits within that.
  cardChargeback: {
    days: 120,
    source: 'Card networks: a chargeback about 120 days from the charge or the promised delivery date',
  },
  // US Fair Credit Billing Act, 15 U.S.C. 1666: a written dispute within 60 days of the first
  // statement showing the charge. US cards only.
  fcba: {
    days: 60,
    source:
      'US Fair Credit Billing Act: a written dispute within 60 days of the first statement showing the charge',
  },
} as const;

/** Problems about an item that arrived: Wish's 30 days count from delivery. */
export const DELIVERED_PROBLEMS: readonly ProblemId[] = ['not-as-described', 'wrong-item'];

export interface DeadlineOptions {
  /** The problem the shopper reports (default: the case's). */
  problem?: ProblemId;
  /** The shopper's country: the Fair Credit Billing Act applies to US shoppers only. */
  country?: Country;
}

export interface Deadlines {
  deadlines: Deadline[];
  missing: MissingStart[];
}

export function deadlineReport(
  order: Order,
  c: Case | undefined,
  now: Date,
  options: DeadlineOptions = {},
): Deadlines {
  const out: Deadline[] = [];
  const missing: MissingStart[] = [];
  const today = localDate(now);
  const make = (
    id: DeadlineId,
    start: string,
    rule: { days: number; source: string },
    countedFrom: CountedFrom,
    approximate: boolean,
  ) => {
    const lastDay = addDaysToDate(start, rule.days);
    out.push({
      id,
      lastDay,
      daysLeft: daysBetween(today, lastDay),
      from: start,
      countedFrom,
      source: rule.source,
      approximate,
    });
  };

  const problem = options.problem ?? c?.problem;
  const deliveredItem = problem ? DELIVERED_PROBLEMS.includes(problem) : order.status === 'DELIVERED';
  if (deliveredItem) {
    if (c?.deliveredAt) make('wish-delivered', c.deliveredAt, RULES.wishDelivered, 'delivery', false);
    else missing.push({ id: 'wish-delivered', needs: 'delivery' });
  } else {
    const maxDelivery = order.refundEligibleDate ?? order.estimateTo;
    if (maxDelivery)
      make(
        'wish-refund',
        maxDelivery,
        RULES.wishRefund,
        order.refundEligibleDate ? 'refund-eligible' : 'estimate',
        !order.refundEligibleDate,
      );
  }

  const paid = c?.paidAt ?? order.placedAt;
  const paidFrom: CountedFrom = c?.paidAt ? 'payment' : 'order';
  const payment = c?.payment;
  if (paid && (payment === 'paypal' || payment === undefined)) {
    make('paypal-dispute', paid, RULES.paypalDispute, paidFrom, !c?.paidAt);
    if (payment === 'paypal') {
      if (c?.disputeOpenedAt)
        make('paypal-escalate', c.disputeOpenedAt, RULES.paypalEscalate, 'dispute-opened', false);
      else missing.push({ id: 'paypal-escalate', needs: 'dispute-opened' });
    }
  }
  if (paid && (payment === 'card' || payment === undefined)) {
    // Goods not received: the window may run from the promised delivery date, if later.
    const promised =
      !deliveredItem && order.estimateTo && order.estimateTo > paid ? order.estimateTo : undefined;
    if (promised) make('card-chargeback', promised, RULES.cardChargeback, 'estimate', false);
    else make('card-chargeback', paid, RULES.cardChargeback, paidFrom, !c?.paidAt);
  }
  if (options.country === 'US' && (payment === 'card' || payment === undefined)) {
    if (c?.statementAt) make('fcba-letter', c.statementAt, RULES.fcba, 'statement', false);
    else if (payment === 'card') missing.push({ id: 'fcba-letter', needs: 'statement' });
  }
  return { deadlines: out.sort((a, b) => a.lastDay.localeCompare(b.lastDay)), missing };
}

/** The deadlines alone, for callers that do not ask for missing starting dates. */
export function deadlines(
  order: Order,
  c: Case | undefined,
  now: Date,
  options: DeadlineOptions = {},
): Deadline[] {
  return deadlineReport(order, c, now, options).deadlines;
}
