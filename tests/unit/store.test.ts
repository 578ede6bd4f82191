import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../src/store/merge';
import { load } from '../../src/store/migrate';
import {
  applyAgentReply,
  applyCapture,
  applyCaseAction,
  applyContact,
  exportJson,
  mergeImport,
  parseImport,
} from '../../src/store/ops';
import { defaultData, SCHEMA_VERSION } from '../../src/store/schema';
import type { CapturedOrder } from '../../src/wish/order-page';
import { cut, clean } from '../../src/store/text';
import { CAPS, isCase, isOrder } from '../../src/store/validate';
import { mailtoUrl } from '../../src/compose/render';

const NOW = new Date('2026-11-25T12:00:00Z');
const captured = (over: Partial<CapturedOrder> = {}): CapturedOrder => ({
  number: '5f1a2b3c4d5e6f708192a3b4',
  items: [],
  flags: [],
  ...over,
});

describe('loading stored data', () => {
  it('nothing stored: defaults', () => {
    expect(load(undefined)).toEqual({ data: defaultData(), rejected: [] });
  });

  it('migrates version 1 (orders as a list) to the current version', () => {
    const v1 = {
      schemaVersion: 1,
      orders: [
        { ...captured(), source: 'page', capturedAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
      ],
      profile: { name: 'Maria', accountNumber: '', email: '', postalAddress: '', country: 'EU' },
    };
    const { data, rejected, migratedFrom } = load(v1);
    expect(migratedFrom).toBe(1);
    expect(rejected).toEqual([]);
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(data.orders)).toEqual(['5f1a2b3c4d5e6f708192a3b4']);
    expect(data.profile.name).toBe('Maria');
    expect(data.cases).toEqual({});
  });

  it('sets aside what is corrupted and keeps the rest', () => {
    const good = {
      ...captured(),
      source: 'page',
      capturedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    const { data, rejected } = load({
      schemaVersion: SCHEMA_VERSION,
      orders: { [good.number]: good, bad: { number: 'bad', items: 'nope' } },
      settings: { language: 'klingon' },
      profile: { name: 'Maria', accountNumber: '', email: '', postalAddress: '', country: 'EU' },
    });
    expect(Object.keys(data.orders)).toEqual([good.number]);
    expect(data.settings).toEqual(defaultData().settings);
    expect(data.profile.name).toBe('Maria');
    expect(rejected.map((r) => r.path).sort()).toEqual(['orders.bad', 'settings']);
    expect(rejected.find((r) => r.path === 'orders.bad')?.value).toEqual({ number: 'bad', items: 'nope' });
  });

  it.each([['a string'], [42], [[1, 2]], [{ schemaVersion: 99 }]])(
    'a store that is %j is set aside whole',
    (raw) => {
      const { data, rejected } = load(raw);
      expect(data).toEqual(defaultData());
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.value).toEqual(raw);
    },
  );
});

describe('capturing orders', () => {
  it('deduplicates by number and merges what the detail page adds', () => {
    const data = defaultData();
    expect(
      applyCapture(data, [captured({ placedAt: '2024-03-04', statusText: 'Shipped', status: 'SHIPPED' })], {
        source: 'page',
        now: NOW,
      }),
    ).toEqual({ added: 1, updated: 0, rejected: 0 });
    // The same again changes nothing.
    expect(
      applyCapture(data, [captured({ placedAt: '2024-03-04', statusText: 'Shipped', status: 'SHIPPED' })], {
        source: 'page',
        now: NOW,
      }),
    ).toEqual({ added: 0, updated: 0, rejected: 0 });
    // The detail page knows more; the list page's date stays.
    const detail = captured({
      refundEligibleDate: '2024-04-09',
      tracking: 'LP1',
      items: [{ title: 'Dress', quantity: 1 }],
      statusText: 'Delivered',
      status: 'DELIVERED',
    });
    expect(
      applyCapture(data, [detail], {
        source: 'page',
        url: 'https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4',
        now: NOW,
      }),
    ).toEqual({ added: 0, updated: 1, rejected: 0 });
    expect(data.orders['5f1a2b3c4d5e6f708192a3b4']).toMatchObject({
      placedAt: '2024-03-04',
      refundEligibleDate: '2024-04-09',
      tracking: 'LP1',
      status: 'DELIVERED',
      items: [{ title: 'Dress', quantity: 1 }],
    });
  });

  it('rejects malformed orders from pages, keeps a manual one flagged', () => {
    const data = defaultData();
    const r = applyCapture(
      data,
      [{ number: 'not an order', items: [], flags: [] }, { evil: true }, captured({ number: 'ZZZ' })],
      { source: 'page', now: NOW },
    );
    expect(r).toEqual({ added: 0, updated: 0, rejected: 3 });
    const manual = applyCapture(data, [captured({ number: 'MYORDER1234' })], { source: 'manual', now: NOW });
    expect(manual.added).toBe(1);
    expect(data.orders.MYORDER1234!.flags).toContain('number-unverified');
  });

  it('a parsed value later resolves its flag', () => {
    const merged = mergeOrder(
      mergeOrder(undefined, captured({ placedText: '04/03/2024', flags: ['date-unparsed'] }), {
        source: 'page',
        now: NOW.toISOString(),
      }),
      captured({ placedAt: '2024-03-04' }),
      { source: 'page', now: NOW.toISOString() },
    );
    expect(merged.flags).toEqual([]);
    expect(merged.placedAt).toBe('2024-03-04');
  });
});

