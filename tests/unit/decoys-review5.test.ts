// A reviewer's pages (fresh eyes on 0805341, bedf403, f7fa2bb, 402bdd0): each shows a wrong
// highlight or lost reach caused by those changes (each says whether fed54ea had it too). All
// failed at 35c34c5 and passed at fed54ea (the same file run in a worktree of it); fixed since.
import { afterEach, describe, expect, it } from 'vitest';
import { findTrigger } from '../../src/dom/regions';
import {
  addressesAssistant,
  asksForFeedback,
  headsOtherThanOrder,
  meansAccount,
} from '../../src/wish/meaning';
import { engineStarter, $, marked, settle } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();
const ORDER = '6aa7c5a0b2d3f4a5b6c7d802';
const TX = '6aa7c5a0b2d3f4a5b6c7d7aa';

afterEach(() => history.pushState({}, '', '/'));

/** An order's own page (its number in the address): the card, then `more`. */
async function orderPage(card: string, more: string): Promise<string[]> {
  history.pushState({}, '', `/transaction/${ORDER}`);
  document.body.innerHTML = `<header><a href="/">wish</a></header><main>${card}${more}</main>`;
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

const CARD_EN = `<section class="card"><h1>LED desk lamp</h1><p>Order ID: ${ORDER}</p><p>Total: $18.40</p><p>Status: In transit</p></section>`;
const CARD_ES = `<section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p><p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>`;
const CARD_DE = `<section class="card"><h1>LED-Schreibtischlampe</h1><p>Bestellnummer: ${ORDER}</p><p>Gesamt: 18,40 €</p><p>Status: Unterwegs</p></section>`;
const CARD_FR = `<section class="card"><h1>Lampe de bureau LED</h1><p>N° de commande : ${ORDER}</p><p>Total : 18,40 €</p><p>Statut : En transit</p></section>`;

describe("lost reach: the order's own help, in a part headed with words taken for another part's (0805341)", () => {
  it.each([
    [
      'en, "Ask a question about this order"',
      CARD_EN,
      `<section><h2>Ask a question about this order</h2><p>Our team answers within 24 hours.</p><button type="button" id="x">Get help</button></section>`,
    ],
    [
      'fr, "Poser une question sur votre commande"',
      CARD_FR,
      `<section><h2>Poser une question sur votre commande</h2><p>Réponse sous 24 h.</p><button type="button" id="x">Obtenir de l'aide</button></section>`,
    ],
    [
      'es, "Acciones recomendadas" (a late order)',
      CARD_ES,
      `<section><h2>Acciones recomendadas</h2><p>Tu pedido lleva 30 días en tránsito.</p><button type="button" id="x">Obtener ayuda</button></section>`,
    ],
    [
      'en, "Refund request under review"',
      CARD_EN,
      `<section><h2>Refund request under review</h2><p>We'll email you within 3 days.</p><button type="button" id="x">Get help</button></section>`,
    ],
    [
      'de, "Weitere Bestelloptionen"',
      CARD_DE,
      `<section><h2>Weitere Bestelloptionen</h2><a href="/returns">Rücksendung</a> <button type="button" id="x">Hilfe erhalten</button></section>`,
    ],
  ])('%s', async (_what, card, more) => {
    // fed54ea marked it: headsOtherThanOrder reads 'ask a question', 'recomend', 'weitere' +
    // 'bestell…' as a Q&A, recommendations, the purchase's other orders.
    expect(await orderPage(card, more)).toContain('x=get-help');
  });

  it("en, the order's actions linking to the whole purchase's page (another id, not shown) keep its Get help", async () => {
    // fed54ea marked it: inOtherPart takes any link to an order page whose id is not the
    // page's, the number or a transaction id the page labels, for another order's part.
    history.pushState({}, '', `/orders/${ORDER}`);
    document.body.innerHTML = `<header><a href="/">wish</a></header><main>${CARD_EN}
      <section class="actions"><a href="/transaction/${TX}">View the whole purchase</a>
        <button type="button" id="x">Get help</button></section></main>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toContain('x=get-help');
  });
});

/** The assistant offers a person; the shopper says yes; `box` (html) is what the handover shows. */
async function handover(lang: 'en' | 'it' | 'pt' | 'es', box: string) {
  const t = {
    en: ['Wish Assistant', 'Would you like to talk to one of our agents?', 'Talk to an agent', 'No thanks'],
    it: ['Assistente Wish', 'Vuoi parlare con un operatore?', 'Parla con un operatore', 'No, grazie'],
    pt: ['Assistente Wish', 'Quer falar com um agente?', 'Falar com um agente', 'Não, obrigado'],
    es: ['Asistente de Wish', '¿Quieres hablar con un agente?', 'Hablar con un agente', 'No, gracias'],
  }[lang];
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="${t[0]}" id="bot"><div role="log" id="log"><p>${t[1]}</p>
      <div class="ch"><button type="button" id="agent">${t[2]}</button><button type="button">${t[3]}</button></div></div></section>`;
  const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
  engine.evaluate();
  await settle(() => marked().includes('agent=contact-agent'));
  shopper.click($('#agent'));
  $('#bot').insertAdjacentHTML('beforeend', box);
  await settle(() => engine.current === 'message' && marked().length > 0);
  engine.evaluate();
  await settle(() => marked().some((m) => m.endsWith('=message')));
  return marked();
}

describe('lost reach: the real message box, named or surrounded with words of a survey or of the assistant', () => {
  it('en: a support form whose message box is labelled "Comments" (0805341)', async () => {
    // fed54ea marked it: asksForFeedback takes the whole word 'comments' for a survey's.
    const got = await handover(
      'en',
      `<form class="contact"><p>An agent will reply by email within 24 hours.</p>
        <label>Subject <input type="text" id="subject" name="subject"></label>
        <label for="box">Comments</label><textarea id="box"></textarea>
        <button type="submit">Send</button></form>`,
    );
    expect(got).toContain('box=message');
  });

  it('es: the message box asks to describe the experience with the order (0805341)', async () => {
    // fed54ea marked it: 'experiencia' is a survey's word wherever it stands.
    const got = await handover(
      'es',
      `<div class="composer"><textarea id="box" placeholder="Describe tu experiencia con el pedido: qué pasó y cuándo"></textarea>
        <button type="button">Enviar</button></div>`,
    );
    expect(got).toContain('box=message');
  });

  it('el: a contact form whose message box is labelled "Σχόλια" (0805341)', async () => {
    // fed54ea marked it: 'σχολια' (comments) is a survey's word.
    const got = await handover(
      'en',
      `<form class="contact"><h3>Επικοινωνία με την υποστήριξη</h3><p>Θα σας απαντήσουμε με email.</p>
        <label for="box">Σχόλια</label><textarea id="box" rows="6"></textarea>
        <button type="submit">Αποστολή</button></form>`,
    );
    expect(got).toContain('box=message');
  });

  it('en: a composer whose footer offers to rate the chat (0805341)', async () => {
    // fed54ea marked it: the words around the box ('Rate this chat') make it a survey's.
    const got = await handover(
      'en',
      `<div class="composer"><textarea id="box" aria-label="Type a message"></textarea>
        <button type="button">Send</button><a href="#rate">Rate this chat</a></div>`,
    );
    expect(got).toContain('box=message');
  });

  it("it: the human agent's box, 'Scrivi al tuo assistente' (f7fa2bb)", async () => {
    // fed54ea marked it: addressesAssistant takes any 'assistente' for the bot, though Italian
    // calls a person of the support team so ('un nostro assistente').
    const got = await handover(
      'it',
      `<div role="log"><p>Giulia si è unita alla chat.</p><p>Ciao, sono Giulia, la tua assistente. Come posso aiutarti?</p></div>
        <div class="composer"><textarea id="box" aria-label="Scrivi alla tua assistente"></textarea><button type="button">Invia</button></div>`,
    );
    expect(got).toContain('box=message');
  });

  it("pt: 'Mensagem para o assistente de suporte' (f7fa2bb)", async () => {
    // fed54ea marked it: 'assistente' is the bot's word, whatever follows it.
    const got = await handover(
      'pt',
      `<div class="composer"><textarea id="box" aria-label="Mensagem para o assistente de suporte"></textarea><button type="button">Enviar</button></div>`,
    );
    expect(got).toContain('box=message');
  });
});

describe('the account trigger', () => {
  it('a greeting trigger drawn as a heading, its menu beside it (f7fa2bb)', async () => {
    // fed54ea found it: titlesAMenu takes any heading whose holder holds a menu's entry,
    // hidden ones too, i.e. the trigger's own menu, for the menu's title.
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Search">
      <div class="acct"><h2 class="hello" id="me" tabindex="0" aria-haspopup="true">Hi, Maria ▾</h2>
        <div class="menu" hidden><a href="/transaction">Order History</a><a href="/wish-cash">Wish Cash</a>
          <a href="/help">Customer Support</a><a href="/logout">Log out</a></div></div>
      <a href="/cart">Cart</a></header><main><h1>Feed</h1></main>`;
    expect(findTrigger([$('#bar')]).element?.id).toBe('me');
  });

  it("a strip's 'Signed in as <address>' leaves the account's picture its step (402bdd0)", async () => {
    // fed54ea took the picture: saysSignedInAs scores plain text as much, a tie gives nothing.
    document.body.innerHTML = `<header id="bar"><div class="strip"><span id="strip">Signed in as maria.l@mail.com</span></div>
      <div class="row"><a href="/">wish</a><input type="search" aria-label="Search">
      <div class="profile"><img id="me" src="/u/123.jpg" alt="" class="avatar"></div>
      <a href="/cart">Cart</a></div></header><main><h1>Feed</h1></main>`;
    expect(findTrigger([$('#bar')]).element?.id).toBe('me');
  });

  it("a top bar's 'Account for Business Buyers' link leaves the account's picture its step (bedf403)", async () => {
    // fed54ea took the picture: a title-cased desk ('Business Buyers') reads like a person's
    // name, so the link means the account fully; a tie gives nothing.
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Search">
      <a href="/business" id="b2b">Account for Business Buyers</a>
      <div class="profile"><img id="me" src="/u/123.jpg" alt="" class="avatar"></div>
      <a href="/cart">Cart</a></header><main><h1>Feed</h1></main>`;
    expect(findTrigger([$('#bar')]).element?.id).toBe('me');
  });
});

describe('wrong highlight: a text of the top bar taken for the account when its picture says less', () => {
  // The account's picture alone (3 points: no holder calls it account) is below the trigger's
  // bar, so fed54ea highlighted nothing and waited for the shopper's hover; now a text that is
  // no control of the account wins the step.
  const bar = (extra: string) =>
    `<header id="bar">${extra}<div class="row"><a href="/">wish</a><input type="search" aria-label="Search">
      <div class="right"><img id="me" src="/u/123.jpg" alt="" class="avatar"></div><a href="/cart">Cart</a></div></header>
      <main><h1>Feed</h1></main>`;

  it("a link to the business desk, 'Account for Business Buyers' (bedf403)", async () => {
    document.body.innerHTML = bar('<a href="/business" id="b2b">Account for Business Buyers</a>');
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('b2b=account-menu');
  });

  it("a strip's plain 'Signed in as <address>' (402bdd0)", async () => {
    document.body.innerHTML = bar(
      '<div class="strip"><span id="strip">Signed in as maria.l@mail.com</span></div>',
    );
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('strip=account-menu');
  });
});

describe("the reviewer's holes in the new words, closed", () => {
  it('each reads as it should', () => {
    for (const name of ['Assistente clienti', 'Botschaft', 'Message to the assistant team'])
      expect(addressesAssistant(name), name).toBe(false);
    for (const text of [
      'Valuta: EUR',
      'Additional comments',
      'Kommentar',
      'Describe tu experiencia con el pedido',
    ])
      expect(asksForFeedback(text), text).toBe(false);
    expect(asksForFeedback('¿Qué tal tu experiencia con el asistente?')).toBe(true);
    for (const heading of [
      'Other order actions',
      'Order under review',
      'Problemas similares',
      'Item rating',
      'Fai una domanda su questo ordine',
      'Fazer uma pergunta sobre a encomenda',
    ])
      expect(headsOtherThanOrder(heading), heading).toBe(false);
    for (const heading of [
      'Otros artículos de esta compra',
      'Customer reviews (212)',
      'Weitere Artikel',
      'Produits similaires',
      'Recommandés pour vous',
    ])
      expect(headsOtherThanOrder(heading), heading).toBe(true);
    for (const label of ['Account of Gift Cards', 'Profile of Top Sellers'])
      expect(meansAccount(label), label).toBeLessThan(1);
  });
});
