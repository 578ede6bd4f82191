// What the eleventh batch of hand-made pages (first helper's share: u86, u88, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { afterEach, describe, expect, it } from 'vitest';
import { entryName, locate } from '../../src/dom/locate';
import { findTrigger, orderRegions } from '../../src/dom/regions';
import { findOrderHelp, inOtherPart } from '../../src/dom/order-help';
import { isVisible } from '../../src/dom/visible';
import { engineStarter, marked, settle } from '../helpers/guide-page';

const start = engineStarter();
const ORDER = '69a55fb3c1d2e3f4a5b6c7d8';

afterEach(() => history.pushState({}, '', '/'));

/** An order's own page: its number in a line of facts above two columns, the purchase's other
 *  items (their numbers shown, each linked) and a price on the left, the order's actions in a
 *  side card; `actions` the side card's contents, `more` what else the page holds. */
function detailPage(actions: string, more = ''): void {
  history.pushState({}, '', `/transaction/${ORDER}`);
  document.body.innerHTML = `<div class="top"><a href="/">wish</a><a href="/cart">Warenkorb</a></div>
    <div class="pg"><h1>Bestelldetails</h1>
      <div class="meta"><span>Bestellnummer <code>${ORDER}</code></span><span>Bezahlt · 21,37 €</span></div>
      <div class="cols"><div>
        <div class="cd"><h2>Artikel</h2><b>Wanderschuhe</b> · 18,90 €</div>
        <div class="cd"><h2>Nachricht an den Verkäufer</h2><textarea></textarea><button type="button">Senden</button></div>
        <div class="cd oth"><h2>Weitere Artikel aus diesem Kauf</h2>
          <div class="r">Merinosocken · Bestellnr. 69a55fb3c1d2e3f4a5b6c7d9 · 6,20 €
            <a href="/transaction/69a55fb3c1d2e3f4a5b6c7d9">Details</a><button type="button" id="o1">Hilfe zu dieser Bestellung</button></div>
          <div class="r">Schirmmütze · Bestellnr. 69a55fb3c1d2e3f4a5b6c7da · 4,10 €
            <a href="/transaction/69a55fb3c1d2e3f4a5b6c7da">Details</a><button type="button" id="o2">Hilfe zu dieser Bestellung</button></div>
        </div>${more}</div>
        <aside><div class="cd ac"><h2>Aktionen</h2>${actions}</div></aside>
      </div></div>`;
}

const ACTIONS = `<a href="https://www.dhl.de/sendung">Sendung verfolgen</a>
  <button type="button" id="help">Hilfe zu dieser Bestellung</button><a href="/transaction/${ORDER}/rechnung">Rechnung (PDF)</a>`;

describe("an order's own page whose number is a line of facts, its help in a side card (u86)", () => {
  it("the page, not the line showing the number, is the order's region", () => {
    detailPage(ACTIONS);
    expect(orderRegions(document, ORDER)).toEqual([document.body]);
    // Not on a page of all orders, nor when the card holds a control of its own.
    history.pushState({}, '', '/transaction');
    expect(orderRegions(document, ORDER)).not.toEqual([document.body]);
  });

  it('a column listing two other orders by number is no line of one of them', () => {
    detailPage(ACTIONS);
    expect(inOtherPart(document.querySelector('#help')!, ORDER)).toBe(false);
    // Their own buttons still are theirs.
    expect(inOtherPart(document.querySelector('#o1')!, ORDER)).toBe(true);
    expect(inOtherPart(document.querySelector('#o2')!, ORDER)).toBe(true);
  });

  it("the guide marks the side card's help, not the other items' nor the seller's", async () => {
    detailPage(ACTIONS);
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['help=get-help']);
  });

  it("another order's line linking to its own page and its purchase's still is that order's", () => {
    // Two ids linked, but only one shown: one order's line, as before.
    detailPage(
      '<button type="button">Rechnung</button>',
      `<div class="cd"><div class="r" id="row">Kissen · Bestellnr. 69a55fb3c1d2e3f4a5b6c7db · 3,30 €
        <a href="/transaction/69a55fb3c1d2e3f4a5b6c7db">Details</a><a href="/transaction/69a55fb3c0000000000000ff">Ganzer Kauf</a>
        <button type="button" id="o3">Hilfe zu dieser Bestellung</button></div></div>`,
    );
    expect(inOtherPart(document.querySelector('#o3')!, ORDER)).toBe(true);
  });

  it.each([
    [
      'a promotion asking to contact us',
      '<div class="promo"><p>Fragen? Unser Team hilft gern.</p><button type="button" id="x">Kontaktiere uns</button></div>',
    ],
    [
      'a promotion offering help',
      '<div class="promo"><h2>Wish Premium: 20 % Rabatt</h2><p>Jetzt testen und rund um die Uhr</p><button type="button" id="x">Hilfe erhalten</button></div>',
    ],
    [
      'the FAQ link to contacting support',
      '<div class="cd"><h2>Häufige Fragen</h2><a id="x" href="https://cs-help.wish.com/hc/de/articles/2">Wie kontaktiere ich den Kundenservice?</a></div>',
    ],
    [
      "a payment provider's service",
      '<div class="pp">Mit PayPal bezahlt? <button type="button" id="x">PayPal-Kundenservice</button></div>',
    ],
  ])("with no help in the order's own actions, %s is not the order's", async (_what, more) => {
    detailPage(
      '<a href="https://www.dhl.de/sendung">Sendung verfolgen</a><a href="/product/1">Erneut kaufen</a>',
      more,
    );
    const regions = orderRegions(document, ORDER);
    expect(findOrderHelp(document, ORDER, regions, () => false, [])?.id).not.toBe('x');
    expect(findOrderHelp(document, ORDER, regions, () => false, [])?.id ?? null).toBeNull();
  });
});

