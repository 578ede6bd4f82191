// What the eighteenth round found on u147 (a hand-made page written blind to the guide's code):
// on an order's detail page whose help is only in each item's "⋯" menu, the assistant's
// dialog, kept closed in the page with the order's number in its header, was read as the
// order's card, so the open menu of the order's own row was never looked in; then its channel
// cards' one way to a person was a bare "Écrire" under "Laisser un message à un conseiller".
// Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { meansBareWrite } from '../../src/wish/meaning';
import { $, assistantAt, engineStarter, marked, tick } from '../helpers/guide-page';

const start = engineStarter();
const order = '6b01c2d3e4f5a6b7c8d9e0f2';
const sibling = (last: string) => order.slice(0, -1) + last;

/** A purchase's detail page: its own "⋯", three item rows (ids one digit apart) each with a
 *  "⋯" menu of the same entries, and the assistant's dialog kept closed, quoting the order. */
function detailPage(openRow: string) {
  history.replaceState(null, '', `/purchase/${order}`);
  const row = (id: string, title: string, status: string) => `
    <div class="row" id="r-${id.slice(-1)}"><b>${title}</b><span>Order no. ${id}</span><span>${status}</span>
      <div class="actions"><button type="button">Track parcel</button>
        <div class="more"><button type="button" aria-label="More actions" aria-haspopup="menu"
          aria-expanded="${id === openRow}">⋯</button>
          <div role="menu" ${id === openRow ? '' : 'hidden'}>
            <button role="menuitem" type="button">Track parcel</button>
            <button role="menuitem" type="button" id="h-${id.slice(-1)}">Help with this item</button>
            <button role="menuitem" type="button">Message the seller</button>
          </div></div></div></div>`;
  document.body.innerHTML = `<header><a href="/">wish</a><a href="/settings" id="acc">Hi, Ana</a></header>
    <main><section><h1>Purchase of 3 May</h1><p>Transaction 6b01c2d3aaaabbbbccccdddd</p>
      <div class="more"><button type="button" aria-label="Purchase actions" aria-haspopup="menu">⋯</button>
        <div role="menu" hidden><button role="menuitem" type="button">Print receipt</button></div></div>
      <div id="rows">${row(sibling('1'), 'Wool hat', 'Delivered')}${row(order, 'Rain boots', 'Late')}${row(sibling('3'), 'Cotton socks', 'Late')}</div>
    </section></main>
    <dialog aria-labelledby="t"><b id="t">Wish Assistant <small>Order no. ${order} · Rain boots</small></b>
      <button type="button" aria-label="Close">×</button><div role="log"></div></dialog>`;
}

describe("an order's help only in its row's overflow menu, the assistant's closed dialog quoting it (u147)", () => {
  it("the open menu of the row showing the order's number: its help is the order's", async () => {
    detailPage(order);
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    engine.evaluate();
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['h-2=get-help']);
    expect($('#h-2').closest('.row')!.textContent).toContain(order);
  });

  it("a sibling row's open menu (an order one digit apart) is never the order's help", async () => {
    detailPage(sibling('3'));
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    engine.evaluate();
    for (let i = 0; i < 5; i++) await tick();
    expect(marked()).toEqual([]);
  });
});

describe('a bare "Write" on a channel card goes where its title says (u147)', () => {
  it('a bare write, in any language, is only the verb: never what is written', () => {
    for (const name of ['Écrire', 'Write', 'Schreiben', 'Escribir', 'Scrivi ora', 'Γράψτε'])
      expect(meansBareWrite(name), name).toBe(true);
    for (const name of ['Write a review', 'Écrire un avis', 'Nachricht schreiben', 'Demander au vendeur'])
      expect(meansBareWrite(name), name).toBe(false);
  });

  const card = (id: string, title: string, line: string, go: string, off = false) =>
    `<div class="channel"><b>${title}</b><p>${line}</p><button type="button" id="${id}"${off ? ' disabled' : ''}>${go}</button></div>`;

  it("the card titled as a message to an adviser: its Write, not the seller's nor the closed chat's", async () => {
    const { got } = await assistantAt(
      start,
      'Wish Assistant',
      `<div>Alright. How would you like to reach us?</div><div class="channels">${
        card('c-chat', 'Live chat with an adviser', 'Closed now · weekdays 9-18', 'Start', true) +
        card('c-msg', 'Leave a message for an adviser', 'We reply by email within a day', 'Write') +
        card('c-seller', 'Ask the seller', 'The shop usually answers in 2 days', 'Write')
      }</div>`,
      'contact-agent',
    );
    expect(got).toEqual(['c-msg=contact-agent']);
  });

  it('a Write under a title naming no person (a review, the seller) is no way to one', async () => {
    const { got } = await assistantAt(
      start,
      'Wish Assistant',
      `<div>Anything else?</div><div class="channels">${
        card('c-rev', 'Your review', 'Tell other shoppers about the boots', 'Write') +
        card('c-seller', 'Ask the seller', 'The shop usually answers in 2 days', 'Write')
      }</div>`,
      'contact-agent',
    );
    expect(got).toEqual([]);
  });
});
