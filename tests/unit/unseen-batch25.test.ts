// What the twenty-fifth batch of hand-made pages (u182-u187, written blind to the guide's code)
// found at its first run: no wrong highlight, two stops. Each kept as a test that fails without
// its change.
import { afterEach, describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';
import { findTrigger, topBars } from '../../src/dom/regions';

const start = engineStarter();

describe("a top bar drawn in a custom element's shadow root beside a closed drawer (u182)", () => {
  // <app-header> empties its light DOM on upgrade and draws, in its open shadow root, the bar
  // and a hidden drawer holding the same entries for small screens. The guide took the host
  // (nothing in it to search) for the bar, because the root drew two things, not one; the
  // drawer draws nothing while closed. (The host's role stands in for the geometry jsdom lacks.)
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const draw = (drawer: string) => {
    document.body.innerHTML = `<app-header role="banner"></app-header><main><h1>Per te</h1></main>`;
    const root = document.querySelector('app-header')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>._dr[hidden]{display:none}</style>
      <header><a href="/" aria-label="Wish, pagina iniziale">wish</a>
        <form role="search"><input type="search" placeholder="Cerca su Wish"></form>
        <a id="me" href="/settings" aria-haspopup="menu" aria-expanded="false">
          <span aria-hidden="true">MR</span><span>Ciao, Marta</span><span>Account e ordini ▾</span></a>
        <div role="menu" aria-label="Account" hidden></div></header>
      ${drawer}`;
    return root;
  };

  it('finds the bar inside the root, and the greeting as the trigger', () => {
    const root = draw(`<div class="_dr" role="dialog" aria-label="Menu" hidden>
        <a href="/transaction">I miei ordini</a><a href="/help/assistant">Assistenza clienti</a></div>`);
    const bars = topBars(document);
    expect(bars).toContain(root.querySelector('header'));
    expect(findTrigger(bars).element).toBe(root.getElementById('me'));
  });

  it('an open drawer beside the bar is drawn too: the host is no longer one bar', () => {
    const root = draw(`<div class="_dr" role="dialog" aria-label="Menu">
        <a href="/transaction">I miei ordini</a><a href="/help/assistant">Assistenza clienti</a></div>`);
    expect(topBars(document)).not.toContain(root.querySelector('header'));
  });
});

describe('topics drawn as an accordion, each heading holding one disclosure button (u185)', () => {
  // The order's help unfolds the assistant as a new row of the orders table: its topics are the
  // WAI-ARIA accordion (<h3><button aria-expanded>), each opening its answers. The guide read a
  // heading around a control as body text, so no topic counted.
  const N = '6ad88ff0d1ed030cf234a63d';
  const topic = (id: string, title: string, detail: string) =>
    `<div class="it"><h3><button type="button" id="${id}" aria-expanded="false"><span>${title}</span><small>${detail}</small></button></h3><div hidden><p>…</p></div></div>`;
  const page = (
    heading: (b: string) => string,
  ) => `<header><a href="/">wish</a></header><main><h1>Meine Bestellungen</h1>
    <table><tbody><tr data-order="${N}"><td>Wanderrucksack 30 L</td><td>${N}</td><td>27,90 €</td><td>Verspätet</td></tr>
    <tr><td colspan="4"><section aria-label="Wish-Assistent"><h2>Wish-Assistent · Hilfe zu Bestellung ${N}</h2>
      <p>Wobei können wir helfen?</p>
      ${heading(topic('lost', 'Mein Paket ist nicht angekommen', 'Verspätet, verloren oder falsch zugestellt'))}
      ${heading(topic('dmg', 'Artikel beschädigt oder anders als beschrieben', 'Falscher Artikel, defekt'))}
      ${heading(topic('pay', 'Zahlung &amp; Rechnung', 'Abbuchung, Klarna, PayPal'))}
    </section></td></tr></tbody></table></main>`;

  it('marks the topic that fits a parcel that never came', async () => {
    const got = await markedOn(
      start,
      page((b) => b),
      {
        route: 'order',
        problem: 'never-delivered',
        orderNumber: N,
        startAt: 'topic',
      },
    );
    expect(got).toEqual(['lost=topic']);
  });

  it('a heading that holds more than its button (a link beside it) is still text around it', async () => {
    const withLink = (b: string) =>
      b.replace('</button></h3>', '</button> <a href="/hc/de/articles/123">Mehr lesen</a></h3>');
    const got = await markedOn(start, page(withLink), {
      route: 'order',
      problem: 'never-delivered',
      orderNumber: N,
      startAt: 'topic',
    });
    expect(got).not.toContain('lost=topic');
  });
});
