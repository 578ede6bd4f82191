import { describe, expect, it } from 'vitest';
import { compose, mailtoUrl, missingMarks, REQUIRED, TEMPLATES } from '../../src/compose/render';
import { MAILTO_MAX, SOCIAL_MAX } from '../../src/guide/channels';
import type { Case, ChannelId, DraftLanguage, Order, ProblemId, Profile } from '../../src/model/types';
import { CHANNELS, PROBLEMS } from '../../src/store/validate';

const NOW = new Date('2026-11-25T12:00:00Z');
const order: Order = {
  number: '5f1a2b3c4d5e6f708192a3b4',
  placedAt: '2026-09-20',
  items: [
    { title: 'Floral summer dress', quantity: 1 },
    { title: 'Sun hat', quantity: 2 },
  ],
  amount: { minor: 11240, currency: 'USD' },
  status: 'SHIPPED',
  statusText: 'Shipped',
  estimateFrom: '2026-10-01',
  estimateTo: '2026-10-15',
  flags: [],
  source: 'page',
  capturedAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
};
const profile: Profile = {
  name: 'Maria Papadopoulou',
  accountNumber: '123456',
  email: 'maria@example.com',
  postalAddress: '1 Main St, Athens',
  country: 'EU',
};
const emptyProfile: Profile = { name: '', accountNumber: '', email: '', postalAddress: '', country: 'other' };
const contactCase: Case = {
  id: `${order.number}|never-delivered`,
  orderNumber: order.number,
  problem: 'never-delivered',
  openedAt: '2026-11-10T09:00:00Z',
  contacts: [
    {
      id: 'a',
      channel: 'email',
      at: '2026-11-10T09:00:00Z',
      message: 'Hello,\n\nMy order has not arrived.',
      subject: 'Account #123456 - Maria - Order never delivered',
      via: 'mailto',
    },
  ],
  followUpDays: 3,
};

const LANGS: DraftLanguage[] = ['en', 'el'];

describe('every problem × channel × language', () => {
  for (const language of LANGS) {
    for (const problem of PROBLEMS) {
      for (const channel of CHANNELS) {
        it(`${language} ${problem} ${channel}: complete, no raw placeholder, within limits`, () => {
          const c = compose({ order, problem, channel, language, profile, case: contactCase, now: NOW });
          expect(c.body).not.toMatch(/\{\w+\}/);
          expect(c.subject).not.toMatch(/\{\w+\}/);
          expect(c.missing).toEqual([]);
          expect(c.missingRequired).toEqual([]);
          expect(c.body).toContain(order.number);
          if (channel !== 'social') expect(c.body).toContain(profile.name);
          if (channel === 'social') {
            expect([...c.body].length).toBeLessThanOrEqual(SOCIAL_MAX);
            expect(c.overLimit).toBe(false);
            expect(c.body).toContain('@WishShopping');
          }
          if (channel === 'email') {
            expect(c.subject).toBe(
              `Account #123456 - Maria Papadopoulou - ${TEMPLATES[language].problems[problem].summary}`,
            );
            expect(c.mailto).toMatch(/^mailto:support@wish\.com\?subject=/);
          }
          if (channel === 'letter') expect(c.body).toContain('One Sansome Street');
          if (channel === 'complaint') expect(c.body).toContain('Qube Network');
        });
      }
    }
  }
});

