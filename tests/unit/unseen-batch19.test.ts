// What the nineteenth batch of hand-made pages (u149-u154, written blind to the guide's code)
// found at its first run, the wrong highlights first. Each kept as a test that fails without its
// change.
import { describe, expect, it } from 'vitest';
import { engineStarter, marked, markedOn, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';
import { topicFit } from '../../src/wish/meaning';

const start = engineStarter();

describe('a wizard of radio cards, each a title over a line (u154)', () => {
  // The card's title sits in a span of its own beside its line, both in one span after the
  // radio's dot: the choice's name ran title and line together, too long to read as a topic,
  // and "Je ne l'ai pas encore reçue" said "not yet", read as a status. The guide took another
  // card for the topic.
  const card = (id: string, title: string, line = '') =>
    `<label class="opt"><input type="radio" name="q1" id="${id}"><span class="dot" aria-hidden="true"></span><span><span class="lb">${title}</span>${line ? `<span class="ds">${line}</span>` : ''}</span></label>`;

  it('fr: "Je ne l’ai pas encore reçue" over its line is the topic of a parcel not come', async () => {
    const html = `<header><a href="/">wish</a></header><main><h1>Notifications</h1></main>
      <aside role="dialog" aria-label="Assistant Wish"><div class="hd">Assistant Wish · Commande nº 6acc…</div>
        <fieldset><legend>Que se passe-t-il avec cette commande?</legend>
          ${card('nr', 'Je ne l’ai pas encore reçue', 'Le suivi ne bouge plus ou la date est dépassée')}
          ${card('dmg', 'Elle est arrivée endommagée ou incomplète')}
          ${card('wrong', 'Ce n’est pas l’article que j’ai commandé')}
          ${card('pay', 'J’ai une question sur le paiement')}
        </fieldset></aside>`;
    expect(
      await markedOn(start, html, { route: 'order', problem: 'never-delivered', startAt: 'topic' }),
    ).toEqual(['nr=topic']);
  });
});

describe('a sign-in form open over the page at load (u152)', () => {
  // The bar's own "Iniciar sesión" lies under the form's backdrop: the guide marked it first.
  // While the form signs in, its button busy, the form's tab "Iniciar sesión" (already showing
  // the form) was all that was left, and marked.
  const page = (
    busy: boolean,
  ) => `<header><a href="/">wish</a><form role="search"><input type="search"></form>
      <button type="button" id="bar">Iniciar sesión</button></header><main><h1>Mochila urbana</h1></main>
    <div class="backdrop"><div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Te damos la bienvenida a Wish</h2>
      <div role="tablist"><button role="tab" type="button" aria-selected="false">Registrarse</button><button role="tab" id="tab" type="button" aria-selected="true">Iniciar sesión</button></div>
      <form onsubmit="return false"><label>Email<input type="email"></label><label>Contraseña<input type="password"></label>
        <button type="submit" id="go" ${busy ? 'disabled' : ''}>${busy ? 'Entrando…' : 'Iniciar sesión'}</button></form>
      <button type="button">Ahora no</button></div></div>`;

  it("marks the form's own button, not the bar's under the backdrop", async () => {
    expect(
      await markedOn(start, page(false), { route: 'account-menu', problem: 'payment-declined' }),
    ).toEqual(['go=sign-in']);
  });

  it('while the form signs in, marks nothing: not its tab, not the bar', async () => {
    document.body.innerHTML = page(true);
    start({ route: 'account-menu', problem: 'payment-declined' });
    for (let i = 0; i < 5; i++) await tick();
    expect(marked()).toEqual([]);
  });
});

describe("a chat's box pinned at its foot from the start talks to the bot (u150)", () => {
  // The sheet's box ("Ask a question…") is live before any topic is chosen. After the topic,
  // the bot types a moment, then shows an article (its "Read the full article ↗" link right
  // above) and asks "Did this answer your question?" over a 👍 and a 👎 named "No, I still need
  // help": the guide took the pinned box for the message, the shopper's words went to the bot.
  const sheet = `<header><a href="/">wish</a></header><main><h1>Headset</h1></main>
    <div role="dialog" aria-label="Wish Assistant"><div role="log" id="log">
      <div>Hi Dylan! What can I help with?</div>
      <div class="chips"><button type="button" id="ord">Orders &amp; delivery</button><button type="button" id="pay">Payments &amp; billing</button></div>
    </div>
    <div class="foot"><textarea id="box" aria-label="Message" placeholder="Ask a question…"></textarea><button type="button" id="go" aria-label="Send">➤</button></div></div>`;
  const answer = () => {
    const log = document.getElementById('log')!;
    log.insertAdjacentHTML(
      'beforeend',
      `<div class="me">Payments &amp; billing</div><div>Here's what usually fixes it: check the card's expiry date.
        <div><a href="/help/articles/declined">Read the full article ↗</a></div></div>
      <div class="chips"><button type="button">Update payment method</button><button type="button">Try another card</button></div>
      <div role="group" aria-label="Feedback on this answer"><span>Did this answer your question?</span>
        <button type="button" id="up" aria-label="Yes, this answered my question"><svg aria-hidden="true"></svg></button>
        <button type="button" id="down" aria-label="No, I still need help"><svg aria-hidden="true"></svg></button></div>`,
    );
  };

  it('marks the 👎 named "No, I still need help", not the pinned box', async () => {
    document.body.innerHTML = sheet;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().includes('pay=topic'));
    shopper.click(document.getElementById('pay')!);
    // The bot types a moment before it replies: the box must wait for it.
    for (let i = 0; i < 16; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).toEqual([]);
    answer();
    for (let i = 0; i < 40; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).toEqual(['down=something-else']);
  });
});

