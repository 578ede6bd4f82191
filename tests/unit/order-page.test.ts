import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { OrderLinks, OrderReader, orderCard, readOrders } from '../../src/wish/order-page';
import { isTrackingShape } from '../../src/wish/order-number';
import { ordersPage } from '../fixtures/generate';
import { loadLive, loadStatic } from '../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 25);

describe('reading orders from Wish pages', () => {
  it('orders-en: label/value lists, several orders, odd values flagged', () => {
    const doc = loadStatic('orders-en').window.document;
    const orders = readOrders(doc.body, NOW);
    expect(orders.map((o) => o.number)).toEqual([
      '5f1a2b3c4d5e6f708192a3b4',
      '5f2b3c4d5e6f708192a3b4c5',
      '0HSMWCNR827N',
    ]);
    const [a, b, c] = orders;
    expect(a).toMatchObject({
      transactionId: '5f1a2b3c4d5e6f708192a3b0',
      placedAt: '2024-03-04',
      amount: { minor: 11240, currency: 'USD' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
      tracking: 'LP00123456789CN',
      items: [{ title: 'Floral summer dress', quantity: 1, imageUrl: 'https://img.wish.com/dress.jpg' }],
      flags: [],
    });
    expect(b).toMatchObject({
      placedAt: '2020-07-28',
      amount: { minor: 123450, currency: 'USD' },
      status: 'DELIVERED',
    });
    expect(b!.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Garden hose 50ft', 2],
      ['Hose nozzle', 1],
    ]);
    // "04/03/2024" in English is ambiguous and "a lot" is no amount: kept as text, flagged.
    expect(c).toMatchObject({ placedText: '04/03/2024', amountText: 'a lot', status: 'REFUNDED' });
    expect(c!.placedAt).toBeUndefined();
    expect(c!.amount).toBeUndefined();
    expect(c!.flags.sort()).toEqual(['amount-unparsed', 'date-unparsed']);
  });

  it('orders-el: Greek labels, day-first dates with Greek months, decimal commas', () => {
    const orders = readOrders(loadStatic('orders-el').window.document.body, NOW);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({
      number: '08U74NMJ34380',
      placedAt: '2024-03-04',
      amount: { minor: 11240, currency: 'EUR' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
    });
    expect(orders[0]!.items).toEqual([{ title: 'Φόρεμα με λουλούδια', quantity: 1 }]);
    expect(orders[1]).toMatchObject({
      number: '109UJSNDHCU64',
      placedAt: '2024-01-15',
      amount: { minor: 123456, currency: 'EUR' },
      status: 'DELAYING',
    });
  });

  it('order-en: one order with its refund-eligible date', () => {
    const [order] = readOrders(loadStatic('order-en').window.document.body, NOW);
    expect(order).toMatchObject({
      number: '5f1a2b3c4d5e6f708192a3b4',
      placedAt: '2024-03-04',
      refundEligibleDate: '2024-04-09',
      amount: { minor: 11240, currency: 'USD' },
    });
    expect(order!.items[0]).toMatchObject({ title: 'Floral summer dress, size M', quantity: 1 });
  });

  it('orders that load later are read when they appear', () => {
    const dom = loadLive('orders-en');
    const doc = dom.window.document;
    expect(readOrders(doc.body, NOW)).toHaveLength(3);
    (doc.querySelector('[data-sim-load-more]') as HTMLElement).click();
    expect(readOrders(doc.body, NOW).map((o) => o.number)).toContain('5f4d5e6f708192a3b4c5d6e7');
    dom.window.close();
  });

  it('finds the card of a chosen order', () => {
    const doc = loadStatic('orders-en').window.document;
    expect(orderCard(doc.body, '5f2b3c4d5e6f708192a3b4c5')?.getAttribute('data-expect-order')).toBe(
      '5f2b3c4d5e6f708192a3b4c5',
    );
    expect(orderCard(doc.body, '5f9999999999999999999999')).toBeUndefined();
  });

  it("finds a chosen order's card in European Portuguese ('Encomenda n.º …', each card alike)", () => {
    const card = (id: string, when: string) =>
      `<div class="od"><div><b>Item</b><br><small>Encomenda n.º ${id} · ${when}</small><br>Entregue</div>
        <div><button>Acompanhar</button><button>Preciso de ajuda</button></div></div>`;
    const doc = new JSDOM(`<!doctype html><html lang="pt-PT"><body><main>
      ${card('6612c0aa11bb22cc33dd4401', '2 de abril de 2024')}${card('6620d1bb22cc33dd44ee5502', '16 de abril de 2024')}
      ${card('6642f3dd44ee55ff66007704', '20 de maio de 2024')}</main></body></html>`).window.document;
    const found = orderCard(doc.body, '6642f3dd44ee55ff66007704');
    expect(found?.textContent).toContain('6642f3dd44ee55ff66007704');
    expect(found?.textContent).not.toContain('6620d1bb22cc33dd44ee5502');
  });

  it('pages without orders give none: feed, product, settings', () => {
    for (const name of ['feed-en-left', 'product-en', 'settings-en', 'support-en-inpage']) {
      expect(readOrders(loadStatic(name).window.document.body, NOW), name).toEqual([]);
    }
  });

  // jsdom is slow at this; the 1,000-order page is read in Chromium (tests/e2e, npm run bench).
  it('reads a long generated history', () => {
    const dom = new JSDOM(ordersPage(1, 300));
    const orders = readOrders(dom.window.document.body, Date.now());
    expect(orders).toHaveLength(300);
    expect(new Set(orders.map((o) => o.number)).size).toBe(300);
    expect(orders.every((o) => o.placedAt && o.amount)).toBe(true);
  });
});

describe('mutated pages (property-based)', () => {
  // Take a real order card and mutate it: drop, duplicate and shuffle its parts, inject
  // hostile text. Reading must never throw, and every number it returns must be one that is
  // written on the page next to an order label.
  const bases = ['orders-en', 'orders-de', 'order-en-transaction', 'order-pt', 'orders-es-table'].map(
    (name) => loadStatic(name).window.document.querySelector('main')!.innerHTML,
  );
  const hostile = fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'Order ID: ',
    'ORDER ID: ZZZZZZZZZZZZ',
    '5f1a2b3c4d5e6f708192a3b4',
    'Total: €€€',
    '\u202e',
    '💥'.repeat(50),
    'Order date: 99/99/9999',
    '<dt>Order ID</dt><dd></dd>',
    'x'.repeat(5000),
    'Order ID: LZ123456789CN',
    '<dt>Transaction ID</dt><dd>YT2312345678901234</dd>',
    '<a href="/product/5e9a1b2c3d4e5f6071829304">Order ID 5e9a1b2c3d4e5f6071829304</a>',
    'Bestellnummer: ',
    'Tracking number: 0HSMWCNR827N',
    '<tr><th>ID do pedido</th><td>1Z999AA10123456784</td></tr>',
  );

  it('never throws and never invents an order number', () => {
    // One document, its content replaced per run: a new jsdom each time costs more than the test.
    const dom = new JSDOM('<main></main>');
    const doc = dom.window.document;
    const main = doc.querySelector('main')!;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), hostile), { maxLength: 12 }),
        (which, ops) => {
          main.innerHTML = bases[which % bases.length]!;
          const all = [...doc.querySelectorAll('main *')];
          for (const [a, b, text] of ops) {
            const el = all[a % all.length];
            const other = all[b % all.length];
            if (!el || !other) continue;
            switch (a % 4) {
              case 0:
                el.remove();
                break;
              case 1:
                other.append(el.cloneNode(true));
                break;
              case 2:
                el.textContent = text;
                break;
              default:
                // (A removed element has no parent to insert beside.)
                if (b % 2 && el.parentElement) el.insertAdjacentHTML('afterend', text);
                else el.insertAdjacentText('afterend', text);
            }
          }
          const text = doc.body.textContent ?? '';
          const orders = readOrders(doc.body, NOW);
          for (const o of orders) {
            expect(text.toLowerCase()).toContain(o.number.toLowerCase());
            expect(o.number).toMatch(/^(?:[0-9a-f]{24}|[A-Z0-9]{12,13})$/);
            // A parcel's number is never an order's.
            expect(isTrackingShape(o.number)).toBe(false);
            if (o.tracking) expect(o.tracking).not.toBe(o.number.toUpperCase());
          }
        },
      ),
      { numRuns: 120 },
    );
    dom.window.close();
    // Sized for a slow, shared machine: about 2 s on a quiet one.
  }, 60_000);
});

