import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Print } from '../../src/print/Print';
import { defaultData } from '../../src/store/schema';
import { asItems } from '../helpers/items';

afterEach(() => cleanup());

it('the evidence pack holds the order, every contact with its text, and the deadlines', async () => {
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