describe('topics drawn as an accordion of <details> sections (u86)', () => {
  const accordion = (
    open = '',
  ) => `<div class="top"><a href="/">wish</a></div><main><h1>Bestellung</h1></main>
    <dialog open aria-label="Wish Assistent"><div role="log"><p>Wobei können wir helfen?</p><div class="acc">
      <details name="t"${open}><summary id="nd">Mein Paket ist nicht angekommen</summary><div>Laut DHL…
        <button type="button" id="adr">Lieferadresse prüfen</button><button type="button" id="else">Etwas anderes</button></div></details>
      <details name="t"><summary id="rf">Ich möchte mein Geld zurück</summary><div>
        <button type="button" id="rfb">Rückerstattung beantragen</button></div></details>
      <details name="t"><summary id="st">Bestellung stornieren</summary><div>
        <button type="button">Stornierung trotzdem anfragen</button></div></details></div></div></dialog>`;

  it("a closed section's contents are not on show; its summary is", () => {
    document.body.innerHTML = accordion();
    expect(isVisible(document.querySelector('#adr')!)).toBe(false);
    expect(isVisible(document.querySelector('#nd')!)).toBe(true);
    document.querySelector('details')!.setAttribute('open', '');
    expect(isVisible(document.querySelector('#adr')!)).toBe(true);
  });

  it("the summary saying the parcel has not come is the topic, not a closed section's buttons", async () => {
    document.body.innerHTML = accordion();
    start({ route: 'order', problem: 'never-delivered', startAt: 'topic' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['nd=topic']);
  });

  it("a payment problem takes no closed section's refund button for its topic", async () => {
    document.body.innerHTML = accordion();
    start({ route: 'order', problem: 'payment-declined', startAt: 'topic' });
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('rfb=topic');
  });

  it('"Etwas anderes" inside the opened section is the way on', async () => {
    document.body.innerHTML = accordion(' open');
    start({ route: 'order', problem: 'never-delivered', startAt: 'something-else' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('a bare account block in a landmark-free bar: initials beside "Hola, Andrés / Mi cuenta ▾" (u88)', () => {
  const bar = (block: string, more = '') => {
    document.body.innerHTML = `<div id="bar"><div>☰ Categorías</div><a href="/">wish</a><div role="search">audífonos</div>
      <a href="https://cs-help.wish.com/hc/es-419">Ayuda</a><div id="acct">${block}</div>${more}<a href="/cart">🛒 Carrito (3)</a></div>`;
    return findTrigger([document.querySelector('#bar')!], { nameHint: 'Andrés Restrepo' }).element;
  };
  const BLOCK = '<div id="blk"><span>A</span><span>Hola, Andrés<div>Mi cuenta ▾</div></span></div>';

  it('the block holding both parts is the trigger', () => {
    expect(bar(BLOCK)?.id).toBe('blk');
  });

  it("a block holding a control of its own, or another control's words, stays unsure", () => {
    expect(
      bar(
        '<div id="blk"><span>A</span><span>Hola, Andrés<div>Mi cuenta ▾</div></span><a href="/logout">Salir</a></div>',
      ),
    ).toBeNull();
    expect(
      bar('<div id="blk"><span>A</span><span>Mi cuenta ▾</span><span>Notificaciones</span></div>'),
    ).toBeNull();
  });

  it("a block holding the menu's entries (its closed menu inside) is no trigger", () => {
    expect(
      bar(`<div id="blk"><span>A</span><span>Hola, Andrés<div>Mi cuenta ▾</div></span>
        <div style="display:none"><span>Pedidos</span><span>Cerrar sesión</span></div></div>`)?.id,
    ).not.toBe('blk');
  });

  it('two tied parts in different blocks of the bar are not merged into the bar', () => {
    expect(bar('<span>A</span>', '<div><div>Mi cuenta ▾</div></div>')).toBeNull();
  });
});

describe('a menu of icon tiles, each a title over a line (u88 "Chatear con Wish · Asistente y asesores")', () => {
  const icon = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16"/></svg>';
  const menu = () => {
    document.body.innerHTML = `<div id="m"><div class="g">
      <a href="/transaction">${icon}Pedidos<small>2 en camino</small></a>
      <a href="/wish-cash">${icon}Wish Cash<small>$ 12.400</small></a>
      <a href="https://cs-help.wish.com/hc/es-419" id="faq">${icon}Centro de ayuda<small>Preguntas frecuentes</small></a>
      <div role="button" tabindex="0" id="chat">${icon}Chatear con Wish<small>Asistente y asesores</small></div></div>
      <div><a href="/settings">Configuración de la cuenta</a><a href="https://merchant.wish.com">Vender en Wish</a></div></div>`;
    return document.querySelector('#m')!;
  };

  it("an entry's title is its name, past the icon before it", () => {
    menu();
    expect(entryName(document.querySelector('#chat')!)).toBe('Chatear con Wish');
    expect(entryName(document.querySelector('#faq')!)).toBe('Centro de ayuda');
  });

  it('the chat with Wish is the support entry; the help centre is not', () => {
    expect(locate('customer-support', [menu()]).element?.id).toBe('chat');
  });

  it('a tile chatting with a seller, or the bot alone, is no support entry', () => {
    const m = menu();
    document.querySelector('#chat')!.innerHTML =
      `${icon}Chatear con el vendedor<small>Mensajes de tiendas</small>`;
    expect(locate('customer-support', [m]).element).toBeNull();
  });
});
