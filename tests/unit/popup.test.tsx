import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, initialSelection } from '../../src/popup/App';
import { Options } from '../../src/options/Options';
import { StorageStatus } from '../../src/options/StorageStatus';
import { defaultData, type StoreData } from '../../src/store/schema';
import { asItems } from '../helpers/items';
import { findOrders } from '../../src/store/find-orders';
import { buildIndex, FOUND_MAX, INDEX_SIZE } from '../../src/store/order-index';
import type { Order } from '../../src/model/types';

const order = (number: string, placedAt?: string): Order => ({
  number,
  ...(placedAt ? { placedAt } : {}),
  items: [{ title: 'Floral summer dress' }],
  amount: { minor: 11240, currency: 'USD' },
  flags: [],
  source: 'page',
  capturedAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

/** Records every storage key the popup reads (still answering from the fake storage). */
function spyOnReads(): string[] {
  const read: string[] = [];
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((async (keys: string[]) => {
    read.push(...[keys].flat());
    return get(keys);
  }) as never);
  return read;
}

function seeded(change: (d: StoreData) => void = () => undefined): StoreData {
  const data = defaultData();
  data.orders = {
    a5f1a2b3c4d5e6f708192a3b4: order('a5f1a2b3c4d5e6f708192a3b4', '2024-01-01'),
    '5f1a2b3c4d5e6f708192a3b4': order('5f1a2b3c4d5e6f708192a3b4', '2026-09-20'),
  };
  data.profile = {
    name: 'Maria Papadopoulou',
    accountNumber: '123456',
    email: 'maria@example.com',
    postalAddress: '',
    country: 'EU',
  };
  change(data);
  return data;
}

afterEach(() => {
  cleanup();
  // Spies on storage and messages are per test (a spy wrapping an earlier one would recurse).
  vi.restoreAllMocks();
});
// The popup loads its composer, case view and words as chunks of their own (import()): load
// them once here, so that no test's wait includes transforming them on a slow machine.
beforeAll(() =>
  Promise.all([
    import('../../src/popup/rest'),
    import('../../src/popup/CaseView'),
    import('../../src/i18n/en'),
    import('../../src/i18n/el'),
  ]),
);

describe('the popup (jsdom)', () => {
  it('renders the composer with its named controls and a complete draft for the newest order', async () => {
    await fakeBrowser.storage.local.set(asItems(seeded()));
    // No background in jsdom: messages are answered by nobody, the popup must not break.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    const message = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(message.value).toContain('5f1a2b3c4d5e6f708192a3b4');
    expect(message.value).toContain('Maria Papadopoulou');
    expect(screen.getByLabelText('Order')).toBeTruthy();
    expect(screen.getByLabelText('Problem')).toBeTruthy();
    expect(screen.getByLabelText('Channel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getAllByText(/Not affiliated with Wish/).length).toBeGreaterThan(0);
    // Not on Wish: it offers to open Wish instead of the guide.
    expect(screen.getByRole('button', { name: 'Open wish.com' })).toBeTruthy();
  });

  it("the letter says the guide's address is likely stale and lets the shopper change it", async () => {
    await fakeBrowser.storage.local.set(
      asItems(
        seeded(
          (d) =>
            (d.composer = {
              orderNumber: '5f1a2b3c4d5e6f708192a3b4',
              problem: 'never-delivered',
              channel: 'letter',
              language: 'en',
            }),
        ),
      ),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    await screen.findByLabelText('Message');
    expect(screen.getByText(/most likely no longer reaches Wish/)).toBeTruthy();
    const recipient = screen.getByLabelText('Recipient') as HTMLTextAreaElement;
    expect(recipient.value).toContain('One Sansome Street');
    fireEvent.input(recipient, { target: { value: 'Qube Network Pte. Ltd.\nSingapore' } });
    await waitFor(() =>
      expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toContain(
        'Qube Network Pte. Ltd.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('in Greek when the setting says so, while the message can stay English', async () => {
    await fakeBrowser.storage.local.set(
      asItems(
        seeded((d) => {
          d.settings.language = 'el';
          d.composer = {
            orderNumber: '5f1a2b3c4d5e6f708192a3b4',
            problem: 'late',
            channel: 'site',
            language: 'en',
          };
        }),
      ),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    const message = (await screen.findByLabelText('Μήνυμα')) as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Hello,/);
    expect(screen.getAllByText(/Δεν έχει σχέση με το Wish/).length).toBeGreaterThan(0);
  });

  it('in Greek, the case view shows how each message left and its dates in Greek, never raw', async () => {
    await fakeBrowser.storage.local.set(
      asItems(
        seeded((d) => {
          d.settings.language = 'el';
          d.composer = {
            orderNumber: '5f1a2b3c4d5e6f708192a3b4',
            problem: 'never-delivered',
            channel: 'email',
            language: 'el',
          };
          d.cases['5f1a2b3c4d5e6f708192a3b4|never-delivered'] = {
            id: '5f1a2b3c4d5e6f708192a3b4|never-delivered',
            orderNumber: '5f1a2b3c4d5e6f708192a3b4',
            problem: 'never-delivered',
            openedAt: '2026-11-01T10:00:00Z',
            contacts: [
              {
                id: '1',
                channel: 'email',
                at: '2026-11-01T10:00:00Z',
                message: 'x',
                via: 'mailto',
                reference: '88123',
              },
              { id: '2', channel: 'site', at: '2026-11-02T10:00:00Z', message: 'y', via: 'copied' },
            ],
            followUpAt: '2099-11-05T10:00:00Z',
            followUpDays: 3,
            payment: 'paypal',
            paidAt: '2026-09-20',
          };
        }),
      ),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    const heading = await screen.findByText('Η υπόθεσή σας');
    const text = heading.closest('section')!.textContent!;
    expect(text).toContain('(άνοιξε στο ηλεκτρονικό ταχυδρομείο σας)');
    expect(text).toContain('(αντιγράφηκε)');
    expect(text).toContain('#88123');
    expect(text).not.toMatch(/\((mailto|copied)\)/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Νοε 2026');
    // The PayPal escalation waits for the day the shopper opened the dispute.
    expect(text).toContain('Συμπληρώστε την ημέρα που ανοίξατε τη διαφορά στο PayPal');
    expect(text).toContain('από την ημερομηνία πληρωμής');
  });

  it('a complaint names its body and links its complaint page; a DM offers a public post without order details', async () => {
    await fakeBrowser.storage.local.set(
      asItems(
        seeded((d) => {
          d.composer = {
            orderNumber: '5f1a2b3c4d5e6f708192a3b4',
            problem: 'never-delivered',
            channel: 'complaint',
            language: 'el',
          };
        }),
      ),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    const message = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Προς το Ευρωπαϊκό Κέντρο Καταναλωτή Ελλάδας/);
    expect((screen.getByLabelText('Complaint to') as HTMLSelectElement).value).toBe('ecc-greece');
    expect(screen.getByRole('link', { name: 'Open its complaint page' }).getAttribute('href')).toBe(
      'https://www.eccgreece.gr/',
    );
    fireEvent.change(screen.getByLabelText('Complaint to'), { target: { value: 'bbb' } });
    await waitFor(() => expect(message.value).toMatch(/^Προς το Better Business Bureau/));
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'social' } });
    const post = await screen.findByText(/^@WishShopping /);
    expect(post.textContent).not.toContain('5f1a2b3c4d5e6f708192a3b4');
  });

  it('a missing required detail is asked about before copying', async () => {
    await fakeBrowser.storage.local.set(
      asItems(
        seeded((d) => {
          d.orders['0HSMWCNR827N'] = order('0HSMWCNR827N');
          d.composer = { orderNumber: '0HSMWCNR827N', problem: 'other', channel: 'site', language: 'en' };
        }),
      ),
    );
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const write = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText: write } });
    render(<App />);
    await screen.findByLabelText('Message');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/still missing: order date/)).toBeTruthy();
    expect(write).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(write).toHaveBeenCalled());
  });
});

