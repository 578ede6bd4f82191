// @vitest-environment-options {"url": "https://www.wish.com/"}
// What the twenty-sixth batch of hand-made pages (u188-u193, written blind to the guide's code)
// found at its first run: one wrong highlight (u188) and two stops (u189, u191). Each kept as a
// test that fails without its change.
import { afterEach, describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';
import { asksForPerson, copiesTheChat, topicOf } from '../../src/wish/meaning';
import { normalise } from '../../src/wish/text';

const start = engineStarter();

describe("a chat's own 'send this chat by email' is no topic (u188, a wrong highlight)", () => {
  // The assistant's header holds "Αποστολή συνομιλίας με email" (send the conversation by
  // email) while its first topics are still being typed. "Αποστολή" is also shipping, so the
  // guide marked the header's button as the order's topic.
  const chat = (topics: string) => `<header><a href="/">wish</a></header><main><h1>Για σένα</h1></main>
    <section aria-label="Βοηθός Wish"><div><b>Βοηθός Wish</b>
      <button type="button" id="mail">Αποστολή συνομιλίας με email</button></div>
      <div role="log"><div>Γεια σας, Ελένη! Είμαι ο Βοηθός Wish.</div>${topics}</div>
      <form><input type="text" aria-label="Ερώτηση προς τον Βοηθό"><button type="submit">Ερώτηση</button></form>
      <div><span>Πώς σας φαίνεται ο Βοηθός;</span><button type="button" aria-label="1 αστέρια">★</button>
        <button type="button" aria-label="5 αστέρια">★</button></div></section>`;

  it.each([
    'Αποστολή συνομιλίας με email',
    'Chat-Verlauf per E-Mail senden',
    'Email transcript',
    'Descargar conversación',
  ])('"%s" keeps a copy of the talk: no topic', (name) => {
    expect(copiesTheChat(normalise(name))).toBe(true);
    expect(topicOf(name)).toBeUndefined();
  });

  it.each(['Αποστολή', 'Παραγγελίες και αποστολή', 'Payment by email', 'Email & account'])(
    '"%s" is still a topic',
    (name) => expect(topicOf(name)).toBeDefined(),
  );

  it('marks nothing while only the header button shows, then the topic that fits', async () => {
    const options = { route: 'account-menu', problem: 'payment-declined', startAt: 'topic' } as const;
    expect(await markedOn(start, chat(''), options, 5)).toEqual([]);
    const got = await markedOn(
      start,
      chat(`<div>Με τι μπορώ να σας βοηθήσω σήμερα;</div><div role="listbox" aria-label="Θέματα">
        <div role="option" tabindex="0" id="ord">Παραγγελίες και αποστολή</div>
        <div role="option" tabindex="0" id="pay">Πληρωμές και χρεώσεις</div>
        <div role="option" tabindex="0" id="acc">Λογαριασμός και σύνδεση</div></div>`),
      options,
    );
    expect(got).toEqual(['pay=topic']);
  });
});

describe('a help wizard over several pages, each topic a link to its next page (u189)', () => {
  // "/help/order/<id>/topic" shows the topics as tiles linking to "…/<id>/issue". The guide read
  // a link to another path as leaving the assistant, so no tile was a topic.
  const N = '6acf52a0d81e4b9f2c7a3e15';
  afterEach(() => history.replaceState(null, '', '/'));
  const page = (next: string) => `<header><a href="/">wish</a><a href="/transaction">Mis pedidos</a></header>
    <main id="app"><div aria-label="Progreso de tu solicitud">Paso 1 de 3 · Tema</div>
      <h1>¿En qué te podemos ayudar con este pedido?</h1><p>Elige el tema que mejor describa lo que pasa.</p>
      <div class="grid">
        <a id="lost" href="${next}"><b>Mi paquete no ha llegado</b><small>Rastreo detenido, retrasos</small></a>
        <a href="${next}"><b>Llegó dañado o incompleto</b><small>Piezas rotas, faltan artículos</small></a>
        <a href="${next}"><b>Cobros y pagos</b><small>Cargo doble, pago en OXXO</small></a>
      </div>
      <a href="https://cs-help.wish.com/hc/es-419">Explora el Centro de ayuda</a></main>`;

  it("marks the tile that fits, its link the wizard's next page", async () => {
    history.replaceState(null, '', `/help/order/${N}/topic`);
    const got = await markedOn(start, page(`/help/order/${N}/issue`), {
      route: 'order',
      problem: 'never-delivered',
      orderNumber: N,
      startAt: 'topic',
    });
    expect(got).toEqual(['lost=topic']);
  });

  it('tiles linking to another part of the site (the orders) lead away: none is a topic', async () => {
    history.replaceState(null, '', `/help/order/${N}/topic`);
    const got = await markedOn(start, page(`/transaction/${N}`), {
      route: 'order',
      problem: 'never-delivered',
      orderNumber: N,
      startAt: 'topic',
    });
    expect(got).toEqual([]);
  });
});

describe('an offer to write to "them", the team named the sentence before (u191)', () => {
  // "…I can pass your question to someone on our Customer Service team. They usually reply by
  // email within 24 hours. Would you like to send them a message?" answered "Yes, please". The
  // question names no person of its own, so its Yes was never the way to one.
  const offer =
    'If none of that sorts it out, I can pass your question to someone on our Customer Service team. They usually reply by email within 24 hours. Would you like to send them a message?';

  it.each([
    [offer, true],
    ['Nuestros agentes están ocupados. ¿Quieres enviarles un mensaje?', true],
    ['Un conseiller peut vous aider. Voulez-vous lui écrire ?', true],
    // Someone who is no person of Wish's, or no call to write: no offer of a person.
    ['Our courier partners handle delivery. Would you like to send them a message?', false],
    ['Our team reviewed your case. Would you like to rate them?', false],
    ['Would you like to send them a message?', false],
  ] as const)('"%s": %s', (text, asks) => expect(asksForPerson(text)).toBe(asks));

  it('marks its "Yes, please", not the 👍 beside it', async () => {
    const got = await markedOn(
      start,
      `<header><a href="/">wish</a></header><main><h1>Search</h1></main>
      <aside role="dialog" aria-label="Wish Assistant"><div role="log" id="wa-log">
        <div><div>${offer}</div>
          <div role="group" aria-label="Suggested replies"><button type="button" id="yes">Yes, please</button><button type="button">No thanks</button></div>
          <div><button type="button" aria-label="Yes, this was helpful">👍</button><button type="button" aria-label="No, this wasn’t helpful">👎</button></div></div>
      </div></aside>`,
      { route: 'account-menu', problem: 'payment-declined', startAt: 'contact-agent' },
    );
    expect(got).toEqual(['yes=contact-agent']);
  });
});
