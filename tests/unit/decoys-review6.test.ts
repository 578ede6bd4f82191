// A reviewer's pages (fresh eyes on be96795..f79eeea: the assistant's "something else", titled
// cards, "Start chat" named by its card, the lone text field, the frame's shadow root): each
// shows a wrong highlight or lost reach caused by one of those changes, named beside it. Each
// failed here at f79eeea; its comment says what d78b8c5 did instead (checked by running this
// file with d78b8c5's src/).
import { afterEach, describe, expect, it } from 'vitest';
import { assistantAt, engineStarter, $, marked, settle } from '../helpers/guide-page';
import { assistantLike } from '../../src/dom/regions';
import { locate } from '../../src/dom/locate';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

afterEach(() => history.pushState({}, '', '/'));

/** The assistant's log (`label` its name) shows `html`; the guide waits at `step`. */
const assistant = (label: string, html: string, step: 'something-else' | 'contact-agent') =>
  assistantAt(start, label, html, step);

describe('wrong highlight: the bot\'s "no, I need no help" (it closes the chat) taken for something else (fd0102a)', () => {
  it.each([
    [
      'en',
      'Wish Assistant',
      'Your parcel is on its way: it left the sorting centre on 3 March. Anything else?',
      'Show tracking',
      "No, I don't need help",
    ],
    [
      'it',
      'Assistente Wish',
      'Il tuo pacco è in viaggio dal 3 marzo. Posso fare altro per te?',
      'Mostra tracciamento',
      'No, non ho bisogno di aiuto',
    ],
    [
      'es',
      'Asistente de Wish',
      'Tu paquete está en camino desde el 3 de marzo. ¿Algo más?',
      'Ver seguimiento',
      'No necesito más ayuda',
    ],
    [
      'pt',
      'Assistente Wish',
      'O seu pacote está a caminho desde 3 de março. Mais alguma coisa?',
      'Ver rastreio',
      'Não preciso de ajuda',
    ],
  ])('%s', async (_lang, label, said, track, close) => {
    // d78b8c5 marked nothing (no choice meant something else): the shopper was not led to
    // close the chat. fd0102a reads a no with any 'help' (not only 'that didn't help').
    const { got } = await assistant(
      label,
      `<p>${said}</p><div class="choices"><button type="button" id="track">${track}</button>
        <button type="button" id="close" data-action="end-chat">${close}</button></div>`,
      'something-else',
    );
    expect(got).not.toContain('close=something-else');
  });
});

describe('wrong highlight: "ask your question differently" (back to the bot) taken for something else', () => {
  it('en, "Ask your question differently" (6b2ca99)', async () => {
    // d78b8c5 marked nothing; 6b2ca99 takes 'differently' beside 'question' for 'a different question'.
    const { got } = await assistant(
      'Wish Assistant',
      `<p>Sorry, I didn't understand that.</p><div class="choices">
        <button type="button" id="rephrase">Ask your question differently</button>
        <button type="button">Main menu</button></div>`,
      'something-else',
    );
    expect(got).not.toContain('rephrase=something-else');
  });

  it('de, "Frage anders formulieren" (f79eeea)', async () => {
    // d78b8c5 marked nothing; f79eeea adds 'anders' (otherwise, differently) as 'different'.
    const { got } = await assistant(
      'Wish-Assistent',
      `<p>Das habe ich leider nicht verstanden.</p><div class="choices">
        <button type="button" id="rephrase">Frage anders formulieren</button>
        <button type="button">Hauptmenü</button></div>`,
      'something-else',
    );
    expect(got).not.toContain('rephrase=something-else');
  });
});

describe("wrong highlight: the community's link taken for something else (a9cbf19)", () => {
  it.each([
    [
      'en',
      'Wish Assistant',
      'Here are articles about tracking:',
      'Where is my parcel?',
      'No answer found – ask the Community',
    ],
    [
      'fr',
      'Assistant Wish',
      'Voici des articles sur le suivi :',
      'Où est mon colis ?',
      'Pas de réponse trouvée · Communauté',
    ],
  ])('%s', async (_lang, label, said, article, community) => {
    // d78b8c5 marked nothing; a9cbf19 reads a no, a verb of finding and 'answer' without a
    // '?' as 'my topic is not here', whatever the control goes on to offer (the forum).
    // (German 'Keine Antwort gefunden – Community fragen' was marked at d78b8c5 already.)
    const { got } = await assistant(
      label,
      `<p>${said}</p><div class="choices"><a href="/help/tracking" id="a1">${article}</a>
        <a href="/community/ask" id="community">${community}</a></div>`,
      'something-else',
    );
    expect(got).not.toContain('community=something-else');
  });
});