describe('cases in the store', () => {
  it('a contact opens a case; a follow-up joins the open case of the order', () => {
    const data = defaultData();
    const c = applyContact(
      data,
      {
        orderNumber: 'X1',
        problem: 'never-delivered',
        contact: { channel: 'email', message: 'hi', via: 'mailto' },
      },
      NOW,
      'id1',
    );
    expect(c.followUpAt).toBe('2026-11-28T12:00:00.000Z');
    const f = applyContact(
      data,
      {
        orderNumber: 'X1',
        problem: 'follow-up',
        contact: { channel: 'email', message: 'again', via: 'mailto' },
      },
      new Date('2026-11-29T12:00:00Z'),
      'id2',
    );
    expect(f.id).toBe(c.id);
    expect(f.contacts).toHaveLength(2);
    expect(Object.keys(data.cases)).toHaveLength(1);
  });

  it('an agent reply stops pending reminders of that order only', () => {
    const data = defaultData();
    applyContact(
      data,
      { orderNumber: 'A', problem: 'late', contact: { channel: 'site', message: 'x', via: 'sent' } },
      NOW,
      '1',
    );
    applyContact(
      data,
      { orderNumber: 'B', problem: 'late', contact: { channel: 'site', message: 'x', via: 'sent' } },
      NOW,
      '2',
    );
    expect(applyAgentReply(data, 'A', NOW)).toBe(1);
    expect(data.cases['A|late']!.followUpAt).toBeUndefined();
    expect(data.cases['B|late']!.followUpAt).toBeDefined();
    expect(applyCaseAction(data, 'B|late', 'solved', NOW)?.solvedAt).toBe(NOW.toISOString());
    expect(applyCaseAction(data, 'nope', 'solved', NOW)).toBeNull();
    // The dates deadlines count from are kept (a day, nothing else), and survive validation.
    const c = applyCaseAction(data, 'B|late', 'payment', NOW, {
      deliveredAt: '2026-11-02',
      disputeOpenedAt: 'soon',
    });
    expect(c?.deliveredAt).toBe('2026-11-02');
    expect(c?.disputeOpenedAt).toBeUndefined();
    expect(isCase(c)).toBe(true);
    expect(isCase({ ...c, disputeOpenedAt: 'not a date' })).toBe(false);
  });
});

