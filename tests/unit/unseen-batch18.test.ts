// What the eighteenth batch of hand-made pages (u143-u148, written blind to the guide's code)
// found at its first run: no wrong highlight, two stops. Each kept as a test that fails
// without its change.
import { describe, expect, it } from 'vitest';
import { meansElse } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

describe('"I can\'t find my case" is something else (u144)', () => {
  it("reads the shopper's case, in every language, as what they could not find", () => {
    for (const name of [
      'Non trovo il mio caso',
      'No encuentro mi caso',
      'Je ne trouve pas mon cas',
      'Não encontro a minha situação',
      'Ich finde meinen Fall nicht',
      "I can't find my case",
      'Δεν βρίσκω την περίπτωσή μου',
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    // Not the shopper's money, nor a question.
    for (const name of ["I can't find my cash", 'Non trovi il tuo caso?'])
      expect(meansElse(name), name).toBe(0);
  });

  it('marks it after the articles, not the other fixes offered', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Lista dei desideri</h1></main>
      <section role="dialog" aria-label="Assistente Wish"><div role="log">
        <div>Un pagamento può essere rifiutato dalla banca. Queste guide possono aiutarti:
          <a href="/help/articles/rifiutato">Perché il pagamento è stato rifiutato?</a></div>
        <div><button type="button">Riprova il pagamento</button><button type="button">Usa un'altra carta</button>
          <button type="button" id="else">Non trovo il mio caso</button></div>
      </div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      startAt: 'something-else',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['else=something-else']);
  });
});
