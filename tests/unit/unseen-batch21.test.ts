// @vitest-environment-options {"url": "https://www.wish.com/assistenza/chat"}
// What the twenty-first batch of hand-made pages (u161-u163, written blind to the guide's code)
// found at its first run, the wrong highlight first. Each kept as a test that fails without its
// change. This file's page is the assistant's own, opened in a tab of its own.
import { describe, expect, it } from 'vitest';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

describe("the assistant's own page in a new tab, a comment box in its side column (u162)", () => {
  // Beside the chat, the page asks "How is this page? Leave a comment" with a box of its own.
  // Once the shopper asked for a person, the chat's composer comes a moment later: the guide
  // marked the side column's box for the message meanwhile.
  const page = `<div class="top"><b>wish</b><span>Assistenza</span><span>Chiara Conti</span></div>
    <div class="grid"><nav aria-label="Argomenti"><h2>Argomenti</h2><a href="/help/s/ordini">Ordini e spedizioni</a>
        <a href="/help/s/altro">Altro</a></nav>
      <main aria-label="Assistente Wish"><div><b>Assistente Wish</b></div>
        <div role="log" id="log"><div>Ti passo a un operatore. Scrivi qui sotto il tuo messaggio.</div></div>
        <div id="comp"></div></main>
      <aside><section><h3>Com’è questa pagina?</h3><label for="fbk">Lascia un commento (facoltativo)</label>
        <textarea id="fbk" placeholder="Cosa possiamo migliorare?"></textarea><button type="button">Invia commento</button></section></aside></div>`;

  it("marks the chat's composer once it comes, never the page's comment box", async () => {
    document.body.innerHTML = page;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'message' });
    for (let i = 0; i < 8; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).toEqual([]);
    document.getElementById('comp')!.innerHTML = `<label for="op">Scrivi all’operatore</label>
      <textarea id="op"></textarea><button type="button" id="go" aria-label="Invia messaggio">➤</button>`;
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['op=message']);
  });
});