describe('export and import', () => {
  it('round-trips orders and cases', () => {
    const data = defaultData();
    applyCapture(data, [captured()], { source: 'page', now: NOW });
    applyContact(
      data,
      {
        orderNumber: '5f1a2b3c4d5e6f708192a3b4',
        problem: 'late',
        contact: { channel: 'site', message: 'x', via: 'sent' },
      },
      NOW,
      '1',
    );
    const parsed = parseImport(exportJson(data, NOW));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.imported.data.orders).toEqual(data.orders);
    expect(parsed.imported.data.cases).toEqual(data.cases);
    const merged = mergeImport(defaultData(), parsed.imported);
    expect(Object.keys(merged.cases)).toEqual(['5f1a2b3c4d5e6f708192a3b4|late']);
  });

  it.each([
    ['not json {', /not JSON/],
    ['{"hello": 1}', /not an export/],
    [
      JSON.stringify({ app: 'wish-support-companion', schemaVersion: 2, orders: { x: { number: 'x' } } }),
      /invalid part.*Nothing was imported/,
    ],
  ])('refuses a bad file with a clear message: %s', (json, message) => {
    const result = parseImport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('import: what the file has, no more and no less', () => {
  const mine = () => {
    const data = defaultData();
    data.profile = {
      name: 'Maria',
      accountNumber: '77',
      email: 'm@example.com',
      postalAddress: 'Athens',
      country: 'EU',
    };
    data.settings = { ...data.settings, language: 'el', followUpDays: 5 };
    return data;
  };
  const file = (over: Record<string, unknown>) =>
    JSON.stringify({ app: 'wish-support-companion', schemaVersion: SCHEMA_VERSION, ...over });

  it('a file without profile or settings leaves them as they are', () => {
    const parsed = parseImport(file({ orders: {} }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeImport(mine(), parsed.imported);
    expect(merged.profile.name).toBe('Maria');
    expect(merged.settings.followUpDays).toBe(5);
  });

  it('a file without a schema version is refused, not read as version 1 with its orders dropped', () => {
    const order = {
      ...captured(),
      source: 'page',
      capturedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    const result = parseImport(
      JSON.stringify({ app: 'wish-support-companion', orders: { [order.number]: order } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/no schema version/);
  });

  it('a file of a newer schema is refused with a reason', () => {
    const result = parseImport(file({ schemaVersion: SCHEMA_VERSION + 1 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/newer version/);
  });

  it('the caps apply to imports: more orders than the store keeps is refused whole', () => {
    const orders: Record<string, unknown> = {};
    for (let i = 0; i <= CAPS.orders; i++) {
      const number = `M${i}`;
      orders[number] = {
        number,
        items: [],
        flags: [],
        source: 'manual',
        capturedAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      };
    }
    const result = parseImport(file({ orders }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/more than 5000 orders/);
  });
});

describe('what comes from pages is cut to the caps, on character boundaries', () => {
  it('cut never splits an emoji; clean repairs a lone half', () => {
    const s = 'ab😀';
    expect(cut(s, 3)).toBe('ab');
    expect(cut(s, 4)).toBe('ab😀');
    expect(clean('x\uD83D', 10)).toBe('x\uFFFD');
  });

  it('a title cut in the middle of an emoji is stored well-formed, and its mailto link builds', () => {
    const data = defaultData();
    // As the page reader's plain slice leaves it: the first half of an emoji at the end.
    const half = ('Phone case ' + '😀'.repeat(300)).slice(0, 300);
    expect(half.endsWith('\uD83D')).toBe(true);
    applyCapture(data, [captured({ items: [{ title: half }] })], { source: 'page', now: NOW });
    const stored = data.orders['5f1a2b3c4d5e6f708192a3b4']!.items[0]!.title;
    expect(() => encodeURIComponent(stored)).not.toThrow();
    expect(() => mailtoUrl(`About ${stored}`, `Item: ${stored}`)).not.toThrow();
  });

  it('extra keys from a page are not stored, and an over-long URL is not kept', () => {
    const data = defaultData();
    applyCapture(data, [{ ...captured(), evil: '<script>', capturedAt: 'x' } as never], {
      source: 'page',
      url: 'https://www.wish.com/' + 'a'.repeat(3000),
      now: NOW,
    });
    const order = data.orders['5f1a2b3c4d5e6f708192a3b4']!;
    expect(order).not.toHaveProperty('evil');
    expect(order.url).toBeUndefined();
    expect(isOrder(order)).toBe(true);
  });

  it('a contact: subject cut to what loads (500), and at most 100 contacts a case', () => {
    const data = defaultData();
    const input = (i: number) => ({
      orderNumber: 'A',
      problem: 'late' as const,
      contact: {
        channel: 'email' as const,
        message: `m${i}`,
        subject: 's'.repeat(1000),
        via: 'mailto' as const,
      },
    });
    const c = applyContact(data, input(0), NOW, '0');
    expect(c.contacts[0]!.subject).toHaveLength(500);
    for (let i = 1; i < CAPS.contactsPerCase; i++) applyContact(data, input(i), NOW, String(i));
    expect(() => applyContact(data, input(999), NOW, '999')).toThrow(/100 contacts/);
    expect(isCase(data.cases['A|late'])).toBe(true);
  });

  it('with no order known, a reply stops no reminder at all', () => {
    const data = defaultData();
    for (const n of ['A', 'B'])
      applyContact(
        data,
        { orderNumber: n, problem: 'late', contact: { channel: 'site', message: 'x', via: 'sent' } },
        NOW,
        n,
      );
    expect(applyAgentReply(data, undefined, NOW)).toBe(0);
    expect(Object.values(data.cases).every((c) => c.followUpAt)).toBe(true);
  });
});

describe('one order across the list and its detail page', () => {
  const order = '5f1a2b3c4d5e6f708192a3b4';
  const transaction = '5f1a2b3c4d5e6f708192aaaa';
  const when = new Date('2026-11-20T10:00:00Z');
  it('the detail page (transaction id only) joins the order the list showed', () => {
    const data = defaultData();
    applyCapture(data, [{ number: order, transactionId: transaction, items: [], flags: [] }], {
      source: 'page',
      now: when,
    });
    applyCapture(
      data,
      [{ number: transaction, idKind: 'transaction', tracking: 'LZ123456789CN', items: [], flags: [] }],
      { source: 'page', now: when },
    );
    expect(Object.keys(data.orders)).toEqual([order]);
    expect(data.orders[order]!.tracking).toBe('LZ123456789CN');
    expect(data.orders[order]!.idKind).toBeUndefined();
  });
  it('the list seen after the detail page absorbs the transaction-only record', () => {
    const data = defaultData();
    applyCapture(
      data,
      [{ number: transaction, idKind: 'transaction', tracking: 'LZ123456789CN', items: [], flags: [] }],
      { source: 'page', now: when },
    );
    expect(data.orders[transaction]!.idKind).toBe('transaction');
    applyCapture(data, [{ number: order, transactionId: transaction, items: [], flags: [] }], {
      source: 'page',
      now: when,
    });
    expect(Object.keys(data.orders)).toEqual([order]);
    expect(data.orders[order]!.tracking).toBe('LZ123456789CN');
  });
});
