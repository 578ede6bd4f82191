// What the twentieth batch of hand-made pages (this fixer's share: u156, u157, u160, written
// blind to the guide's code) found at its first run, each kept as a jsdom test that fails
// without its change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findMenu, noteVisibleEntries, sideColumn } from '../../src/dom/regions';
import { meansArrival, meansElse } from '../../src/wish/meaning';
import { orderCards } from '../../src/wish/order-page';
import { $, engineStarter, markedOn } from '../helpers/guide-page';
import { layoutOffAfterEach, withLayout } from '../helpers/layout';

// Geometry is a browser's: jsdom has none, so the side column (found by where it sits) is tested
// with layout switched on and each element's box given by a data-box attribute ("left top width
// height"); the window is 1024 × 768 in jsdom.
vi.mock('../../src/dom/visible', async (importOriginal) => {
  const { layout } = await import('../helpers/layout');
  const real = await importOriginal<typeof import('../../src/dom/visible')>();
  return { ...real, hasLayout: () => layout.on };
});
layoutOffAfterEach();

afterEach(() => {
  history.replaceState(null, '', '/');
});

const start = engineStarter();

describe("a page under the order's own: its help in a sticky bar at the window's foot (u156)", () => {
  // A printable receipt (/orders/<id>/receipt): the receipt's card shows the order's number
  // with no way to help (another order of the purchase below has its own); the order's
  // "Report an issue" sits in a bar stuck to the window's foot.
  // The page's survey ("Did this page help? No, I need help") read as well as it: a tie, so
  // nothing was marked.
  const order = '6a1c3e5f7b9d0a2c4e6f8a10';
  const page = `<header><a href="/">wish</a><a href="/settings">Hi, Siobhán</a></header>
    <main><article><h1>Receipt</h1><dl><dt>Order ID</dt><dd>${order}</dd><dt>Paid</dt><dd>€18.40</dd></dl></article>
      <section><h2>Also in this purchase</h2><div>Phone stand · Order <code>6a1c3e5f7b9d0a2c4e6f8a11</code> · Delivered
        <a href="/orders/6a1c3e5f7b9d0a2c4e6f8a11/help">Report an issue</a></div></section>
      <section><h2>Did this page help?</h2><button type="button">Yes</button><button type="button" id="survey">No, I need help</button></section>
      <div role="region" aria-label="This order" style="position:sticky;bottom:0">
        <span>Desk lamp · Delayed</span><a href="/orders/${order}/return">Return an item</a>
        <a id="own" href="/orders/${order}/help">Report an issue</a></div></main>`;

  it("marks the sticky bar's link, not the survey's answer", async () => {
    history.replaceState(null, '', `/orders/${order}/receipt`);
    expect(
      await markedOn(start, page, {
        route: 'order',
        problem: 'never-delivered',
        orderNumber: order,
        startAt: 'get-help',
      }),
    ).toEqual(['own=get-help']);
  });
});

describe("the home feed's latest order, a card drawn as one of the product tiles (u160)", () => {
  const order = '6741d0a2b3c4e5f6a7b8c9d1';
  const tile = (id: string, name: string) =>
    `<div class="FeedTile__Wrap-sc-9q1" data-id="${id}"><a href="#">${name}</a><span>9,90 €</span><button type="button">Στο καλάθι</button></div>`;
  const feed = (
    label: string,
  ) => `<header><a href="/">wish</a><a href="/settings">Γεια σου, Μαρία</a></header>
    <main>${tile('6728aa016345785d8a1ef001', 'Κούπα «Βοήθεια με την παραγγελία»')}
      <section class="FeedTile__Wrap-sc-9q1 LastOrder__Card-sc-2x"><h2>Η τελευταία σου παραγγελία</h2>
        <div><div>Λάμπα γραφείου</div><code>${label} ${order}</code><span>Καθυστερεί</span>
          <div><button type="button">Παρακολούθηση</button><button type="button" id="own">Βοήθεια με την παραγγελία</button></div></div>
        <div><div>Καλώδιο USB</div><code>${label} 6741d0a2b3c4e5f6a7b8c9d2</code><span>Παραδόθηκε</span>
          <div><button type="button" id="sib">Βοήθεια με την παραγγελία</button></div></div></section>
      ${tile('6728aa016345785d8a1ef002', 'Μπλουζάκι')}</main>`;

  it('"Αρ. παραγγελίας", the short "number", labels the order\'s number', () => {
    // Read as no label, the card showed no order at all.
    document.body.innerHTML = feed('Αρ. παραγγελίας');
    expect(orderCards(document.body, order)).toHaveLength(1);
    expect(orderCards(document.body, order)[0]!.contains($('#own'))).toBe(true);
  });

  it("the card's own help is marked, though the card wears the tiles' look", async () => {
    // The tile's class around the card made every control in it product content.
    expect(
      await markedOn(start, feed('Αριθμός παραγγελίας'), {
        route: 'order',
        problem: 'never-delivered',
        orderNumber: order,
        startAt: 'get-help',
      }),
    ).toEqual(['own=get-help']);
  });
});

