import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween } from '../../src/cases/dates';
import { deadlineReport, deadlines, RULES, type Deadline } from '../../src/cases/deadlines';
import { complaintBodies, nextRung, standing } from '../../src/cases/escalation';
import {
  dueCases,
  isDue,
  markReply,
  markSolved,
  nextDue,
  openCase,
  recordContact,
  reopen,
  setFollowUpDays,
} from '../../src/cases/followup';
import type { Case, Contact, Order } from '../../src/model/types';

const contact = (at: string, channel: Contact['channel'] = 'email'): Contact => ({
  id: at,
  channel,
  at,
  message: 'hi',
  via: 'sent',
});
const order = (over: Partial<Order> = {}): Order => ({
  number: '5f1a2b3c4d5e6f708192a3b4',
  items: [],
  flags: [],
  source: 'page',
  capturedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

function withTimeZone(tz: string, fn: () => void) {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    fn();
  } finally {
    process.env.TZ = before;
  }
}

afterEach(() => vi.useRealTimers());

describe('follow-up scheduling', () => {
  it('schedules 3 days after the contact by default and is due then, not before', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    let c = openCase('X', 'never-delivered', new Date());
    c = recordContact(c, contact(new Date().toISOString()));
    expect(c.followUpAt).toBe('2026-11-04T10:00:00.000Z');
    expect(isDue(c, new Date('2026-11-04T09:59:59Z'))).toBe(false);
    expect(isDue(c, new Date('2026-11-04T10:00:00Z'))).toBe(true);
    expect(nextDue([c])).toBe(Date.parse('2026-11-04T10:00:00Z'));
  });

  it('keeps the clock time across daylight saving (Athens, 24 → 27 October 2026)', () => {
    withTimeZone('Europe/Athens', () => {
      // 09:00 local on 24 Oct (EEST, UTC+3); DST ends on the 25th; 09:00 local on 27 Oct is UTC+2.
      const c = recordContact(
        openCase('X', 'late', new Date('2026-10-24T06:00:00Z')),
        contact('2026-10-24T06:00:00Z'),
      );
      expect(c.followUpAt).toBe('2026-10-27T07:00:00.000Z');
    });
  });

  it('keeps the clock time across the US spring change (New York, March 2026)', () => {
    withTimeZone('America/New_York', () => {
      const at = addDays('2026-03-06T14:00:00Z', 3); // 09:00 EST → 09:00 EDT
      expect(at.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    });
  });

  it('crosses month and year ends', () => {
    withTimeZone('UTC', () => {
      expect(addDays('2026-01-30T12:00:00Z', 3).toISOString()).toBe('2026-02-02T12:00:00.000Z');
      expect(addDays('2028-02-27T12:00:00Z', 3).toISOString()).toBe('2028-03-01T12:00:00.000Z'); // leap year
      expect(addDays('2026-12-30T12:00:00Z', 3).toISOString()).toBe('2027-01-02T12:00:00.000Z');
      expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    });
  });

  it('counts calendar days in the local time zone', () => {
    withTimeZone('Pacific/Auckland', () => {
      // 23:30 UTC on 1 Nov is already 2 Nov in Auckland.
      expect(daysBetween('2026-11-01T23:30:00Z', '2026-11-03T00:00:00Z')).toBe(1);
    });
  });

  it('a reply or a solution stops the reminder; a new contact starts a new wait', () => {
    let c = recordContact(openCase('X', 'other', new Date('2026-11-01')), contact('2026-11-01T00:00:00Z'));
    c = markReply(c, new Date('2026-11-02T00:00:00Z'));
    expect(c.followUpAt).toBeUndefined();
    expect(dueCases([c], new Date('2026-12-01'))).toEqual([]);
    c = recordContact(c, contact('2026-11-05T00:00:00Z', 'site'));
    expect(c.replyAt).toBeUndefined();
    expect(c.followUpAt).toBe('2026-11-08T00:00:00.000Z');
    c = markSolved(c, new Date('2026-11-06T00:00:00Z'));
    expect(c.followUpAt).toBeUndefined();
    expect(nextDue([c])).toBeUndefined();
    c = reopen(c);
    expect(c.solvedAt).toBeUndefined();
    expect(c.followUpAt).toBe('2026-11-08T00:00:00.000Z');
  });

  it('the wait is editable and bounded', () => {
    let c = recordContact(openCase('X', 'other', new Date('2026-11-01')), contact('2026-11-01T00:00:00Z'));
    c = setFollowUpDays(c, 7);
    expect(c.followUpAt).toBe('2026-11-08T00:00:00.000Z');
    expect(setFollowUpDays(c, 0).followUpDays).toBe(1);
    expect(setFollowUpDays(c, 1000).followUpDays).toBe(60);
  });

  it('contacts logged out of order are kept in time order', () => {
    let c = openCase('X', 'other', new Date('2026-11-01'));
    c = recordContact(c, contact('2026-11-05T00:00:00Z'));
    c = recordContact(c, contact('2026-11-02T00:00:00Z'));
    expect(c.contacts.map((x) => x.at)).toEqual(['2026-11-02T00:00:00Z', '2026-11-05T00:00:00Z']);
    expect(c.followUpAt).toBe('2026-11-08T00:00:00.000Z');
  });
});

describe('standing and escalation', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('past 30 days without an estimate: may complain', () => {
    expect(standing(order({ placedAt: '2026-10-20' }), now)).toMatchObject({
      daysSincePlaced: 36,
      mayComplain: true,
    });
    expect(standing(order({ placedAt: '2026-11-10' }), now)).toMatchObject({
      daysSincePlaced: 15,
      mayComplain: false,
    });
  });
  it('the estimate decides when there is one', () => {
    expect(standing(order({ placedAt: '2026-10-01', estimateTo: '2026-12-01' }), now)).toMatchObject({
      mayComplain: false,
      daysPastEstimate: -6,
    });
    expect(standing(order({ placedAt: '2026-11-20', estimateTo: '2026-11-22' }), now)).toMatchObject({
      mayComplain: true,
      daysPastEstimate: 3,
    });
    expect(standing(order({ placedAt: '2026-01-01', status: 'DELIVERED' }), now).mayComplain).toBe(false);
  });
  it('climbs the guide ladder: site, email, social, letter, complaint', () => {
    let c: Case | undefined;
    expect(nextRung(c)).toBe('site');
    c = recordContact(openCase('X', 'late', now), contact('2026-11-01T00:00:00Z', 'site'));
    expect(nextRung(c)).toBe('email');
    c = recordContact(c, contact('2026-11-05T00:00:00Z', 'email'));
    c = recordContact(c, contact('2026-11-06T00:00:00Z', 'social'));
    c = recordContact(c, contact('2026-11-07T00:00:00Z', 'letter'));
    expect(nextRung(c)).toBe('complaint');
  });
  it('suggests bodies by country and never the closed EU ODR platform', () => {
    expect(complaintBodies('US').map((b) => b.id)).toEqual(['bbb', 'ftc', 'card-issuer', 'paypal']);
    expect(complaintBodies('UK').map((b) => b.id)).toEqual([
      'resolver',
      'citizens-advice',
      'card-issuer',
      'paypal',
    ]);
    expect(complaintBodies('EU').find((b) => b.id === 'ecc-net')?.caveat).toBe('ecc-eu-traders-only');
    for (const country of ['US', 'UK', 'EU', 'other'] as const)
      expect(JSON.stringify(complaintBodies(country))).not.toMatch(/odr/i);
  });
});

