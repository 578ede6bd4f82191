import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Print } from '../../src/print/Print';
import { defaultData } from '../../src/store/schema';
import { asItems } from '../helpers/items';

afterEach(() => cleanup());

function seeded() {
  const data = defaultData();
  data.orders['5f1a2b3c4d5e6f708192a3b4'] = {
    number: '5f1a2b3c4d5e6f708192a3b4',
    placedAt: '2026-09-01',
    items: [{ title: 'Floral summer dress' }],
    amount: { minor: 11240, currency: 'USD' },
    statusText: 'Shipped',
    tracking: 'LP00123456789CN',
    flags: [],
    source: 'page',
    capturedAt: '2026-09-02T00:00:00Z',
    updatedAt: '2026-09-02T00:00:00Z',
  };
  data.profile = {
    name: 'Maria Papadopoulou',
    accountNumber: '123456',
    email: 'maria@example.com',
    postalAddress: '',
    country: 'US',
  };
  data.cases['5f1a2b3c4d5e6f708192a3b4|never-delivered'] = {
    id: '5f1a2b3c4d5e6f708192a3b4|never-delivered',
    orderNumber: '5f1a2b3c4d5e6f708192a3b4',
    problem: 'never-delivered',
    openedAt: '2026-10-01T00:00:00Z',
    contacts: [
      {
        id: '1',
        channel: 'site',
        at: '2026-10-01T00:00:00Z',
        message: 'My dress never arrived.',
        via: 'sent',
      },
      {
        id: '2',
        channel: 'email',
        at: '2026-10-05T00:00:00Z',
        message: 'Writing again about my dress.',
        subject: 'Account #123456 - Maria - Follow-up',
        via: 'mailto',
      },
    ],
    followUpDays: 3,
  };
  return data;
}

it('the evidence pack holds the order, every contact with its text, and the deadlines', async () => {
  const data = seeded();
  await fakeBrowser.storage.local.set(asItems(data));
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  history.replaceState(
    {},
    '',
    '/print.html?case=' + encodeURIComponent('5f1a2b3c4d5e6f708192a3b4|never-delivered'),
  );
  render(<Print />);
  expect(await screen.findByText('Evidence pack')).toBeTruthy();
  const text = document.body.textContent ?? '';
  for (const part of [
    '5f1a2b3c4d5e6f708192a3b4',
    'Floral summer dress',
    '$112.40',
    'LP00123456789CN',
    'Maria Papadopoulou',
    'My dress never arrived.',
    'Writing again about my dress.',
    'Account #123456 - Maria - Follow-up',
    'Card chargeback',
    'Not affiliated with Wish',
  ]) {
    expect(text).toContain(part);
  }
  await new Promise((r) => setTimeout(r, 400));
  expect(print).toHaveBeenCalled();
});

it('in Greek, the evidence pack writes dates, channels and how each message left in Greek', async () => {
  const data = seeded();
  data.settings.language = 'el';
  await fakeBrowser.storage.local.set(asItems(data));
  history.replaceState(
    {},
    '',
    '/print.html?case=' + encodeURIComponent('5f1a2b3c4d5e6f708192a3b4|never-delivered'),
  );
  vi.spyOn(window, 'print').mockImplementation(() => undefined);
  render(<Print />);
  expect(await screen.findByText('Φάκελος αποδείξεων')).toBeTruthy();
  const text = document.body.textContent ?? '';
  await waitFor(() => expect(document.documentElement.lang).toBe('el'));
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toMatch(/\((sent|mailto|copied)\)/);
  expect(text).toContain('(στάλθηκε στο Wish)');
  expect(text).toContain('1 Σεπ 2026');
  expect(text).toContain('Δεν έχει σχέση με το Wish');
});