describe('the assistant asks what is true of the order before its choices (u160)', () => {
  it('el: "Δεν την έχω παραλάβει ακόμα" (perfect, no augment) says it has not come', () => {
    expect(meansArrival('Δεν την έχω παραλάβει ακόμα')).toBe(true);
    expect(meansArrival('Δεν το έχω λάβει')).toBe(true);
    expect(meansArrival('Την παρέλαβα, αλλά κάτι δεν πάει καλά')).toBe(false);
  });

  it('el: "αλλά" (but) is no "άλλα" (others): "I got it, but something is wrong" is no other', () => {
    expect(meansElse('Την παρέλαβα, αλλά κάτι δεν πάει καλά')).toBe(0);
    expect(meansElse('Το πήρα, αλλα είναι σπασμένο')).toBe(0);
    // "Others" still is.
    expect(meansElse('Άλλα θέματα')).toBeGreaterThan(0);
    expect(meansElse('Κάτι άλλο')).toBeGreaterThan(0);
  });

  it('marks the answer saying it has not come as the topic', async () => {
    const html = `<header><a href="/">wish</a></header><main><h1>Αρχική</h1></main>
      <div role="dialog" aria-label="Βοηθός Wish"><div role="log">
        <div>Πριν σου προτείνω λύσεις, πες μου: τι ισχύει με αυτή την παραγγελία;</div>
        <div><button type="button" id="nd">Δεν την έχω παραλάβει ακόμα</button>
          <button type="button" id="bad">Την παρέλαβα, αλλά κάτι δεν πάει καλά</button>
          <button type="button" id="cxl">Θέλω να την ακυρώσω</button></div></div></div>`;
    expect(
      await markedOn(start, html, { route: 'order', problem: 'never-delivered', startAt: 'topic' }),
    ).toEqual(['nd=topic']);
  });
});

describe('a tablet layout centred in a wide window, the account at the foot of its rail (u157)', () => {
  // The app is 834 px wide in the middle of the window; its rail runs down the app's left edge,
  // not the window's, so the column beside the bar (search only) was never looked at.
  const app = `<div id="root" data-box="95 0 834 768">
      <nav id="rail" style="position:sticky;top:0" data-box="95 0 72 768">
        <a href="/" data-box="103 10 56 40">Início</a><a href="/cart" data-box="103 60 56 40">Carrinho</a>
        <a href="/perfil" id="av" aria-haspopup="menu" data-box="103 700 56 60"><img alt="">Camila</a></nav>
      <div data-box="167 0 762 768"><header id="bar" data-box="167 0 762 56"><input type="search" aria-label="Buscar"></header>
        <main data-box="167 56 762 712"><h1>Carrinho</h1></main></div></div>`;

  it("is the app's column: found at the app's edge", () => {
    document.body.innerHTML = app;
    withLayout();
    expect(sideColumn(document, [$('#bar')])?.id).toBe('rail');
  });

  it('a column inside the centred page, with no way home, is still none', () => {
    document.body.innerHTML = app.replace('<a href="/" data-box', '<a href="/deals" data-box');
    withLayout();
    expect(sideColumn(document, [$('#bar')])).toBeNull();
  });

  it("the menu the hover shows in the rail is the account's list, not a link whose label showed", () => {
    // Hovering the avatar widens the whole rail: each link's label shows ("Central de Ajuda"
    // first), with the account's menu below. The first new entry's holder (the link) was taken
    // for the menu.
    document.body.innerHTML = `<nav id="bar" aria-label="Navegação"><a href="/">W</a>
        <a href="/help"><svg viewBox="0 0 24 24"><circle r="9"></circle><path d="M9 9h6"></path><circle r="1"></circle></svg>
          <span class="lbl" style="display:none">Central de Ajuda</span><span class="tip" style="display:none">Central de Ajuda</span></a>
        <div role="menu" id="m" aria-label="Sua conta" style="display:none">
          <a role="menuitem" href="/transaction"><span>Pedidos</span></a>
          <button role="menuitem" type="button" id="cs"><span>Atendimento<small>Converse com o Assistente Wish</small></span></button>
          <a role="menuitem" href="/logout"><span>Sair</span></a></div>
        <div><a href="/perfil" id="t" aria-haspopup="menu"><img alt="">Camila</a></div></nav>
      <main><h1>Carrinho</h1></main>`;
    const baseline = new WeakSet<Element>();
    noteVisibleEntries([$('#bar')], baseline);
    $('.lbl').style.display = '';
    $('.tip').style.display = '';
    $('#m').style.display = '';
    expect(findMenu($('#t'), document, { baseline, recent: [], bars: [$('#bar')] })?.id).toBe('m');
  });
});