describe('deadlines', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const byId = (list: Deadline[]) => Object.fromEntries(list.map((d) => [d.id, d]));

  it('never arrived: 30 days after the Refund Eligible Date', () => {
    const [wish] = deadlines(
      order({ placedAt: '2026-09-01', refundEligibleDate: '2026-11-01' }),
      undefined,
      now,
    ).filter((d) => d.id === 'wish-refund');
    expect(wish).toMatchObject({
      lastDay: '2026-12-01',
      daysLeft: 6,
      approximate: false,
      countedFrom: 'refund-eligible',
      source: RULES.wishRefund.source,
    });
  });

  it('never arrived without a Refund Eligible Date: the estimate’s end stands in, and says so', () => {
    const [wish] = deadlines(order({ placedAt: '2026-09-01', estimateTo: '2026-10-20' }), undefined, now);
    expect(wish).toMatchObject({
      id: 'wish-refund',
      lastDay: '2026-11-19',
      countedFrom: 'estimate',
      approximate: true,
    });
  });

  it('a delivered item (wrong, not as described): 30 days from delivery, not from the estimate', () => {
    const o = order({ placedAt: '2026-09-01', estimateTo: '2026-10-01', refundEligibleDate: '2026-10-05' });
    const c: Case = { ...openCase('X', 'not-as-described', now), deliveredAt: '2026-11-10' };
    const list = byId(deadlines(o, c, now));
    expect(list['wish-refund']).toBeUndefined();
    expect(list['wish-delivered']).toMatchObject({
      lastDay: '2026-12-10',
      from: '2026-11-10',
      countedFrom: 'delivery',
    });
    expect(RULES.wishDelivered.days).toBe(30);
  });

  it('a delivered item without its delivery date asks for it instead of guessing', () => {
    const o = order({ placedAt: '2026-09-01', estimateTo: '2026-10-01' });
    const report = deadlineReport(o, openCase('X', 'wrong-item', now), now);
    expect(report.deadlines.find((d) => d.id.startsWith('wish-'))).toBeUndefined();
    expect(report.missing).toContainEqual({ id: 'wish-delivered', needs: 'delivery' });
  });

  it('PayPal: 180 days from payment; 20 days to escalate from the day the shopper opened the dispute', () => {
    const base: Case = { ...openCase('X', 'never-delivered', now), payment: 'paypal', paidAt: '2026-09-01' };
    const o = order({ placedAt: '2026-09-01' });
    const opened = byId(deadlines(o, { ...base, disputeOpenedAt: '2026-11-15' }, now));
    expect(opened['paypal-dispute']).toMatchObject({ lastDay: '2027-02-28', countedFrom: 'payment' });
    expect(opened['paypal-escalate']).toMatchObject({
      lastDay: '2026-12-05',
      daysLeft: 10,
      from: '2026-11-15',
      countedFrom: 'dispute-opened',
    });
    // A complaint to a third party is not a PayPal dispute: no escalation date from it.
    const complained = recordContact(base, contact('2026-11-01T00:00:00Z', 'complaint'));
    const report = deadlineReport(o, complained, now);
    expect(report.deadlines.find((d) => d.id === 'paypal-escalate')).toBeUndefined();
    expect(report.missing).toContainEqual({ id: 'paypal-escalate', needs: 'dispute-opened' });
  });

  it('card: counted from the promised delivery date when later than the payment, and says which', () => {
    const c: Case = { ...openCase('X', 'never-delivered', now), payment: 'card', paidAt: '2026-09-01' };
    const late = byId(deadlines(order({ placedAt: '2026-09-01', estimateTo: '2026-10-01' }), c, now));
    expect(late['card-chargeback']).toMatchObject({
      lastDay: '2027-01-29',
      from: '2026-10-01',
      countedFrom: 'estimate',
    });
    const plain = byId(deadlines(order({ placedAt: '2026-09-01' }), c, now));
    expect(plain['card-chargeback']).toMatchObject({
      from: '2026-09-01',
      countedFrom: 'payment',
      approximate: false,
    });
    expect(plain['paypal-dispute']).toBeUndefined();
  });

  it('the Fair Credit Billing Act only for US shoppers, from the statement', () => {
    const c: Case = {
      ...openCase('X', 'never-delivered', now),
      payment: 'card',
      paidAt: '2026-09-01',
      statementAt: '2026-10-05',
    };
    const o = order({ placedAt: '2026-09-01' });
    expect(byId(deadlines(o, c, now, { country: 'US' }))['fcba-letter']).toMatchObject({
      lastDay: '2026-12-04',
      daysLeft: 9,
      countedFrom: 'statement',
    });
    for (const country of ['UK', 'EU', 'other'] as const)
      expect(byId(deadlines(o, c, now, { country }))['fcba-letter']).toBeUndefined();
    expect(byId(deadlines(o, c, now))['fcba-letter']).toBeUndefined();
    const noStatement = deadlineReport(o, { ...c, statementAt: undefined }, now, { country: 'US' });
    expect(noStatement.missing).toContainEqual({ id: 'fcba-letter', needs: 'statement' });
  });

  it('without a payment date the order date stands in, marked approximate', () => {
    const list = deadlines(order({ placedAt: '2026-09-01' }), undefined, now);
    const money = list.filter((d) => d.id === 'paypal-dispute' || d.id === 'card-chargeback');
    expect(money.length).toBe(2);
    expect(money.every((d) => d.approximate && d.countedFrom === 'order')).toBe(true);
    expect(deadlines(order(), undefined, now)).toEqual([]);
  });
});
