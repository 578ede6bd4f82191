// The label tables are written compactly ('|'-separated strings): every language must still name
// each kind of id, and tell them apart, both in the compiled lookups and on a page.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exactLabel, ORDER_LANGUAGES } from '../../src/wish/order-labels';
import { readOrders } from '../../src/wish/order-page';
import { normalise } from '../../src/wish/text';

const NOW = Date.UTC(2026, 10, 25);
const ID_KINDS = ['orderId', 'transactionId', 'tracking', 'productId'] as const;

describe('order labels', () => {
  it('cover en, el, it, de, fr, es and pt', () => {
    expect(ORDER_LANGUAGES.map((l) => l.lang).sort()).toEqual(['de', 'el', 'en', 'es', 'fr', 'it', 'pt']);
  });

  it.each(ORDER_LANGUAGES.map((l) => [l.lang, l] as const))(
    '%s: each id label is known as its own kind, and no entry is empty',
    (_, lang) => {
      for (const kind of ID_KINDS) {
        const labels = lang[kind].split('|');
        expect(labels.length, kind).toBeGreaterThan(0);
        for (const label of labels) {
          expect(label.trim(), `${kind}: "${lang[kind]}"`).not.toBe('');
          expect(exactLabel(normalise(label))?.key, label).toBe(kind);
        }
      }
      expect(lang.months.split('|')).toHaveLength(12);
    },
  );

  it.each(ORDER_LANGUAGES.map((l) => [l.lang, l] as const))(
    '%s: a page with all four ids keeps each as what it is',
    (code, lang) => {
      const first = (kind: (typeof ID_KINDS)[number]) => lang[kind].split('|')[0]!;
      const body = new JSDOM(`<!doctype html><html lang="${code}"><body><main><article><dl>
        <dt>${first('orderId')}</dt><dd>65a1b2c3d4e5f60718293a4b</dd>
        <dt>${first('transactionId')}</dt><dd>65a1b2c3d4e5f60718293a40</dd>
        <dt>${first('tracking')}</dt><dd>LZ123456789CN</dd></dl>
        <div data-testid="order-item"><h3>Lamp</h3><p>${first('productId')}: 5e9a1b2c3d4e5f6071829305</p></div>
      </article></main></body></html>`).window.document.body;
      expect(readOrders(body, NOW)).toMatchObject([
        {
          number: '65a1b2c3d4e5f60718293a4b',
          transactionId: '65a1b2c3d4e5f60718293a40',
          tracking: 'LZ123456789CN',
          items: [{ title: 'Lamp', productId: '5e9a1b2c3d4e5f6071829305' }],
        },
      ]);
    },
  );
});