describe('what the popup reads', () => {
  it('the orders index and the picked order from the worker: never every order or every case', async () => {
    const data = seeded((d) => {
      for (let i = 0; i < 300; i++) {
        const n = `5f1a2b3c4d5e6f70819${String(i).padStart(5, '0')}`;
        d.orders[n] = order(n, '2025-01-01');
      }
    });
    await fakeBrowser.storage.local.set(asItems(data));
    const asked: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
      type: string;
      data?: { number: string };
    }) => {
      asked.push(m.type);
      if (m.type !== 'orderDetail') return undefined;
      // The worker's answer: one order and its cases.
      return { res: { order: data.orders[m.data!.number] ?? null, cases: [] } };
    }) as never);
    const read = spyOnReads();
    render(<App />);
    const message = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(message.value).toContain('Floral summer dress');
    expect(asked).toContain('orderDetail');
    expect(read).toContain('wsg:order-index');
    expect(read).not.toContain('wsg:orders');
    expect(read).not.toContain('wsg:cases');
    // The picker lists the newest of the index (and says how many are stored).
    expect((screen.getByLabelText('Order') as HTMLSelectElement).options).toHaveLength(INDEX_SIZE + 1);
    expect(screen.getByText('302 orders found on Wish')).toBeTruthy();
  });
});

