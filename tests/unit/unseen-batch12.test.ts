// @vitest-environment-options {"url": "https://www.wish.com/assistenza/chat"}
// What the twelfth batch of hand-made pages (u95-u106, written blind to the guide's code) found,
// each kept as a test that fails without its change. The guide here resumes on the assistant's
// own page (a new tab or a route of its own), where the page's body is the assistant.
import { afterEach, describe, expect, it } from 'vitest';
import { GuideEngine, STEP_ATTRIBUTE } from '../../src/content/guide/engine';
import type { StepId } from '../../src/guide/steps';
import { sendsFeedback } from '../../src/dom/locate';
import { othersChats } from '../../src/dom/regions';
import { chatOwner } from '../../src/wish/meaning';
import { $, settle } from '../helpers/guide-page';

let engine: GuideEngine | null = null;
afterEach(() => {
  engine?.stop();
  engine = null;
  document.body.innerHTML = '';
});

const marked = () =>
  [...document.querySelectorAll(`[${STEP_ATTRIBUTE}]`)].map((el) => `${el.id}=${el.getAttribute(STEP_ATTRIBUTE)}`);

function resume(html: string, startAt: StepId, problem: 'payment-declined' | 'never-delivered'): void {
  document.body.innerHTML = html;
  engine = new GuideEngine(document, { route: 'account-menu', problem, startAt }, { onUpdate: () => undefined });
  engine.start();
}

const tick = () => new Promise((r) => setTimeout(r, 60));

/** u99: the assistant's own page, Wish's chat in a section, a payment provider's bot open beside
 *  it, a side column of most-read articles. */
const PAGE = `<div class="top"><b>wish</b><span>Assistenza</span><span>Giulia Ferri</span></div>
  <h1>Come possiamo aiutarti, Giulia?</h1>
  <div class="grid"><section aria-label="Assistente Wish"><div><b>Assistente Wish</b></div>
      <div role="log" id="log"><p>Un momento…</p></div></section>
    <aside><div><b>Articoli più letti</b>
      <a id="art1" href="/help/a/11">Perché il mio pagamento è stato rifiutato?</a>
      <a id="art2" href="/help/a/13">Nessuna di queste risposte mi aiuta: cosa faccio?</a></div></aside></div>
  <aside aria-label="PagaDopo assistente"><div><b>PagaDopo</b> · assistente pagamenti</div>
    <p>Ciao! Sono l'assistente di PagaDopo. Problemi con un pagamento rifiutato?</p>
    <div><button type="button" id="p1">Le mie rate</button><button type="button" id="p2">Pagamento rifiutato</button>
      <button type="button" id="p3">Altro</button><button type="button" id="p4">Parla con un operatore</button></div>
    <form><input aria-label="Messaggio a PagaDopo"><button type="submit">Invia</button></form></aside>`;

describe("another party's bot open beside Wish's on the assistant's own page (u99)", () => {
  it("its choices are never Wish's topic; Wish's are, once shown", async () => {
    resume(PAGE, 'topic', 'payment-declined');
    for (let i = 0; i < 3; i++) {
      engine!.evaluate();
      await tick();
    }
    expect(marked()).toEqual([]);
    $('#log').insertAdjacentHTML(
      'beforeend',
      `<p>Ciao Giulia! Di cosa hai bisogno?</p><div><button type="button" id="pay">Pagamenti e rimborsi</button>
        <button type="button">Il mio account</button><button type="button">Ordini e spedizioni</button></div>`,
    );
    engine!.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['pay=topic']);
  });

  it("the page's side column is not the bot's: its article 'None of these answers help' is no step", async () => {
    resume(PAGE, 'something-else', 'payment-declined');
    for (let i = 0; i < 3; i++) {
      engine!.evaluate();
      await tick();
    }
    expect(marked()).toEqual([]);
    $('#log').insertAdjacentHTML(
      'beforeend',
      `<p>Ecco le domande più frequenti.</p><div><button type="button">Riprova il pagamento</button>
        <button type="button" id="none">Nessuna di queste</button></div>`,
    );
    engine!.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['none=something-else']);
  });

  it('whose chat a label names; none is "another\'s" unless a panel beside it names Wish', () => {
    expect(chatOwner('PagaDopo assistente')).toBe('other');
    expect(chatOwner('Klarna Chat')).toBe('other');
    expect(chatOwner('Assistente Wish')).toBe('wish');
    expect(chatOwner('Wish-Assistent')).toBe('wish');
    expect(chatOwner('Articoli più letti')).toBeUndefined();
    document.body.innerHTML = `<section aria-label="Chat"><div role="log"></div><button>Ok</button></section>
      <aside aria-label="Assistente pagamenti"><button>Pagamento rifiutato</button></aside>`;
    expect(othersChats([document.body])).toEqual([]);
    document.body.innerHTML = PAGE;
    expect(othersChats([document.body]).map((e) => e.getAttribute('aria-label'))).toEqual(['PagaDopo assistente']);
  });
});

describe("a feedback form's button is no choice of the bot's (u106: 'Αποστολή σχολίων' read as shipping)", () => {
  const SIDE = `<aside><h2>Σχετικά άρθρα</h2><a href="/help/articles/allo">Άλλα θέματα</a>
    <h2>Σας βοήθησε αυτή η σελίδα;</h2><textarea aria-label="Σχόλια για τη σελίδα" placeholder="Τα σχόλιά σας…"></textarea>
    <button type="button" id="fb">Αποστολή σχολίων</button></aside>`;

  it('beside a box for comments on the page, in any language; not a chat composer\'s Send', () => {
    document.body.innerHTML = `${SIDE}<form><label for="m">Το μήνυμά σου</label><textarea id="m"></textarea>
      <button type="submit" id="send">Αποστολή</button></form>
      <div><h3>Was this page helpful?</h3><textarea aria-label="Tell us more"></textarea><button id="fb2">Send feedback</button></div>`;
    expect(sendsFeedback($('#fb'))).toBe(true);
    expect(sendsFeedback($('#fb2'))).toBe(true);
    expect(sendsFeedback($('#send'))).toBe(false);
  });

  it("on the assistant's own page, before the bot's topics show, nothing is the topic", async () => {
    resume(
      `<a href="/transaction">← Πίσω στις παραγγελίες</a><div class="grid">
        <section aria-label="Συνομιλία"><div role="log" id="log"><p>πληκτρολογεί…</p></div></section>${SIDE}</div>`,
      'topic',
      'never-delivered',
    );
    for (let i = 0; i < 3; i++) {
      engine!.evaluate();
      await tick();
    }
    expect(marked()).toEqual([]);
  });
});