describe('missing details', () => {
  it('are marked in the text, listed, and never dropped', () => {
    const c = compose({
      orderNumber: '0HSMWCNR827N',
      problem: 'never-delivered',
      channel: 'email',
      language: 'en',
      profile: emptyProfile,
      now: NOW,
    });
    expect(c.body).not.toMatch(/\{\w+\}/);
    expect(c.body).toContain('[order date missing]');
    expect(c.body).toContain('[your name missing]');
    expect(c.subject).toBe('Account #[account number missing] - [your name missing] - Order never delivered');
    expect(c.missingRequired.sort()).toEqual(['account', 'email', 'name'].sort());
    expect(missingMarks(c.body, 'en')).toEqual(expect.arrayContaining(['orderDate', 'name', 'email']));
  });

  it('in Greek too', () => {
    const c = compose({
      problem: 'never-delivered',
      channel: 'site',
      language: 'el',
      profile: emptyProfile,
      now: NOW,
    });
    expect(c.body).toContain('[λείπει: αριθμός παραγγελίας]');
    expect(c.missingRequired).toEqual(REQUIRED.site);
  });

  it('take what the shopper fills in place, and a typed date gives the days since', () => {
    const c = compose({
      orderNumber: 'X',
      problem: 'never-delivered',
      channel: 'site',
      language: 'en',
      profile,
      now: NOW,
      fills: { orderDate: 'Sep 20, 2026', items: 'a lamp' },
    });
    expect(c.body).toContain('Order date: Sep 20, 2026 (66 days ago)');
    expect(c.body).toContain('Items: a lamp');
    expect(c.missing).not.toContain('daysSince');
  });
});

describe('channel shapes', () => {
  it('the follow-up names the first contact and the days waited', () => {
    const c = compose({
      order,
      problem: 'follow-up',
      channel: 'email',
      language: 'en',
      profile,
      case: contactCase,
      now: NOW,
    });
    expect(c.body).toContain('I contacted you on Nov 10, 2026 (email) and have had no answer in 15 days.');
  });

  it('the complaint lists every contact attempt', () => {
    const c = compose({
      order,
      problem: 'never-delivered',
      channel: 'complaint',
      language: 'en',
      profile,
      case: contactCase,
      now: NOW,
    });
    expect(c.body).toContain(
      'My attempts to resolve this with Wish (1):\n- Nov 10, 2026, email: Account #123456 - Maria - Order never delivered',
    );
  });

  it('the letter goes to the recipient the shopper chose', () => {
    const c = compose({
      order,
      problem: 'never-delivered',
      channel: 'letter',
      language: 'en',
      profile,
      now: NOW,
      recipient: 'Qube Network Pte. Ltd.\nSingapore',
    });
    expect(c.body).toContain('Qube Network Pte. Ltd.\nSingapore');
    expect(c.body).not.toContain('Sansome');
  });

  it('detects a message too long for a mailto link', () => {
    const long = compose({
      order: {
        ...order,
        items: Array.from({ length: 60 }, (_, i) => ({ title: `Item number ${i} with a long name` })),
      },
      problem: 'never-delivered',
      channel: 'email',
      language: 'el',
      profile,
      now: NOW,
    });
    expect(long.mailtoTooLong).toBe(true);
    expect(long.mailto!.length).toBeGreaterThan(MAILTO_MAX);
    expect(mailtoUrl('a b', 'line1\nline2')).toBe(
      'mailto:support@wish.com?subject=a%20b&body=line1%0D%0Aline2',
    );
  });

  it('a social message that grows too long says so', () => {
    const c = compose({
      order: { ...order, number: 'X'.repeat(300) },
      problem: 'other',
      channel: 'social',
      language: 'en',
      profile,
      now: NOW,
    });
    expect(c.overLimit).toBe(true);
  });

  it('a Greek shopper can write to Wish in English', () => {
    const c = compose({ order, problem: 'late', channel: 'site', language: 'en', profile, now: NOW });
    expect(c.body).toMatch(/^Hello,/);
    expect(c.body).toContain('My order was promised by Oct 1, 2026 - Oct 15, 2026');
  });
});

it('every language has every problem and channel frame', () => {
  for (const language of LANGS) {
    const t = TEMPLATES[language];
    for (const p of PROBLEMS) expect(t.problems[p as ProblemId].label.length).toBeGreaterThan(3);
    for (const ch of CHANNELS) expect(typeof t[ch as ChannelId]).toBe('string');
  }
});
