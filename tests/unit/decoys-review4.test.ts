// A reviewer's pages (fresh eyes on the changes after aaa841c): each showed a wrong highlight or
// lost reach on the code at 5a7496c (which ones aaa841c had too: see each). The new ones are
// fixed and stay as tests; three as old as aaa841c, known then, are fixed since.
import { describe, expect, it } from 'vitest';
import { showsItsOwner } from '../../src/dom/regions';
import { topicOf } from '../../src/wish/meaning';
import { engineStarter, $, marked, settle } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();
const ORDER = '6aa7c5a0b2d3f4a5b6c7d802';

describe('lost reach: a valid topic with a no and a small word before its verb', () => {
  it('"Il mio ordine non è arrivato", "Pas de livraison", "Toujours pas de colis" are orders', () => {
    // New since aaa841c: saysNotAbout (0e702ee) reads 'non è arrivato', 'pas de livraison' as a denial (the engine still marked the Italian choice in jsdom, by the problem's words).
    for (const name of [
      'Il mio ordine non è arrivato',
      'Il pacco non è arrivato',
      'Pas de livraison',
      'Toujours pas de colis',
    ])
      expect(topicOf(name), name).toBe('order');
  });
});

describe("wrong highlight: a control showing the order's number that is no choice of an order", () => {
  it("an order-details modal's 'copy' button showing the number is not the get-help step", async () => {
    // New since aaa841c: orderChoice (0e702ee) searches assistantLike(), i.e. any dialog, frame or shadow root.
    document.body.innerHTML = `<main><h1>Mes commandes</h1><p>Chargement…</p></main>
      <div role="dialog" aria-modal="true" aria-label="Order details"><h2>Order details</h2>
        <p>Order ID <button type="button" id="copy" title="Copy order number">${ORDER}</button></p>
        <p>Status: In transit</p><button type="button">Close</button></div>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('copy=get-help');
  });

  it("the assistant's 'Track <number>' link, once it already talks about the order, is not the get-help step", async () => {
    // New since aaa841c: orderChoice (0e702ee) takes any control showing the number.
    document.body.innerHTML = `<main><h1>Your orders</h1><p>No orders match your filter.</p></main>
      <section aria-label="Wish Assistant"><div role="log">
        <p>Here is the latest on your order: it left the sorting centre on Aug 6.</p>
        <p><a id="track" href="/tracking">Track ${ORDER}</a></p>
        <p>Is there anything else?</p></div></section>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('track=get-help');
  });
});

