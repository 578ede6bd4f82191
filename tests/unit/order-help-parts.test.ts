// On an order's own page the order's card is the whole page, so the help nearest its number is
// not always the order's: a part about something else (the product's Q&A, its reviews, the
// purchase's other items, a part linking to another order's page) keeps its own "Get help".
// The order's own help, in a part that says nothing of another thing, is still found, by the
// guide and by the start's choice of route alike.
import { afterEach, describe, expect, it } from 'vitest';
import { orderHelpButton } from '../../src/content/guide/find';
import { inOtherPart } from '../../src/dom/order-help';
import { engineStarter, $, marked, settle } from '../helpers/guide-page';

const start = engineStarter();
const ORDER = '6aa7c5a0b2d3f4a5b6c7d802';
const OTHER = '6aa7c5a0b2d3f4a5b6c7d803';
const PRODUCT = '5e8f1a2b3c4d5e6f7a8b9c0d';

afterEach(() => history.pushState({}, '', '/'));

function page(html: string): void {
  history.pushState({}, '', `/transaction/${ORDER}`);
  document.body.innerHTML = `<main>
    <section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p>
      <p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>${html}</main>`;
}

async function getHelpMarked(): Promise<string[]> {
  const { engine } = start({
    route: 'order',
    problem: 'never-delivered',
    orderNumber: ORDER,
    startAt: 'get-help',
  });
  engine.evaluate();
  await settle(() => marked().length > 0);
  return marked();
}

describe('parts of an order page about something else', () => {
  it.each([
    [
      'a Q&A in Italian',
      `<section><h2>Domande e risposte</h2><p>Funziona a pile?</p><button id="x">Ottieni aiuto</button></section>`,
    ],
    [
      'reviews in German',
      `<div><div class="hd"><h3>Kundenbewertungen (212)</h3></div><p>Super Lampe</p><a id="x" href="/help">Hilfe erhalten</a></div>`,
    ],
    [
      'other items in French',
      `<section><h2>Autres articles de cet achat</h2><div><b>Coque</b><button id="x">Obtenir de l'aide</button></div></section>`,
    ],
    [
      'another order linked, no heading',
      `<div><div><b>Funda de silicona</b><p>7,10 €</p><a href="/transaction/${OTHER}">Ver pedido</a> <button id="x">Obtener ayuda</button></div></div>`,
    ],
  ])('%s keeps its Get help', async (_what, html) => {
    page(html);
    expect(inOtherPart($('#x'), ORDER)).toBe(true);
    expect(await getHelpMarked()).not.toContain('x=get-help');
    expect(orderHelpButton(document, ORDER)).toBeNull();
  });
});

describe("the order's own help beside its card", () => {
  it.each([
    [
      'a part asking about this order',
      `<section><h2>¿Algún otro problema con tu pedido?</h2><button id="x">Obtener ayuda</button></section>`,
    ],
    [
      'the item linked to its product',
      `<section><a href="/product/${PRODUCT}">Ver producto</a><button id="x">Obtener ayuda</button></section>`,
    ],
    [
      "a link to this order's own page",
      `<div><a href="/transaction/${ORDER}/tracking">Seguimiento</a> <button id="x">Obtener ayuda</button></div>`,
    ],
  ])("%s is the order's", async (_what, html) => {
    page(html);
    expect(inOtherPart($('#x'), ORDER)).toBe(false);
    expect(await getHelpMarked()).toContain('x=get-help');
    expect(orderHelpButton(document, ORDER)).toBe($('#x'));
  });
});