describe("wrong highlight: the community's card whose title means a person (c5aea3c, 48bf293)", () => {
  it('en, "Chat with a human / Members of the Wish Community answer in about 10 minutes" (c5aea3c)', async () => {
    // d78b8c5 kept a titled choice whose line says no person at 3.2 (nothing marked); c5aea3c
    // takes any time in the line for a person's reply, and 'community'/'shoppers' is no other desk.
    const { got } = await assistant(
      'Wish Assistant',
      `<p>How would you like to go on?</p><div class="grid">
        <button type="button" id="faq"><span>Read the guides</span><small>Shipping, refunds and returns</small></button>
        <button type="button" id="community"><span>Chat with a human</span><small>Members of the Wish Community answer in about 10 minutes</small></button></div>`,
      'contact-agent',
    );
    expect(got).not.toContain('community=contact-agent');
  });

  it('en, "Talk to a person / A real person from the Wish Community answers" (71d3675)', async () => {
    // d78b8c5 kept it at 3.2 (nothing marked); 71d3675 counts it fully as the line names a
    // person, though the person is the community's (no desk of OTHER_DESK_STEMS).
    const { got } = await assistant(
      'Wish Assistant',
      `<p>How would you like to go on?</p><div class="grid">
        <button type="button" id="faq"><span>Read the guides</span><small>Shipping, refunds and returns</small></button>
        <button type="button" id="community"><span>Talk to a person</span><small>A real person from the Wish Community answers</small></button></div>`,
      'contact-agent',
    );
    expect(got).not.toContain('community=contact-agent');
  });

  it('en, a card headed "Talk to a real person" (the community) with one "Start chat" (48bf293)', async () => {
    // d78b8c5 marked nothing ('Start chat' alone means no person); 48bf293 names the button by
    // the heading alone, never reading the card's line that says who answers.
    const { got } = await assistant(
      'Wish Assistant',
      `<p>How would you like to go on?</p><div class="cards">
        <div class="card"><h4>Talk to a real person</h4><p>Shoppers of the Wish Community answer your question.</p>
          <button type="button" id="community">Start chat</button></div>
        <div class="card"><h4>Help articles</h4><p>Shipping, refunds and returns.</p><button type="button" id="faq">Open</button></div></div>`,
      'contact-agent',
    );
    expect(got).not.toContain('community=contact-agent');
  });
});

/** A button-only assistant offers a person; the shopper says yes; `box` (html) is what shows. */
async function handover(box: string) {
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="Wish Assistant" id="bot"><div role="log" id="log"><p>Would you like to talk to one of our agents?</p>
      <div class="ch"><button type="button" id="agent">Talk to an agent</button><button type="button">No thanks</button></div></div></section>`;
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

describe("wrong highlight: the chat's one field that is not for the message (f79eeea)", () => {
  it('en, the order number asked before an agent joins', async () => {
    // d78b8c5 marked no box (waited for the agent's); f79eeea takes any lone one-line field.
    const got = await handover(
      `<div class="prechat"><p>Before we connect you, please enter your order number.</p>
        <input type="text" id="order" placeholder="Order number, e.g. 6aa7c5a0b2d3…"><button type="button">Continue</button></div>`,
    );
    expect(got).not.toContain('order=message');
  });

  it('en, the e-mail address an agent will answer to', async () => {
    const got = await handover(
      `<div class="prechat"><p>All agents are busy. Leave your e-mail address and we'll write to you.</p>
        <input type="text" id="mail" name="email" autocomplete="email" placeholder="you@example.com"><button type="button">Submit</button></div>`,
    );
    expect(got).not.toContain('mail=message');
  });

  it("en, the panel's help-article search while the agent is awaited", async () => {
    const got = await handover(
      `<div class="waiting"><p>You're number 4 in the queue.</p>
        <div class="kb"><input type="text" id="kb" placeholder="Search help articles while you wait"></div></div>`,
    );
    expect(got).not.toContain('kb=message');
  });
});

describe("wrong highlight: a survey drawn by a custom element in the chat's frame (2044d3f)", () => {
  it("its 'Other' reason is no way past the topics", () => {
    // d78b8c5 searched the frame's document only (the bot's log: no choice means something
    // else, nothing found); 2044d3f searches every visible custom element's open root in it.
    document.body.innerHTML = `<div role="complementary" aria-label="Wish Chat"><iframe id="f"></iframe></div>`;
    const doc = ($('#f') as HTMLIFrameElement).contentDocument!;
    doc.body.innerHTML = `<div role="log" id="log"><p>Your parcel left the sorting centre on 3 March.</p>
      <button type="button">Show tracking</button><button type="button">Change address</button></div>
      <wsg-rating-card></wsg-rating-card>`;
    const root = doc.querySelector('wsg-rating-card')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<form class="rating"><p>What could be better in the Wish app?</p>
      <button type="button">Speed</button><button type="button">Design</button><button type="button" id="other">Other</button></form>`;
    expect(locate('something-else', assistantLike(document)).element?.id).not.toBe('other');
  });
});