// Found by the whole unseen set after the fixes above: two pages went wrong at their topic.
describe('what the batch-19 fixes broke, mended', () => {
  const chat = (chips: string) => `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="Wish Assistant"><div role="log"><div>Hi! What do you need help with?</div>
      <div class="chips">${chips}</div></div></section>`;
  const at = (problem: 'wrong-item' | 'payment-declined', html: string) =>
    markedOn(start, html, { route: 'account-menu', problem, startAt: 'topic' });

  it("an emoji before a choice's words is no title (u127)", async () => {
    const op = (id: string, icon: string, words: string) =>
      `<button type="button" id="${id}"><span aria-hidden="true">${icon}</span><span>${words}</span></button>`;
    const got = await at(
      'wrong-item',
      chat(
        op('where', '🚚', 'Πού είναι η παραγγελία μου;') +
          op('item', '📦', 'Πρόβλημα με προϊόν που παρέλαβα') +
          op('acct', '👤', 'Ο λογαριασμός μου'),
      ),
    );
    expect(got).toEqual(['item=topic']);
  });

  it('gift cards are store credit, no card charged (u107)', () => {
    expect(topicFit('Wish Cash, vouchers & gift cards', 'payment-declined')).toBeLessThan(
      topicFit('Payments, cards & billing', 'payment-declined'),
    );
  });

  it('two payment topics alike: the first of them, never the parcel found first', async () => {
    const b = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;
    const got = await at(
      'payment-declined',
      chat(
        b('track', 'Track a parcel') + b('pay', 'Payments & billing') + b('cards', 'Cards & payment methods'),
      ),
    );
    expect(got).toEqual(['pay=topic']);
  });
});

// Found by the one-core suite (u53 with the built extension, whose guide comes back to the topic
// step when the assistant's hash route changes): since "tarjeta" is a payment word, the article
// the bot offers in its answer named the shopper's problem and was marked as the topic.
describe('an article offered in the answer is never a topic (u53)', () => {
  it('es: "Mi tarjeta fue rechazada" to /help/articulo/… is not marked', async () => {
    const html = `<header><a href="/">wish</a></header><main><h1>Ayuda</h1></main>
      <section aria-label="Asistente de Wish"><div role="log" id="log">
        <div class="bot">Hola, Laura 👋 ¿En qué podemos ayudarte hoy?</div><div class="me">Pagos y reembolsos</div>
        <div class="bot">Estos artículos pueden ayudarte:<a id="art" href="/help/articulo/tarjeta-rechazada">Mi tarjeta fue rechazada</a>
          <a href="/help/articulo/reembolso">¿Cuándo recibiré mi reembolso?</a></div>
        <div class="bot">¿Has encontrado lo que buscabas?</div></div>
      <div id="opts"><a href="#/pagos/otra">Otra consulta</a><a href="#/">Volver al inicio</a></div></section>`;
    document.body.innerHTML = html;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'topic' });
    for (let i = 0; i < 10; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).not.toContain('art=topic');
  });
});
