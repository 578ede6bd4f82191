import { describe, expect, it } from 'vitest';
import {
  compose,
  defaultComplaintBody,
  FOLLOW_UP_ASK_DAYS,
  mailtoUrl,
  missingMarks,
  REQUIRED,
  TEMPLATES,
  type ComposeInput,
} from '../../src/compose/render';
import { GUIDE_LETTER_ADDRESS, MAILTO_MAX, SOCIAL_MAX } from '../../src/guide/channels';
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
  refundEligibleDate: '2026-10-20',
  tracking: 'LP00123456789CN',
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
      reference: '88123',
    },
  ],
  followUpDays: 3,
};
const complaintCase: Case = {
  ...contactCase,
  contacts: [
    ...contactCase.contacts,
    {
      id: 'b',
      channel: 'complaint',
      at: '2026-11-15T09:00:00Z',
      message: 'x',
      via: 'copied',
      reference: 'BBB-777',
    },
  ],
};

const LANGS: DraftLanguage[] = ['en', 'el'];

const money = (locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(112.4);

/** What each language shows for the fixed values above (dates and money in its locale). */
const LOCAL = {
  en: {
    orderDate: 'Sep 20, 2026',
    red: 'Oct 20, 2026',
    askBy: 'Dec 9, 2026',
    followBy: 'Dec 2, 2026',
    amount: money('en-US'),
    first: 'Nov 10, 2026',
    complaint: 'Nov 15, 2026',
  },
  el: {
    orderDate: '20 Σεπτεμβρίου 2026',
    red: '20 Οκτωβρίου 2026',
    askBy: '9 Δεκεμβρίου 2026',
    followBy: '2 Δεκεμβρίου 2026',
    amount: money('el-GR'),
    first: '10 Νοεμβρίου 2026',
    complaint: '15 Νοεμβρίου 2026',
  },
} as const;

/** Latin-script words a Greek draft may hold: names, Wish's own labels, the bodies' names. */
const GREEK_ALLOWED = new Set(
  [
    'Wish',
    'Cash',
    'Refund',
    'Eligible',
    'Date',
    'www',
    'wish',
    'com',
    'PayPal',
    'Better',
    'Business',
    'Bureau',
    'Resolver',
    'WishShopping',
  ].map((w) => w.toLowerCase()),
);

/** The shopper's and the order's own values, which stay as they are in any language. */
const VALUES = [
  order.number,
  'Floral summer dress',
  'Sun hat',
  order.statusText!,
  order.tracking!,
  profile.name,
  profile.email,
  profile.postalAddress,
  ...GUIDE_LETTER_ADDRESS,
  'maria@example.com',
  'BBB-777',
];

function englishWords(text: string): string[] {
  let rest = text;
  for (const v of VALUES) rest = rest.split(v).join(' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !GREEK_ALLOWED.has(w.toLowerCase()));
}

const run = (over: Partial<ComposeInput> & Pick<ComposeInput, 'problem' | 'channel' | 'language'>) =>
  compose({ order, profile, case: contactCase, now: NOW, ...over });

describe('every problem × channel × language', () => {
  for (const language of LANGS) {
    const L = LOCAL[language];
    const t = TEMPLATES[language];
    for (const problem of PROBLEMS) {
      for (const channel of CHANNELS) {
        it(`${language} ${problem} ${channel}`, () => {
          const c = run({
            problem,
            channel,
            language,
            case: channel === 'complaint' ? complaintCase : contactCase,
          });
          // Complete: no placeholder, no optional-segment bracket, nothing missing.
          for (const text of [c.body, c.subject, c.publicPost ?? '']) {
            expect(text).not.toMatch(/\{\w+\}/);
            expect(text).not.toMatch(/\[\[|\]\]/);
          }
          expect(c.missing).toEqual([]);
          expect(c.missingRequired).toEqual([]);
          expect(c.body).toContain(order.number);
          expect(c.body).not.toMatch(/Qube/);
          // Dates and amounts in the message's locale.
          expect(c.body).toContain(L.orderDate);
          if (channel !== 'social') expect(c.body).toContain(L.amount);
          if (language === 'el') {
            expect(englishWords(c.body)).toEqual([]);
            expect(englishWords(c.subject)).toEqual([]);
            expect(englishWords(c.publicPost ?? '')).toEqual([]);
            expect(c.body).not.toMatch(/\bSep\b|\$\d/);
          }
          // One clear ask: with a date to Wish, or what the body is asked to do.
          const followUp = problem === 'follow-up';
          if (channel === 'complaint') {
            const body = t.bodies[c.complaintBody!];
            expect(c.body.startsWith(body.to)).toBe(true);
            expect(c.body).toContain(followUp ? body.updateAsk : body.ask);
          } else {
            expect(c.body).toContain(followUp ? L.followBy : L.askBy);
          }
          // Subjects: the guide's pattern with the order number, in the message's language.
          if (channel === 'email' || channel === 'letter') {
            expect(c.subject).toContain(order.number);
            expect(c.subject).toContain(language === 'en' ? 'Account #123456' : 'Λογαριασμός #123456');
            expect(c.subject).toContain(profile.name);
          } else expect(c.subject).toBe('');
          if (channel === 'email') expect(c.mailto).toMatch(/^mailto:support@wish\.com\?subject=/);
          if (channel === 'letter') expect(c.body).toContain('One Sansome Street');
          if (channel === 'complaint') {
            // Complaint texts may be published: no email or home address in them.
            expect(c.body).not.toContain(profile.email);
            expect(c.body).not.toContain(profile.postalAddress);
            expect(c.complaintUrl).toMatch(/^https:\/\//);
          }
          if (channel === 'social') {
            expect(c.publicPost).toBeDefined();
            expect([...c.publicPost!].length).toBeLessThanOrEqual(SOCIAL_MAX);
            expect(c.publicPost).toContain('@WishShopping');
            expect(c.publicPost).not.toContain(order.number);
            expect(c.publicPost).not.toContain(profile.name);
          }
          // A follow-up restates the problem and cites the first contact.
          if (followUp && channel !== 'complaint' && channel !== 'social') {
            expect(c.body).toContain(L.first);
            expect(c.body).toContain(t.channelNames.email);
            expect(c.body).toContain('88123');
            expect(c.body).toContain(t.problems['never-delivered'].what.slice(0, 20));
          }
          if (followUp && channel === 'complaint') {
            expect(c.body).toContain(L.complaint);
            expect(c.body).toContain('BBB-777');
          }
        });
      }
    }
  }
});

describe('never delivered', () => {
  for (const language of LANGS)
    for (const channel of CHANNELS)
      it(`${language} ${channel}: cites the Refund Eligible Date and the tracking number`, () => {
        const c = run({ problem: 'never-delivered', channel, language });
        expect(c.body).toContain(LOCAL[language].red);
        expect(c.body).toContain(order.tracking);
      });

  it('names the date "Refund Eligible Date" only when Wish showed it', () => {
    const shown = run({ problem: 'never-delivered', channel: 'site', language: 'en' });
    expect(shown.body).toContain('latest estimated delivery date (Refund Eligible Date), Oct 20, 2026');
    const { refundEligibleDate: _r, ...estimateOnly } = order;
    const inferred = run({
      order: estimateOnly,
      problem: 'never-delivered',
      channel: 'site',
      language: 'en',
    });
    expect(inferred.body).toContain('latest estimated delivery date, Oct 15, 2026');
    expect(inferred.body).not.toContain('Refund Eligible Date');
  });

  it('leaves out what the order page did not show, instead of a mark', () => {
    const bare: Order = {
      ...order,
      tracking: undefined,
      refundEligibleDate: undefined,
      estimateTo: undefined,
    };
    const c = run({ order: bare, problem: 'never-delivered', channel: 'email', language: 'el' });
    expect(c.missing).toEqual([]);
    expect(c.body).not.toContain('λείπει');
  });
});

describe('subjects', () => {
  const subject = (p: Partial<Profile>, language: DraftLanguage = 'en', over: Partial<ComposeInput> = {}) =>
    compose({
      order,
      problem: 'never-delivered',
      channel: 'email',
      language,
      profile: { ...emptyProfile, ...p },
      now: NOW,
      ...over,
    }).subject;

  it("follow the guide's pattern: account, name, problem, then the order number", () => {
    expect(subject(profile)).toBe(
      `Account #123456 - Maria Papadopoulou - Never delivered - Order ${order.number}`,
    );
    expect(subject(profile, 'el')).toBe(
      `Λογαριασμός #123456 - Maria Papadopoulou - Η παραγγελία δεν παραδόθηκε - Παραγγελία ${order.number}`,
    );
  });

  it('fall back to the account email when there is no account number, and never carry a mark', () => {
    expect(subject({ name: 'Maria', email: 'maria@example.com' })).toBe(
      `Account maria@example.com - Maria - Never delivered - Order ${order.number}`,
    );
    expect(subject({})).toBe(`Never delivered - Order ${order.number}`);
    const none = subject({}, 'el', { order: undefined });
    expect(none).toBe('Η παραγγελία δεν παραδόθηκε');
    for (const language of LANGS)
      for (const problem of PROBLEMS) {
        const s = subject({}, language, { order: undefined, problem });
        expect(s).not.toMatch(/\[|\{/);
        expect(missingMarks(s, language)).toEqual([]);
      }
  });

  it('a follow-up says so, and restates the original problem', () => {
    expect(subject(profile, 'en', { problem: 'follow-up', case: contactCase })).toBe(
      `Account #123456 - Maria Papadopoulou - Follow-up: Never delivered - Order ${order.number}`,
    );
  });
});

describe('missing details', () => {
  it('are marked in the body, listed, and never dropped', () => {
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
    expect(c.missingRequired.sort()).toEqual(['email', 'name']);
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
      problem: 'no-updates',
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

describe('asks and next steps', () => {
  it('a refund goes to the original payment method, not Wish Cash, by a date 14 days on', () => {
    const en = run({ problem: 'never-delivered', channel: 'site', language: 'en' });
    expect(en.body).toContain(
      `By Dec 9, 2026, please refund the full amount (${money('en-US')}) to my original payment method, not as Wish Cash.`,
    );
    expect(en.body).toContain('If this is not done by Dec 9, 2026, I will dispute the payment');
    const el = run({ problem: 'never-delivered', channel: 'site', language: 'el' });
    expect(el.body).toContain(
      `Παρακαλώ, έως τις 9 Δεκεμβρίου 2026, επιστρέψτε μου ολόκληρο το ποσό (${money('el-GR')}) στο μέσο πληρωμής με το οποίο πλήρωσα, όχι σε Wish Cash.`,
    );
  });

  it('late: the guide’s “refund if not delivered within two weeks”', () => {
    const c = run({ problem: 'late', channel: 'site', language: 'en' });
    expect(c.body).toContain('If my order has not reached me by Dec 9, 2026, please refund the full amount');
  });

  it('a follow-up gives the next step and its date, a week on', () => {
    expect(FOLLOW_UP_ASK_DAYS).toBe(7);
    const c = run({ problem: 'follow-up', channel: 'email', language: 'en' });
    expect(c.body).toContain(
      'I wrote to you on Nov 10, 2026 (email to Wish support), ticket 88123, and have had no answer in 15 days.',
    );
    expect(c.body).toContain('If this is not done by Dec 2, 2026, I will dispute the payment');
    // Without a case, the follow-up still has a next step.
    const bare = compose({ order, problem: 'follow-up', channel: 'site', language: 'en', profile, now: NOW });
    expect(bare.body).toContain('I will take this further through another channel');
  });
});

describe('complaints', () => {
  it('go to the BBB in the US, Resolver in the UK, ECC Greece for a Greek shopper', () => {
    expect(defaultComplaintBody('US', 'el')).toBe('bbb');
    expect(defaultComplaintBody('UK', 'en')).toBe('resolver');
    expect(defaultComplaintBody('EU', 'el')).toBe('ecc-greece');
    expect(defaultComplaintBody('other', 'el')).toBe('ecc-greece');
    expect(defaultComplaintBody('other', 'en')).toBe('bbb');
  });

  it('count the wait from the order and the estimate, not from the first contact', () => {
    const c = run({ problem: 'never-delivered', channel: 'complaint', language: 'en' });
    expect(c.body).toContain('I ordered on Sep 20, 2026, 66 days ago.');
    expect(c.body).toContain('The latest estimated delivery date was Oct 20, 2026, 36 days ago.');
    expect(c.body).toContain('Until a parcel reaches the buyer, it is the seller’s responsibility.');
    expect(c.body).toContain('- Nov 10, 2026: email to Wish support, ticket 88123');
  });

  it('to the BBB carry no name, email or address (it publishes them); others are signed', () => {
    const bbb = run({
      problem: 'never-delivered',
      channel: 'complaint',
      language: 'en',
      complaintBody: 'bbb',
    });
    expect(bbb.body).not.toContain(profile.name);
    expect(bbb.body).toContain('What I ask of the BBB: please forward this complaint to Wish');
    expect(bbb.complaintUrl).toBe('https://www.bbb.org/file-a-complaint');
    const resolver = run({
      problem: 'never-delivered',
      channel: 'complaint',
      language: 'en',
      recipient: 'resolver',
    });
    expect(resolver.complaintBody).toBe('resolver');
    expect(resolver.body.endsWith(profile.name)).toBe(true);
  });

  it('to ECC Greece state its scope', () => {
    const c = run({ problem: 'never-delivered', channel: 'complaint', language: 'el' });
    expect(c.complaintBody).toBe('ecc-greece');
    expect(c.body).toContain('Προς το Ευρωπαϊκό Κέντρο Καταναλωτή Ελλάδας');
    expect(c.body).toContain('στην Ευρωπαϊκή Ένωση, στη Νορβηγία ή στην Ισλανδία');
    expect(c.complaintUrl).toBe('https://www.eccgreece.gr/');
  });

  it("an update tells the body about Wish's silence or its answer", () => {
    const silent = run({ problem: 'follow-up', channel: 'complaint', language: 'en', case: complaintCase });
    expect(silent.body).toContain(
      'An update to my complaint about Wish (www.wish.com), filed on Nov 15, 2026, case BBB-777.',
    );
    expect(silent.body).toContain('Wish has not answered it.');
    const answered = run({
      problem: 'follow-up',
      channel: 'complaint',
      language: 'en',
      case: { ...complaintCase, replyAt: '2026-11-20T10:00:00Z' },
    });
    expect(answered.body).toContain('Wish answered on Nov 20, 2026, but the problem is not solved.');
    expect(answered.missing).toEqual(['wishReply']);
  });
});

describe('channel shapes', () => {
  it('the letter goes to the recipient the shopper chose', () => {
    const c = run({
      problem: 'never-delivered',
      channel: 'letter',
      language: 'en',
      recipient: 'Wish Support\nSomewhere',
    });
    expect(c.body).toContain('Wish Support\nSomewhere');
    expect(c.body).not.toContain('Sansome');
  });

  it('the social message is a direct message; its public post only asks them to read it', () => {
    const c = run({ problem: 'never-delivered', channel: 'social', language: 'en' });
    expect(c.body).toMatch(/^Hello, my order never arrived\. Order 5f1a/);
    expect(c.body).not.toContain('@WishShopping');
    expect(c.publicPost).toMatch(/^@WishShopping .*direct message/);
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

  it('a Greek shopper can write to Wish in English', () => {
    const c = compose({ order, problem: 'late', channel: 'site', language: 'en', profile, now: NOW });
    expect(c.body).toMatch(/^Hello,/);
    expect(c.body).toMatch(/Delivery estimate: Oct 1\s–\s15, 2026/);
  });

  it('days are counted in the right grammatical number', () => {
    const c = compose({
      order: { ...order, placedAt: '2026-11-24' },
      problem: 'no-updates',
      channel: 'site',
      language: 'el',
      profile,
      now: NOW,
    });
    expect(c.body).toContain('πριν από 1 ημέρα');
  });
});

it('every language has every problem and channel frame', () => {
  for (const language of LANGS) {
    const t = TEMPLATES[language];
    for (const p of PROBLEMS) expect(t.problems[p as ProblemId].label.length).toBeGreaterThan(3);
    for (const ch of CHANNELS) expect(typeof t[ch as ChannelId]).toBe('string');
  }
});
