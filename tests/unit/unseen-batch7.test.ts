// What the seventh batch of hand-made pages (u41-u46, written blind to the guide's code) found,
// each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { findTrigger, showsItsOwner } from '../../src/dom/regions';
import { topicOf } from '../../src/wish/meaning';
import { engineStarter, marked, settle } from '../helpers/guide-page';

const start = engineStarter();

describe("the assistant asking which order (Wish's help page, u41)", () => {
  const ORDER = '6aa7c5a0b2d3f4a5b6c7d802';
  const row = (id: string, title: string) =>
    `<button type="button" id="o${id.slice(-3)}"><span class="th"></span><span><b>${title}</b>
      <small>Ordered Sep 14, 2026 · Order ID ${id}</small></span><em>In transit</em></button>`;
  const page = () => {
    document.body.innerHTML = `<header><a href="/">wish</a><a href="/transaction">Order History</a></header>
      <h1>How can we help?</h1>
      <section aria-label="Wish Assistant"><div role="log"><div>Hi Priya! Which order do you need help with?</div></div>
        <div class="choices">${row('6a97f3a0b2d3f4a5b6c7d7f4', 'Wireless earbuds')}${row(ORDER, 'Phone tripod')}
          ${row('6aa7c5a0b2d3f4a5b6c7d803', 'Silicone phone case')}
          <button type="button" id="not">It's not about an order</button><button type="button" id="older">Show older orders</button></div>
        <div><textarea placeholder="Pick an option above to continue" disabled></textarea><button type="button" disabled>Send</button></div>
      </section>`;
  };

  it('"It\'s not about an order" and "Show older orders" are no topics', () => {
    for (const name of [
      "It's not about an order",
      'Ce n’est pas une commande',
      'Δεν αφορά παραγγελία',
      'Show older orders',
      'Ver pedidos anteriores',
    ])
      expect(topicOf(name), name).toBeUndefined();
    for (const name of ['My order has not arrived', 'Not received my order', 'Item not as described'])
      expect(topicOf(name), name).toBe('order');
  });

  it("the row showing the shopper's order is the way in; nothing else is marked", async () => {
    page();
    start({ route: 'order', problem: 'never-delivered', orderNumber: ORDER, startAt: 'get-help' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['o802=get-help']);
  });
});

describe("two yeses on screen: a survey's and the offer of an agent (u45)", () => {
  it('the yes after "Vuoi parlare con un operatore…?" is the agent; the survey\'s is not', async () => {
    document.body.innerHTML = `<section aria-label="Assistente Wish"><div class="lg" role="log">
        <div class="b">Ultimo aggiornamento: partito dal centro di smistamento il 6 ago.</div>
        <div class="b">Questo articolo potrebbe esserti utile:<a href="https://cs-help.wish.com/hc/it/articles/1">Il mio ordine è in ritardo: cosa posso fare?</a>
          <div class="sv">Questa risposta ti è stata utile?<button type="button" id="s-yes">Sì</button><button type="button">No</button></div></div>
        <div class="b">Vuoi parlare con un operatore del servizio clienti?<div class="yn">
          <button type="button" id="yes">Sì, grazie</button><button type="button">No, ho finito</button></div></div>
      </div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['yes=contact-agent']);
  });
});

describe("the order's own page with its actions in a bar stuck to the window's bottom (u44)", () => {
  const ORDER = '6a6f1520a3c4d5e6f7a8b9c1';
  const page = () => {
    document.body.innerHTML = `<main>
      <section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p>
        <p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>
      <section><h2>Otros pedidos de esta compra</h2>
        <div class="other"><p>ID del pedido: 6a6f1520a3c4d5e6f7a8b9c2</p><p>Total: 7,10 €</p>
          <a href="/transaction/6a6f1520a3c4d5e6f7a8b9c2">Ver pedido</a> <button type="button" id="other-help">Obtener ayuda</button></div></section>
      <div class="stk" style="position:sticky;bottom:0"><button type="button">Rastrear paquete</button><button type="button">Contactar al vendedor</button>
        <button type="button" id="help">Obtener ayuda</button></div></main>`;
  };

  it("on the order's own page (its number in the address), the bar's Get help is the order's", async () => {
    history.pushState({}, '', `/transaction/${ORDER}`);
    page();
    start({ route: 'order', problem: 'never-delivered', orderNumber: ORDER, startAt: 'get-help' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['help=get-help']);
    history.pushState({}, '', '/');
  });

  it("on a page of all orders, a Get help outside the card is nobody's", async () => {
    history.pushState({}, '', '/transaction');
    page();
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual([]);
    history.pushState({}, '', '/');
  });
});

describe('a mobile layout, signed out under a sign-in form (u43)', () => {
  it('the sign-in form open over the page is where to start; its button is the step', async () => {
    document.body.innerHTML = `<div class="top"><a href="/">wish</a><input type="search" placeholder="Rechercher"></div>
      <div id="modal"><div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Connectez-vous</h2>
        <input type="email" value="lea@example.fr"><input type="password" value="secret">
        <button type="button" id="login" data-testid="login-button">Se connecter</button>
        <button type="button">Continuer avec Google</button></div></div>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('sign-in');
    expect(marked()).toEqual(['login=sign-in']);
  });

  it('an avatar\'s initials and "Compte" beside it, run together, still say the account', () => {
    document.body.innerHTML = `<nav id="tabs"><a href="/">Accueil</a><a href="/cart">Panier</a>
      <button type="button" id="me"><span>L</span>Compte</button></nav>`;
    expect(findTrigger([document.querySelector('#tabs')!]).element?.id).toBe('me');
  });

  it('an account tab shows its owner signed in, not signed out', () => {
    document.body.innerHTML = `<button id="in"><span>L</span>Compte</button><button id="out"><i>👤</i>Compte</button>`;
    expect(showsItsOwner(document.querySelector('#in')!)).toBe(true);
    expect(showsItsOwner(document.querySelector('#out')!)).toBe(false);
  });

  it("a link to a courier's chat in the assistant's page is none of its answers", async () => {
    document.body.innerHTML = `<section aria-label="Assistant Wish"><div role="log">
        <p>Bonjour ! Quel est le sujet de votre demande ?</p>
        <div class="note">Colis en route avec Colissimo ? <a id="cx" href="https://www.colissimo.fr/chat">Chat Colissimo</a></div>
      </div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual([]);
  });
});