const T = '5f1a2b3c4d5e6f708192a3b0';
const page = (body: string, lang = 'en') =>
  new JSDOM(`<!doctype html><html lang="${lang}"><body><main>${body}</main></body></html>`).window.document
    .body;

describe('ids kept as what they are', () => {
  it('an id drawn in groups, one element each, is one id (unseen u36); words side by side are not', () => {
    const body = new JSDOM(`<body>
      <div class="o"><div>Winterjacke</div><div>Bestell-Nr. <span><span>5f1a</span><span>2b3c</span><span>4d5e</span>
        <span>6f70</span><span>8192</span><span>a3b4</span></span></div><div>Gesamt: 12,00 €</div></div>
      <div class="o"><div>Hose</div><div>Bestell-Nr. 5f2b3c4d5e6f708192a3b4c5</div>
        <div>Status <span><span>Versandt</span><span>heute</span><span>abends</span></span></div></div>
    </body>`).window.document.body;
    const orders = readOrders(body, NOW);
    expect(orders.map((o) => o.number)).toEqual(['5f1a2b3c4d5e6f708192a3b4', '5f2b3c4d5e6f708192a3b4c5']);
    expect(orderCard(body, '5f1a2b3c4d5e6f708192a3b4')?.textContent).toContain('Winterjacke');
  });

  it('order-en-transaction: a page labelled "Transaction ID" keeps its tracking number as tracking', () => {
    const orders = readOrders(loadStatic('order-en-transaction').window.document.body, NOW);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      number: T,
      idKind: 'transaction',
      transactionId: T,
      tracking: 'LZ123456789CN',
      placedAt: '2024-03-04',
      amount: { minor: 11240, currency: 'USD' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
      flags: [],
    });
    expect(orders[0]!.items).toEqual([
      {
        title: 'Floral summer dress, size M',
        imageUrl: 'https://img.wish.com/dress.jpg',
        quantity: 1,
        productId: '5e9a1b2c3d4e5f6071829304',
      },
    ]);
  });

  it('the list and the detail page of one order make one order', () => {
    const links = new OrderLinks();
    const list = readOrders(loadStatic('orders-en').window.document.body, NOW);
    links.learn(list);
    const [detail] = readOrders(loadStatic('order-en-transaction').window.document.body, NOW).map((o) =>
      links.resolve(o),
    );
    expect(detail).toMatchObject({
      number: '5f1a2b3c4d5e6f708192a3b4',
      transactionId: T,
      tracking: 'LZ123456789CN',
    });
    expect(detail!.idKind).toBeUndefined();
    expect(list.map((o) => o.number)).toContain(detail!.number);
    // Seen first on its own, it stays what it is: no order number is made up for it.
    expect(
      new OrderLinks().resolve(readOrders(loadStatic('order-en-transaction').window.document.body, NOW)[0]!)
        .number,
    ).toBe(T);
  });

  it('a tracking number is never an order number, whatever its label says', () => {
    for (const parcel of [
      'LZ123456789CN',
      'UB123456789CN',
      'YT2312345678901234',
      '1Z999AA10123456784',
      '9261299991234567890123',
    ])
      expect(
        readOrders(page(`<section><p>Order ID: ${parcel}</p><p>Total: $1.00</p></section>`), NOW),
        parcel,
      ).toEqual([]);
    // An unlabelled parcel beside a labelled order is the order's tracking number, by shape.
    const [o] = readOrders(page('<section><p>Order ID: 0HSMWCNR827N</p><p>LZ123456789CN</p></section>'), NOW);
    expect(o).toMatchObject({ number: '0HSMWCNR827N', tracking: 'LZ123456789CN' });
  });

  it('a product id is the item’s, not an order: in a /product/ link or labelled', () => {
    const doc = page(`<section><p>Product ID: 5e9a1b2c3d4e5f6071829304</p>
      <a href="/product/5e9a1b2c3d4e5f6071829305">Order ID 5e9a1b2c3d4e5f6071829305</a></section>`);
    expect(readOrders(doc, NOW)).toEqual([]);
  });

  it('a transaction header over several orders: they share it, it is no order', () => {
    const doc = page(`<div class="group"><div>Transaction ID: ${T}</div>
      <div class="row"><span>Order ID</span> <b>5f1a2b3c4d5e6f708192a3b4</b><span>Total</span><span>$1.00</span></div>
      <div class="row"><span>Order ID</span> <b>5f1a2b3c4d5e6f708192a3b5</b><span>Total</span><span>$2.00</span></div></div>`);
    const orders = readOrders(doc, NOW);
    expect(orders.map((o) => [o.number, o.transactionId, o.amount?.minor])).toEqual([
      ['5f1a2b3c4d5e6f708192a3b4', T, 100],
      ['5f1a2b3c4d5e6f708192a3b5', T, 200],
    ]);
  });

  it('a list of transactions, each a card of its own', () => {
    const doc = page(`<ul><li>Transaction ID: ${T} <p>Status: Delivered</p></li>
      <li>Transaction ID: 5f1a2b3c4d5e6f708192a3b9 <p>Status: Pending</p></li></ul>`);
    expect(readOrders(doc, NOW).map((o) => [o.number, o.idKind, o.status])).toEqual([
      [T, 'transaction', 'DELIVERED'],
      ['5f1a2b3c4d5e6f708192a3b9', 'transaction', 'PENDING'],
    ]);
  });
});