describe("wrong highlight: the order's own page, a Get help about something else", () => {
  it("a product Q&A's 'Obtener ayuda' on the order's page (no help in the card) is not the order's", async () => {
    // aaa841c marked it too (a lone order's card is the page); a part headed as the
    // product's Q&A holds no help of the order's (order-help.ts inOtherPart).
    history.pushState({}, '', `/transaction/${ORDER}`);
    document.body.innerHTML = `<main>
      <section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p>
        <p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>
      <section class="qa"><h2>Preguntas y respuestas sobre este producto</h2>
        <p>¿Funciona con pilas? — Sí, con 3 AAA.</p><button type="button" id="qa-help">Obtener ayuda</button></section></main>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    history.pushState({}, '', '/');
    expect(marked()).not.toContain('qa-help=get-help');
  });

  it("with the purchase's other orders labelled (the card alone is the order's), a product Q&A's 'Obtener ayuda' is not the order's", async () => {
    // New since aaa841c: onOrdersOwnPage (4383774) searches the whole body, minus the other cards.
    history.pushState({}, '', `/transaction/${ORDER}`);
    document.body.innerHTML = `<main>
      <section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p>
        <p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>
      <section><h2>Otros pedidos de esta compra</h2>
        <div class="other"><p>ID del pedido: 6aa7c5a0b2d3f4a5b6c7d803</p><p>Total: 7,10 €</p>
          <a href="/transaction/6aa7c5a0b2d3f4a5b6c7d803">Ver pedido</a> <button type="button" id="other-help">Obtener ayuda</button></div></section>
      <section class="qa"><h2>Preguntas y respuestas sobre este producto</h2>
        <p>¿Funciona con pilas? — Sí, con 3 AAA.</p><button type="button" id="qa-help">Obtener ayuda</button></section></main>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    history.pushState({}, '', '/');
    expect(marked()).not.toContain('qa-help=get-help');
  });

  it('another order of the purchase shown without a label keeps its own Get help', async () => {
    // aaa841c marked it too; its link to the other order's page tells it apart (inOtherPart).
    history.pushState({}, '', `/transaction/${ORDER}`);
    document.body.innerHTML = `<main>
      <section class="card"><h1>Lámpara LED de escritorio</h1><p>ID del pedido: ${ORDER}</p>
        <p>Total: 18,40 €</p><p>Estado: En tránsito</p></section>
      <section><h2>Otros artículos de esta compra</h2>
        <div class="other"><b>Funda de silicona</b><p>7,10 €</p>
          <a href="/transaction/6aa7c5a0b2d3f4a5b6c7d803">Ver pedido</a> <button type="button" id="other-help">Obtener ayuda</button></div></section></main>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    history.pushState({}, '', '/');
    expect(marked()).not.toContain('other-help=get-help');
  });
});

/** An order's help clicked, the bot appended asking whether to call an agent (`more` added to
 *  its panel), and the shopper's yes: the engine at the message step. */
async function botAsksForAgent(more: string) {
  document.body.innerHTML = `<main><h1>Mis pedidos</h1>
    <div class="order"><p>Número de pedido: ${ORDER}</p><p>Total: 12,00 €</p>
      <button id="help">¿Necesitas ayuda con este pedido?</button></div></main>`;
  const { engine } = start({
    route: 'order',
    problem: 'never-delivered',
    orderNumber: ORDER,
    startAt: 'get-help',
  });
  await settle(() => marked().includes('help=get-help'));
  shopper.click($('#help'));
  const bot = document.createElement('div');
  bot.setAttribute('role', 'region');
  bot.setAttribute('aria-label', 'Asistente de Wish');
  bot.innerHTML = `<div class="lg"><p>¿Quieres que te atienda alguien de nuestro equipo?</p>
      <div class="ch"><button id="agent">Chatear con un agente</button><button>No, gracias</button></div></div>${more}`;
  document.body.append(bot);
  await settle(() => marked().includes('agent=contact-agent'));
  shopper.click($('#agent'));
  return engine;
}

describe('lost reach: the message box in the chat the assistant hands over to', () => {
  it('the handover chat beside the bot (the bot left on show) holds the box', async () => {
    // New since aaa841c: sameWidget/answeredIn (cbe0442): two widgets appended to the body are never one.
    const engine = await botAsksForAgent('');
    const live = document.createElement('div');
    live.setAttribute('role', 'dialog');
    live.setAttribute('aria-label', 'Chat en vivo con Wish');
    live.innerHTML = `<div role="log"><p>Un agente se unirá en breve.</p></div>
      <textarea id="box" aria-label="Escribe tu mensaje"></textarea><button type="button" id="send">Enviar</button>`;
    document.body.append(live);
    await settle(() => engine.current === 'message' && marked().includes('box=message'));
    engine.evaluate();
    expect(marked()).toContain('box=message');
  });
});

describe("wrong highlight: a survey appended inside the assistant's panel", () => {
  it("its box is not the assistant's, while the assistant's own box is still hidden", async () => {
    // aaa841c marked it too (sameWidget takes the survey for the assistant's: it is inside its
    // panel); a box a survey asks to fill is no message box (locate.ts forFeedback).
    const engine = await botAsksForAgent(
      '<div class="cm" hidden><textarea id="box" aria-label="Tu mensaje"></textarea><button id="send">Enviar</button></div>',
    );
    const survey = document.createElement('div');
    survey.className = 'sv';
    survey.innerHTML = `<b>¿Qué tal tu experiencia con el asistente?</b>
      <textarea id="survey" placeholder="Cuéntanos qué podemos mejorar" aria-label="Comentarios"></textarea>
      <span role="button" tabindex="0">Enviar</span>`;
    document.querySelector('[aria-label="Asistente de Wish"]')!.append(survey);
    await settle(() => engine.current === 'message');
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).not.toContain('survey=message');
    // The assistant's own box, once shown, is the step's.
    document.querySelector('.cm')!.removeAttribute('hidden');
    await settle(() => marked().includes('box=message'));
    expect(marked()).toContain('box=message');
  });
});

describe('lost reach: the offer of an agent typed out letter by letter', () => {
  it('the yes after a question drawn one letter per span is the agent', async () => {
    // New since aaa841c: spacedText (9fd7f45) joins every text node with a space ('V u o i …').
    const q = 'Vuoi parlare con un operatore?';
    const letters = [...q].map((c) => (c === ' ' ? ' ' : `<span>${c}</span>`)).join('');
    document.body.innerHTML = `<section aria-label="Assistente Wish"><div role="log">
        <div class="b">${letters}</div>
        <div class="yn"><button type="button" id="yes">Sì</button><button type="button">No</button></div>
      </div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['yes=contact-agent']);
  });
});

describe("wrong highlight: the assistant's order rows, still on show, taken for the topic", () => {
  it('after the order is chosen, the rows left in the log are no topics', async () => {
    // New since aaa841c: the rows chosen at get-help (orderChoice, 0e702ee) are never marked answered (get-help's scope is not the assistant's).
    const row = (id: string, title: string) =>
      `<button type="button" id="o${id.slice(-3)}">${title}<small> · Order ${id}</small></button>`;
    document.body.innerHTML = `<header><a href="/">wish</a></header><h1>How can we help?</h1>
      <section aria-label="Wish Assistant"><div role="log" id="log"><div>Which order do you need help with?</div>
        <div class="choices">${row('6a97f3a0b2d3f4a5b6c7d7f4', 'Earbuds')}${row(ORDER, 'Tripod')}</div></div></section>`;
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    await settle(() => marked().includes('o802=get-help'));
    shopper.click($('#o802'));
    $('#log').insertAdjacentHTML(
      'beforeend',
      `<div>What's wrong with it?</div><div class="choices"><button id="t-ship">Shipping delay</button>
        <button>Refund status</button><button>Something else</button></div>`,
    );
    await settle(() => engine.current === 'topic' && marked().length > 0);
    expect(marked()).toEqual(['t-ship=topic']);
  });
});

describe('wrong highlight: a signed-out account tab drawn with a picture', () => {
  it("an icon image beside 'Compte' does not show the account's owner", () => {
    // New since aaa841c: showsItsOwner (b363c6a) takes any img for the owner's picture.
    document.body.innerHTML = `<a id="out" href="/account"><img src="/static/icons/user.svg" alt="">Compte</a>`;
    expect(showsItsOwner(document.querySelector('#out')!)).toBe(false);
  });
});