describe('an order older than the newest the index lists', () => {
  const many = () =>
    seeded((d) => {
      for (let i = 0; i < 300; i++) {
        const n = `5f1a2b3c4d5e6f70819${String(i).padStart(5, '0')}`;
        d.orders[n] = order(n, `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`);
      }
    });
  // The oldest stored order (2024), far below the newest the index lists.
  const OLD = 'a5f1a2b3c4d5e6f708192a3b4';

  it("the stored selection's order stays selected (the worker says it is stored), in the picker too", async () => {
    const data = many();
    data.composer = { orderNumber: OLD, problem: 'late', channel: 'email', language: 'en' };
    await fakeBrowser.storage.local.set(asItems(data));
    const asked: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
      type: string;
      data?: { number: string };
    }) => {
      if (m.type !== 'orderDetail') return undefined;
      asked.push(m.data!.number);
      return { res: { order: data.orders[m.data!.number] ?? null, cases: [] } };
    }) as never);
    const read = spyOnReads();
    render(<App />);
    const message = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(message.value).toContain(OLD);
    const picker = screen.getByLabelText('Order') as HTMLSelectElement;
    expect(picker.value).toBe(OLD);
    // "(no order)", the newest the index lists, and the selected older one.
    expect(picker.options).toHaveLength(INDEX_SIZE + 2);
    expect(asked).toContain(OLD);
    expect(read).not.toContain('wsg:orders');
  });

  it('the order the Wish tab shows is taken when the worker says it is stored; a deleted one is not', () => {
    const data = many();
    const index = buildIndex(data.orders);
    expect(index.newest.some((s) => s.number === OLD)).toBe(false);
    const tab = {
      kind: 'order' as const,
      unreachable: false,
      info: {
        kind: 'order' as const,
        url: '',
        signedIn: true,
        ordersOnPage: [OLD],
        orderHelp: true,
        tourActive: false,
      },
    };
    const read = { ...data, orderIndex: index };
    const newest = index.newest[0]!.number;
    expect(initialSelection(read, tab, '', undefined, new Set([OLD])).orderNumber).toBe(OLD);
    expect(initialSelection(read, tab, '').orderNumber).toBe(newest);
    // The stored selection: kept when stored, else the newest.
    const stored = {
      ...read,
      composer: {
        orderNumber: OLD,
        problem: 'late' as const,
        channel: 'site' as const,
        language: 'en' as const,
      },
    };
    expect(initialSelection(stored, undefined, '', undefined, new Set([OLD])).orderNumber).toBe(OLD);
    expect(initialSelection(stored, undefined, '').orderNumber).toBe(newest);
  });
});

