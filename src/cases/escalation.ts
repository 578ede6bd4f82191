// Where the shopper stands with an order, and the next rung of the guide's ladder.
import type { Case, ChannelId, Country, Order } from '../model/types';
import { daysBetween } from './dates';

/** The guide's order of channels: the site's agent first, a third party last. */
export const LADDER: readonly ChannelId[] = ['site', 'email', 'social', 'letter', 'complaint'];

/** Unless the estimate says otherwise, an order is due within 30 days (the guide; UK law alike). */
export const DELIVERY_DAYS = 30;

export interface Standing {
  daysSincePlaced?: number;
  /** Days past the latest promised delivery date (negative: still before it). */
  daysPastEstimate?: number;
  delivered: boolean;
  /** The guide's threshold: past 30 days (or the estimate) without delivery. */
  mayComplain: boolean;
}

export function standing(order: Order, now: Date): Standing {
  const delivered = order.status === 'DELIVERED' || order.status === 'REFUNDED';
  const daysSincePlaced = order.placedAt ? daysBetween(order.placedAt, now) : undefined;
  const promise = order.refundEligibleDate ?? order.estimateTo;
  const daysPastEstimate = promise ? daysBetween(promise, now) : undefined;
  const late = promise
    ? daysPastEstimate! > 0
    : daysSincePlaced !== undefined && daysSincePlaced > DELIVERY_DAYS;
  return {
    ...(daysSincePlaced !== undefined ? { daysSincePlaced } : {}),
    ...(daysPastEstimate !== undefined ? { daysPastEstimate } : {}),
    delivered,
    mayComplain: !delivered && late,
  };
}

/** The next channel to try: the first rung not yet used after the last unanswered contact. */
export function nextRung(c: Case | undefined): ChannelId {
  if (!c || !c.contacts.length) return LADDER[0]!;
  const used = new Set(c.contacts.map((x) => x.channel));
  return LADDER.find((ch) => !used.has(ch)) ?? 'complaint';
}

export interface Body {
  id: 'bbb' | 'ftc' | 'resolver' | 'citizens-advice' | 'ecc-net' | 'card-issuer' | 'paypal';
  /** Only where it applies: ECC-Net takes cases against traders in the EU, Norway or Iceland. */
  caveat?: 'ecc-eu-traders-only';
}

/** Who can help next, by the shopper's country. The EU ODR platform closed in July 2025 and is
 *  never suggested. */
export function complaintBodies(country: Country): Body[] {
  switch (country) {
    case 'US':
      return [{ id: 'bbb' }, { id: 'ftc' }, { id: 'card-issuer' }, { id: 'paypal' }];
    case 'UK':
      return [{ id: 'resolver' }, { id: 'citizens-advice' }, { id: 'card-issuer' }, { id: 'paypal' }];
    case 'EU':
      return [{ id: 'card-issuer' }, { id: 'paypal' }, { id: 'ecc-net', caveat: 'ecc-eu-traders-only' }];
    default:
      return [{ id: 'bbb' }, { id: 'resolver' }, { id: 'card-issuer' }, { id: 'paypal' }];
  }
}
