// What the eleventh batch of hand-made pages (first helper's share: u86, u88, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { afterEach, describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { orderRegions } from '../../src/dom/regions';
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
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: ORDER, startAt: 'get-help' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['help=get-help']);
  });

  it('another order\'s line linking to its own page and its purchase\'s still is that order\'s', () => {
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
    ['a promotion asking to contact us', '<div class="promo"><p>Fragen? Unser Team hilft gern.</p><button type="button" id="x">Kontaktiere uns</button></div>'],
    ['a promotion offering help', '<div class="promo"><h2>Wish Premium: 20 % Rabatt</h2><p>Jetzt testen und rund um die Uhr</p><button type="button" id="x">Hilfe erhalten</button></div>'],
    ['the FAQ link to contacting support', '<div class="cd"><h2>Häufige Fragen</h2><a id="x" href="https://cs-help.wish.com/hc/de/articles/2">Wie kontaktiere ich den Kundenservice?</a></div>'],
    ['a payment provider\'s service', '<div class="pp">Mit PayPal bezahlt? <button type="button" id="x">PayPal-Kundenservice</button></div>'],
  ])("with no help in the order's own actions, %s is not the order's", async (_what, more) => {
    detailPage('<a href="https://www.dhl.de/sendung">Sendung verfolgen</a><a href="/product/1">Erneut kaufen</a>', more);
    const regions = orderRegions(document, ORDER);
    expect(findOrderHelp(document, ORDER, regions, () => false, [])?.id).not.toBe('x');
    expect(findOrderHelp(document, ORDER, regions, () => false, [])?.id ?? null).toBeNull();
  });
});

describe('topics drawn as an accordion of <details> sections (u86)', () => {
  const accordion = (open = '') => `<div class="top"><a href="/">wish</a></div><main><h1>Bestellung</h1></main>
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