describe('finding an order the picker does not list', () => {
  const many = () =>
    seeded((d) => {
      for (let i = 0; i < 300; i++) {
        const n = `5f1a2b3c4d5e6f70819${String(i).padStart(5, '0')}`;
        d.orders[n] = order(n, `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`);
      }
      d.orders[OLD]!.items = [{ title: 'Garden hose, 15 m' }];
    });
  // The oldest stored order (2024), far below the newest the index lists.
  const OLD = 'a5f1a2b3c4d5e6f708192a3b4';

  /** The worker's answers, from `data` (or none: `worker` false). */
  function answering(data: StoreData, worker = true) {
    const asked: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
      type: string;
      data?: { number?: string; query?: string };
    }) => {
      asked.push(m.type);
      if (!worker) return undefined;
      if (m.type === 'orderDetail')
        return { res: { order: data.orders[m.data!.number!] ?? null, cases: [] } };
      if (m.type === 'findOrders') return { res: findOrders(data.orders, m.data!.query!) };
      return undefined;
    }) as never);
    return asked;
  }

  it('searches every stored order through the worker, by number, date or item, and picks one', async () => {
    const data = many();
    await fakeBrowser.storage.local.set(asItems(data));
    const asked = answering(data);
    const read = spyOnReads();
    render(<App />);
    await screen.findByLabelText('Message');
    const picker = screen.getByLabelText('Order') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).not.toContain(OLD);
    // Nothing of the search is there until asked for.
    expect(screen.queryByLabelText('Number, date (March 2025, 9/3/2025) or item')).toBeNull();
    const open = screen.getByRole('button', { name: 'Find an order among all 302' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const search = screen.getByLabelText('Number, date (March 2025, 9/3/2025) or item') as HTMLInputElement;
    // Empty: the newest of every order, as many as one answer holds.
    await screen.findByText(`The newest ${FOUND_MAX} of 302 that match: type more to narrow them down.`);
    for (const query of ['a5f1a2', '2024-01', 'GARDEN hose']) {
      fireEvent.input(search, { target: { value: query } });
      await screen.findByText('1 order matches.');
      expect(screen.getByRole('button', { name: new RegExp(`^${OLD}`) })).toBeTruthy();
    }
    fireEvent.input(search, { target: { value: 'no such thing' } });
    await screen.findByText('No stored order matches.');
    fireEvent.input(search, { target: { value: 'hose' } });
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${OLD}`) }));
    // Picked: the composer writes about it, and the picker lists it, selected.
    await waitFor(() =>
      expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toContain(OLD),
    );
    expect((screen.getByLabelText('Order') as HTMLSelectElement).value).toBe(OLD);
    expect(screen.queryByLabelText('Number, date (March 2025, 9/3/2025) or item')).toBeNull();
    expect(asked).toContain('findOrders');
    expect(read).not.toContain('wsg:orders');
  });

  it('without an answer from the worker, searches the stored orders itself', async () => {
    const data = many();
    await fakeBrowser.storage.local.set(asItems(data));
    answering(data, false);
    render(<App />);
    await screen.findByLabelText('Message');
    fireEvent.click(screen.getByRole('button', { name: 'Find an order among all 302' }));
    fireEvent.input(screen.getByLabelText('Number, date (March 2025, 9/3/2025) or item'), { target: { value: '2024' } });
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${OLD}`) }));
    await waitFor(() =>
      expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toContain(OLD),
    );
  });

  it('is not offered when the picker lists every stored order', async () => {
    await fakeBrowser.storage.local.set(asItems(seeded()));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<App />);
    await screen.findByLabelText('Message');
    expect((screen.getByLabelText('Order') as HTMLSelectElement).options).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Find an order/ })).toBeNull();
  });

  it('in Greek', async () => {
    const data = many();
    data.settings.language = 'el';
    await fakeBrowser.storage.local.set(asItems(data));
    answering(data);
    render(<App />);
    await screen.findByLabelText('Μήνυμα');
    fireEvent.click(screen.getByRole('button', { name: 'Αναζήτηση παραγγελίας ανάμεσα σε όλες τις 302' }));
    fireEvent.input(screen.getByLabelText('Αριθμός, ημερομηνία (Μαρτίου 2025, 9/3/2025) ή προϊόν'), {
      target: { value: 'hose' },
    });
    await screen.findByText('1 ταιριάζει.');
  });
});

describe("the popup's first selection", () => {
  it("from a reminder: the case's order, as a follow-up on the first channel", () => {
    const data = seeded((d) => {
      d.cases['5f1a2b3c4d5e6f708192a3b4|late'] = {
        id: '5f1a2b3c4d5e6f708192a3b4|late',
        orderNumber: '5f1a2b3c4d5e6f708192a3b4',
        problem: 'late',
        openedAt: '2026-11-01T00:00:00Z',
        contacts: [{ id: '1', channel: 'email', at: '2026-11-01T00:00:00Z', message: 'x', via: 'mailto' }],
        followUpDays: 3,
      };
    });
    // The popup reads the index, and the reminder's case from the worker.
    const read = { ...data, orderIndex: buildIndex(data.orders) };
    const fromCase = data.cases['5f1a2b3c4d5e6f708192a3b4|late'];
    expect(
      initialSelection(read, undefined, '?case=5f1a2b3c4d5e6f708192a3b4%7Clate&followup=1', fromCase),
    ).toMatchObject({ orderNumber: '5f1a2b3c4d5e6f708192a3b4', problem: 'follow-up', channel: 'email' });
  });
  it('the order the Wish tab shows, else the most recently placed', () => {
    const data = { ...seeded(), orderIndex: buildIndex(seeded().orders) };
    expect(initialSelection(data, undefined, '').orderNumber).toBe('5f1a2b3c4d5e6f708192a3b4');
    const tab = {
      kind: 'order' as const,
      unreachable: false,
      info: {
        kind: 'order' as const,
        url: '',
        signedIn: true,
        ordersOnPage: ['a5f1a2b3c4d5e6f708192a3b4'],
        orderHelp: true,
        tourActive: false,
      },
    };
    expect(initialSelection(data, tab, '').orderNumber).toBe('a5f1a2b3c4d5e6f708192a3b4');
  });
});