describe('languages', () => {
  it('orders-de: German labels, dates, amounts, statuses and carriers', () => {
    const orders = readOrders(loadStatic('orders-de').window.document.body, NOW);
    expect(orders.map((o) => o.number)).toEqual([
      '65a1b2c3d4e5f60718293a4b',
      '65b2c3d4e5f60718293a4b5c',
      '0HSMWCNR827N',
    ]);
    expect(orders[0]).toMatchObject({
      transactionId: '65a1b2c3d4e5f60718293a40',
      placedAt: '2024-03-04',
      amount: { minor: 1299, currency: 'EUR' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
      tracking: 'YT2312345678901234',
      items: [{ title: 'Gartenschlauch 15 m', quantity: 2, productId: '5e9a1b2c3d4e5f6071829305' }],
      flags: [],
    });
    expect(orders[1]).toMatchObject({
      placedAt: '2024-01-15',
      amount: { minor: 123456, currency: 'EUR' },
      status: 'DELIVERED',
      tracking: '9261299991234567890123',
      items: [{ title: 'LED-Lampe', quantity: 1 }],
    });
    expect(orders[2]).toMatchObject({
      placedAt: '2023-12-01',
      amount: { minor: 750, currency: 'CHF' },
      status: 'CANCELLED',
    });
  });

  it('order-pt: Portuguese in a table, R$ amounts, "4 de março de 2024"', () => {
    const [o, ...rest] = readOrders(loadStatic('order-pt').window.document.body, NOW);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({
      number: '65c3d4e5f60718293a4b5c6d',
      transactionId: '65c3d4e5f60718293a4b5c60',
      placedAt: '2024-03-04',
      amount: { minor: 123456, currency: 'BRL' },
      status: 'SHIPPED',
      estimateFrom: '2024-03-20',
      estimateTo: '2024-04-02',
      refundEligibleDate: '2024-04-09',
      tracking: '92612999912345678901234567',
      items: [{ title: 'Vestido floral, tamanho M', quantity: 1 }],
      flags: [],
    });
  });

  it('orders-es-table: a Spanish list as a table, its labels the column headers', () => {
    const orders = readOrders(loadStatic('orders-es-table').window.document.body, NOW);
    expect(
      orders.map((o) => [o.number, o.placedAt, o.amount?.minor, o.amount?.currency, o.status, o.tracking]),
    ).toEqual([
      ['65a1b2c3d4e5f60718293a4b', '2024-03-04', 1299, 'EUR', 'SHIPPED', 'LZ123456789CN'],
      ['0HSMWCNR827N', '2024-01-15', 123456, 'EUR', 'DELIVERED', undefined],
      ['65b2c3d4e5f60718293a4b5c', '2023-12-01', 500, 'USD', 'REFUNDED', 'YT2312345678901234'],
    ]);
    expect(orders[0]!.items).toEqual([
      { title: 'Vestido de flores', imageUrl: 'https://img.wish.com/vestido.jpg' },
    ]);
  });

  it.each([
    [
      'fr',
      `<dl><dt>Numéro de commande</dt><dd>65a1b2c3d4e5f60718293a4b</dd><dt>ID de transaction</dt><dd>65a1b2c3d4e5f60718293a40</dd>
       <dt>Date de commande</dt><dd>1er mars 2024</dd><dt>Total</dt><dd>12,99 €</dd><dt>Statut</dt><dd>Expédiée</dd>
       <dt>Livraison estimée</dt><dd>20 - 25 mars 2024</dd><dt>Numéro de suivi</dt><dd>LZ123456789CN</dd></dl>`,
      {
        placedAt: '2024-03-01',
        amount: { minor: 1299, currency: 'EUR' },
        status: 'SHIPPED',
        estimateFrom: '2024-03-20',
        estimateTo: '2024-03-25',
      },
    ],
    [
      'es',
      `<p>N.º de pedido: 65a1b2c3d4e5f60718293a4b</p><p>ID de transacción: 65a1b2c3d4e5f60718293a40</p>
       <p>Fecha del pedido: 4 de marzo de 2024</p><p>Total del pedido: 1.234,56 €</p><p>Estado: Entregado</p>
       <p>Entrega estimada: del 20 de marzo al 2 de abril de 2024</p><p>Número de seguimiento: LZ123456789CN</p>`,
      {
        placedAt: '2024-03-04',
        amount: { minor: 123456, currency: 'EUR' },
        status: 'DELIVERED',
        estimateFrom: '2024-03-20',
        estimateTo: '2024-04-02',
      },
    ],
    [
      'it',
      `<div>ID ordine: 65a1b2c3d4e5f60718293a4b</div><div>ID transazione: 65a1b2c3d4e5f60718293a40</div>
       <div>Data dell'ordine: 04/03/2024</div><div>Totale: €12,99</div><div>Stato: In transito</div>
       <div>Consegna stimata: 20 mar - 2 apr 2024</div><div>Numero di tracciamento: LZ123456789CN</div>`,
      {
        placedAt: '2024-03-04',
        amount: { minor: 1299, currency: 'EUR' },
        status: 'SHIPPED',
        estimateFrom: '2024-03-20',
        estimateTo: '2024-04-02',
      },
    ],
    [
      'el',
      `<div>Αριθμός παραγγελίας: 65a1b2c3d4e5f60718293a4b</div><div>Αναγνωριστικό συναλλαγής: 65a1b2c3d4e5f60718293a40</div>
       <div>Ημερομηνία παραγγελίας: 4 Μαρτίου 2024</div><div>Σύνολο: 12,99 €</div><div>Κατάσταση: Παραδόθηκε</div>
       <div>Εκτιμώμενη παράδοση: 20 Μαρ - 2 Απρ 2024</div><div>Αριθμός παρακολούθησης: LZ123456789CN</div>`,
      {
        placedAt: '2024-03-04',
        amount: { minor: 1299, currency: 'EUR' },
        status: 'DELIVERED',
        estimateFrom: '2024-03-20',
        estimateTo: '2024-04-02',
      },
    ],
  ])('%s detail page: ids, date, amount, status, estimate', (lang, html, expected) => {
    // The page's html lang may be missing or wrong: the labels tell the language.
    for (const pageLang of [lang, '']) {
      const orders = readOrders(page(`<article>${html}</article>`, pageLang), NOW);
      expect(orders, pageLang).toHaveLength(1);
      expect(orders[0], pageLang).toMatchObject({
        number: '65a1b2c3d4e5f60718293a4b',
        transactionId: '65a1b2c3d4e5f60718293a40',
        tracking: 'LZ123456789CN',
        flags: [],
        ...expected,
      });
    }
  });
});

describe('marked cards and item rows', () => {
  // Ids in attributes and item rows marked several ways, mixed on one page. A whole page is asked
  // one selector at a time and the answers merged in page order.
  const id = (n: number) => `5f1a2b3c4d5e6f708192a3${n.toString(16).padStart(2, '0')}`;
  const mixed = [
    `<section data-order-id="${id(1)}"><div class="OrderItem__Row-x1"><h3>Dress</h3><span>Qty: 2</span></div>` +
      `<div data-testid="line-item"><h3>Belt</h3></div><p>Total: $12.00</p></section>`,
    `<section data-transaction-id="${id(9)}" data-order-id="${id(3)}"><div class="x ItemRow__a"><h3>Lamp</h3>` +
      `<div class="OrderItem__Inner"><h4>not an item of its own</h4></div></div></section>`,
  ];
  // One kind of marker per card.
  const plain = [
    `<section><dl><dt>Order ID</dt><dd>${id(2)}</dd></dl><div data-testid="Order-Item-1"><h3>Hose</h3></div></section>`,
    `<section data-transaction-item-id="${id(5)}"><div class="OrderItem__Row"><h3>Cup</h3></div>` +
      `<div class="OrderItem__Row"><h3>Plate</h3></div></section>`,
    `<section data-order-id="${id(4)}" data-testid="order-item-card"><h3>Mug</h3></section>`,
  ];

  it('a whole page: items in page order, a row inside a row is no item of its own', () => {
    const doc = new JSDOM(`<main><div data-list>${[...mixed, ...plain].join('')}</div></main>`).window
      .document;
    const orders = readOrders(doc.body, NOW);
    // Ids in attributes first, then those found by their labels.
    expect(orders.map((o) => o.number)).toEqual([id(1), id(3), id(5), id(4), id(2)]);
    expect(orders[0]).toMatchObject({
      items: [{ title: 'Dress', quantity: 2 }, { title: 'Belt' }],
      amount: { minor: 1200 },
    });
    expect(orders[1]).toMatchObject({ transactionId: id(9), items: [{ title: 'Lamp' }] });
    expect(orders[1]!.items).toHaveLength(1);
    expect(orders[2]!.items.map((i) => i.title)).toEqual(['Cup', 'Plate']);
    expect(orders[4]!.items.map((i) => i.title)).toEqual(['Hose']);
  });

  it('cards added to a list, read as parts, read as on a page of their own', async () => {
    // (Parts are asked all selectors at once. jsdom's selector engine returns such a list's
    // matches grouped by selector, not in page order as browsers do: one kind of marker per card
    // keeps this test about capture.)
    const alone = readOrders(new JSDOM(`<main>${plain.join('')}</main>`).window.document.body, NOW);
    const dom = new JSDOM(
      `<main><div data-list>${ordersPage(2, 2).match(/<section[\s\S]*<\/section>/)![0]}</div></main>`,
    );
    const doc = dom.window.document;
    const reader = new OrderReader(doc.body, () => NOW);
    expect(reader.readAll()).toHaveLength(2);
    const seen: MutationRecord[] = [];
    const observer = new dom.window.MutationObserver((r) => seen.push(...r));
    observer.observe(doc.body, { childList: true, subtree: true });
    doc.querySelector('[data-list]')!.insertAdjacentHTML('beforeend', plain.join(''));
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(reader.update(seen)).toEqual(alone);
    expect(alone).toHaveLength(3);
    dom.window.close();
  });
});

describe('incremental capture', () => {
  // Count the work (texts visited), never the time: the test must not depend on the machine.
  const listOf = (count: number) => {
    const dom = new JSDOM(ordersPage(2, count));
    return { dom, doc: dom.window.document };
  };
  const records = async (doc: Document, change: () => void) => {
    const seen: MutationRecord[] = [];
    const observer = new doc.defaultView!.MutationObserver((r) => seen.push(...r));
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    change();
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    return seen;
  };

  it('a list that grows by 50 costs the 50', async () => {
    const { dom, doc } = listOf(100);
    const more = new JSDOM(ordersPage(2, 150)).window.document.querySelectorAll('section');
    const reader = new OrderReader(doc.body, () => NOW);
    expect(reader.readAll()).toHaveLength(100);
    const full = reader.work.texts;
    expect(reader.work.cards).toBe(100);
    const list = doc.querySelector('[data-list]')!;
    // Appended one by one (React) and then as one block (innerHTML of a batch).
    const added = await records(doc, () => {
      for (const card of [...more].slice(100, 125)) list.append(doc.importNode(card, true));
      const batch = doc.createElement('div');
      batch.innerHTML = [...more]
        .slice(125, 150)
        .map((c) => c.outerHTML)
        .join('');
      list.append(batch);
    });
    const fresh = reader.update(added);
    expect(fresh).toHaveLength(50);
    expect(new Set(fresh.map((o) => o.number)).size).toBe(50);
    expect(fresh.every((o) => o.placedAt && o.amount && o.status)).toBe(true);
    const cost = reader.work.texts - full;
    expect(cost).toBeLessThanOrEqual((full / 100) * 50 + 10);
    // The 50 new cards parsed, none of the 100 seen before.
    expect(reader.work.cards).toBe(150);
    dom.window.close();
  });

  it('an infinite list: each batch parses only its own rows, however long the list', async () => {
    const { dom, doc } = listOf(100);
    const more = [...new JSDOM(ordersPage(2, 300)).window.document.querySelectorAll('section')].slice(100);
    const reader = new OrderReader(doc.body, () => NOW);
    reader.readAll();
    const list = doc.querySelector('[data-list]')!;
    const perBatch: Array<{ cards: number; texts: number }> = [];
    for (let b = 0; b < 4; b++) {
      const before = { ...reader.work };
      const added = await records(doc, () => {
        for (const card of more.slice(b * 50, b * 50 + 50)) list.append(doc.importNode(card, true));
      });
      expect(reader.update(added)).toHaveLength(50);
      perBatch.push({ cards: reader.work.cards - before.cards, texts: reader.work.texts - before.texts });
    }
    // The same work for the batch at 150 orders as for the one at 300.
    expect(perBatch.map((w) => w.cards)).toEqual([50, 50, 50, 50]);
    expect(new Set(perBatch.map((w) => w.texts)).size).toBe(1);
    dom.window.close();
  });

  it('a changed order is read again, alone', async () => {
    const { dom, doc } = listOf(60);
    const reader = new OrderReader(doc.body, () => NOW);
    reader.readAll();
    const before = reader.work.texts;
    const status = doc.querySelectorAll('section')[40]!.querySelectorAll('dd')[3]!;
    const cards = reader.work.cards;
    const changed = reader.update(await records(doc, () => (status.textContent = 'Delivered')));
    expect(changed.map((o) => o.status)).toEqual(['DELIVERED']);
    expect(reader.work.cards - cards).toBe(1);
    expect(reader.work.texts - before).toBeLessThan(before / 30);
    // Text edited in place (characterData) too.
    const text = status.firstChild as Text;
    expect(reader.update(await records(doc, () => (text.data = 'Refunded'))).map((o) => o.status)).toEqual([
      'REFUNDED',
    ]);
    dom.window.close();
  });

  it('a page with one order is read whole again (its card may be the page)', async () => {
    const doc = loadStatic('order-en-transaction').window.document;
    const reader = new OrderReader(doc.body, () => NOW);
    expect(reader.readAll()).toHaveLength(1);
    const p = doc.createElement('p');
    p.textContent = 'Refund Eligible Date: Apr 9, 2024';
    const again = reader.update(await records(doc, () => doc.querySelector('main')!.append(p)));
    expect(again[0]).toMatchObject({ number: T, refundEligibleDate: '2024-04-09' });
  });
});

describe('what one reading keeps for the next (texts described once, counted once)', () => {
  const page = () =>
    new JSDOM(`<!doctype html><html lang="en"><body><main>
<div class="card"><p>Your order number 0HSMWCNR827N</p><p>Tracking</p><p>LP00123456789CN</p><p>Total</p><p>$5.00</p></div>
<div class="card"><p>Your order number 0HSMWCNS827P</p><p>Total</p><p>$6.00</p><p>Qty: 2</p></div>
<div class="card"><p>Order ID: 5f1a2b3c4d5e6f708192a3b4</p><p>Total</p><p>$7.00</p></div>
</main></body></html>`).window.document;

  it('a second reading of the same texts reads them as the first did', () => {
    const first = readOrders(page().body, NOW);
    expect(first.map((o) => [o.number, o.tracking, o.amountText])).toEqual([
      ['0HSMWCNR827N', 'LP00123456789CN', '$5.00'],
      ['0HSMWCNS827P', undefined, '$6.00'],
      ['5f1a2b3c4d5e6f708192a3b4', undefined, '$7.00'],
    ]);
    // The short texts ("Total", "$5.00", "Tracking") now come from what the first reading
    // learnt; the texts that hold an id are tested again.
    expect(readOrders(page().body, NOW)).toEqual(first);
  });

  it('an id needs a run of 10 letters and digits: a shorter one is no id, however labelled', () => {
    const doc = new JSDOM(`<!doctype html><html lang="en"><body>
<div><p>Order ID: 5F1A2B3C4</p><p>Total</p><p>$5.00</p></div></body></html>`).window.document;
    expect(readOrders(doc.body, NOW)).toEqual([]);
  });

  it('the page’s language is the one its labels speak, whatever its html says', () => {
    const asIs = readOrders(loadStatic('orders-el').window.document.body, NOW);
    for (const lang of ['en', '']) {
      const doc = loadStatic('orders-el').window.document;
      doc.documentElement.lang = lang;
      expect(readOrders(doc.body, NOW).map((o) => [o.number, o.placedAt, o.estimateTo])).toEqual(
        asIs.map((o) => [o.number, o.placedAt, o.estimateTo]),
      );
    }
  });
});
