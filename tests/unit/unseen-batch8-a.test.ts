// What the eighth batch of hand-made pages (u47, u49, u51, u57: written blind to the guide's
// code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../src/dom/regions';
import { meansElse } from '../../src/wish/meaning';
import { engineStarter, marked, settle } from '../helpers/guide-page';

const start = engineStarter();

describe('"a different problem" as the way past the topics (u47: "Ho un problema diverso")', () => {
  it('says something else in every language; "different" alone (an item not as ordered) does not', () => {
    for (const name of [
      'I have a different problem',
      'Un problème différent',
      'Tengo un problema diferente',
      'Tenho uma questão diferente',
      'Διαφορετικό θέμα',
      'Una questione diversa',
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    for (const name of [
      'Article différent de la description',
      'I received a different item',
      'Problem with a different order',
      'Different size or colour',
      'Recibí algo diferente',
    ])
      expect(meansElse(name), name).toBe(0);
  });

  it('the assistant\'s "Un problème différent" is marked, not the tracking or the restart', async () => {
    document.body.innerHTML = `<section aria-label="Assistant Wish"><div role="log">
        <div>Votre colis est en route depuis le 3 mars.</div>
        <div><button type="button">Suivre le colis</button><button type="button" id="else">J'ai un problème différent</button>
          <button type="button">Recommencer</button></div></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('the agent as a titled card with a line under it (u47: "Scrivi a un operatore Wish")', () => {
  const page = (personLine: string) => {
    document.body.innerHTML = `<section aria-label="Wish Assistant"><div role="log">
        <div>How would you like to go on?</div>
        <div><button type="button">Write to the seller<small>The shop answers, usually within 2 days</small></button>
          <button type="button" id="agent">Write to a Wish advisor<small>${personLine}</small></button>
          <button type="button">Read the guides<small>Shipping, refunds and returns</small></button></div></div></section>`;
  };

  it("a line saying a person answers confirms the title: the card is marked, the seller's is not", async () => {
    page('Someone from our team replies within 24-48 hours');
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });
});

describe('a split account control and a choice that fits none (u49)', () => {
  it("the shopper's name as a link and the account caret beside it are one trigger: the caret", () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><a href="/transaction">Pedidos</a>
      <div class="acct"><a href="/settings"><span class="pic"></span>Joana</a>
        <button type="button" id="caret" aria-label="Menu da conta" aria-expanded="false">▾</button></div>
      <a href="/cart">Carrinho</a></header>`;
    expect(findTrigger([document.querySelector('#bar')!], { nameHint: 'Joana Silva' }).element?.id).toBe(
      'caret',
    );
  });

  it('two such parts with a third control in their holder stay two', () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a>
      <div class="acct"><a href="/settings">Joana</a><button type="button" aria-label="Menu da conta">▾</button>
        <button type="button">Notificações</button></div></header>`;
    expect(findTrigger([document.querySelector('#bar')!], { nameHint: 'Joana Silva' }).element).toBeNull();
  });

  it('"I can\'t find what I\'m looking for" means something else, in every language; "can\'t find my order" not', () => {
    for (const name of [
      "I can't find what I'm looking for",
      'Δεν βρίσκω αυτό που ψάχνω',
      'Non trovo quello che cerco',
      'Ich finde nicht, was ich suche',
      'Je ne trouve pas ce que je cherche',
      'No encuentro lo que busco',
      'Não encontro o que procuro',
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    for (const name of [
      "I can't find my order",
      'Não encontro o meu pedido',
      'What I need to know about refunds',
    ])
      expect(meansElse(name), name).toBe(0);
  });

  it('in the assistant, "No encuentro lo que busco" is marked, not tracking or the main menu', async () => {
    document.body.innerHTML = `<section aria-label="Asistente de Wish"><div role="log">
        <div>Tu paquete está en camino.</div>
        <ol><li role="button" tabindex="0">Seguimiento del envío</li><li role="button" tabindex="0">Cambiar dirección</li>
          <li role="button" tabindex="0" id="else">No encuentro lo que busco</li><li role="button" tabindex="0">Volver al menú principal</li></ol>
      </div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('the agent as a card whose title is an element of its own (u51: "Chat with a support agent")', () => {
  it('the card is marked, not its title alone, nor the forum or the store', async () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true" aria-label="Wish Hilfe"><h3>Kontakt</h3>
        <div class="ways"><div role="button" tabindex="0"><i>👥</i><strong>Community-Forum</strong><span>Antworten anderer Kunden</span></div>
          <div role="button" tabindex="0" id="agent"><i>💬</i><strong>Mit einem Mitarbeiter chatten</strong><span>Eine Person vom Wish-Support antwortet in wenigen Minuten</span></div>
          <div role="button" tabindex="0"><i>🏪</i><strong>Shop kontaktieren</strong><span>Fragen zum Produkt</span></div></div></div>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });
});

describe("the agent as a two-line choice whose line gives the reply's time (u57: 'Resposta em 24–48 h')", () => {
  const page = (line: string) => {
    document.body.innerHTML = `<section aria-label="Βοηθός Wish"><div role="log"><p>Πώς θέλετε να συνεχίσετε;</p>
        <div class="grid"><button type="button"><span>Συχνές ερωτήσεις</span><small>Άμεσες απαντήσεις</small></button>
          <button type="button" id="agent"><span>Επικοινωνία με την ομάδα υποστήριξης</span><small>${line}</small></button></div>
      </div></section>`;
  };

  it('"Απάντηση σε 24-48 ώρες" under it: the choice is marked', async () => {
    page('Απάντηση σε 24-48 ώρες');
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });

  it('a line saying neither a person nor a time leaves it a little less sure: nothing marked', async () => {
    page('Για όλα τα θέματα παραγγελιών και πληρωμών');
    start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual([]);
  });
});