describe('the options page (jsdom)', () => {
  it('has the named fields and shows what is stored', async () => {
    await fakeBrowser.storage.local.set(asItems(seeded()));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Options />);
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    expect(name.value).toBe('Maria Papadopoulou');
    expect(screen.getByLabelText('Account number')).toBeTruthy();
    const email = screen.getByLabelText('Contact email') as HTMLInputElement;
    fireEvent.input(email, { target: { value: 'not-an-email' } });
    expect(await screen.findByText('This does not look like an email address.')).toBeTruthy();
    expect(screen.getByText(/2 orders, 0 cases/)).toBeTruthy();
    // Changes go to the background, the only writer.
    await waitFor(() =>
      expect(send.mock.calls.some(([m]) => (m as { type?: string }).type === 'saveProfile')).toBe(true),
    );
  });

  it('lists the places the shopper showed the guide, deletes one, and copies a report without their name', async () => {
    const correction = {
      step: 'account-menu',
      role: 'button',
      name: 'hi maria',
      attributes: { 'aria-haspopup': 'true' },
      path: 'banner',
      at: '2026-11-25T10:00:00.000Z',
    };
    await fakeBrowser.storage.local.set(asItems(seeded((d) => (d.corrections = [correction]))));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    send.mockClear();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (t: string) => void copied.push(t) },
      configurable: true,
    });
    render(<Options />);
    expect(await screen.findByText(/Places you showed the guide/)).toBeTruthy();
    expect(screen.getByText(/"hi maria"|“hi maria”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy a report' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toMatch(/account-menu: button "hi <name>"/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' }).at(-1)!);
    await waitFor(() =>
      expect(send.mock.calls.some(([m]) => (m as { type?: string }).type === 'deleteCorrection')).toBe(true),
    );
  });

  it('never writes back a stale copy: after a change elsewhere, a keystroke sends only its field', async () => {
    await fakeBrowser.storage.local.set(asItems(seeded()));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    send.mockClear();
    render(<Options />);
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    // Another tab (or an import) changes the email and the settings.
    const elsewhere = seeded((d) => {
      d.profile.email = 'new@example.com';
      d.settings.followUpDays = 9;
    });
    await fakeBrowser.storage.local.set(asItems(elsewhere));
    await waitFor(() =>
      expect((screen.getByLabelText('Contact email') as HTMLInputElement).value).toBe('new@example.com'),
    );
    fireEvent.input(name, { target: { value: 'Maria P.' } });
    await waitFor(() =>
      expect(send.mock.calls.some(([m]) => (m as { type?: string }).type === 'saveProfile')).toBe(true),
    );
    const saved = send.mock.calls
      .map(([m]) => m as { type?: string; data?: unknown })
      .filter((m) => m.type === 'saveProfile' || m.type === 'saveSettings');
    expect(saved.map((m) => m.data)).toEqual([{ name: 'Maria P.' }]);
  });

  it('a write refused because storage is full is shown, with what to delete', async () => {
    const report = {
      bytes: { orders: 9_000_000, cases: 400_000, diagnostics: 30_000, 'set-aside': 200_000 },
      counts: { orders: 5000, cases: 500, drafts: 3, setAside: 2 },
      refusal: {
        item: 'drafts',
        kind: 'quota' as const,
        reason: 'the browser storage is full',
        at: '2026-11-25T00:00:00Z',
      },
    };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    send.mockClear();
    render(<StorageStatus report={report} lang="en" onChanged={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Not saved \(drafts\): the browser storage is full/,
    );
    expect(screen.getByText(/Reminders keep working/)).toBeTruthy();
    expect(screen.getByText(/2 set-aside copies/)).toBeTruthy();
    expect(screen.getByText(/5000 orders/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
    await waitFor(() =>
      expect(send.mock.calls.some(([m]) => (m as { type?: string }).type === 'clearSetAside')).toBe(true),
    );
  });
});
