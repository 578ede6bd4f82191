// Fresh-eyes review of the s13 changes (e56240c..f3ce0cb): realistic Wish-like inputs on which
// a new rule makes a WRONG highlight or loses a step found before. Each failing test states the
// correct expectation (so it fails on the reviewed code); every failing one was checked to pass
// (or to mark nothing) at e56240c unless its comment says otherwise. The last block holds cases
// checked that behave correctly.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import {
  looksLikeNameWithInitial,
  meansElse,
  meansHelp,
  meansPerson,
  topicFit,
} from '../../src/wish/meaning';
import { locate } from '../../src/dom/locate';
import { findTrigger } from '../../src/dom/regions';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();
const b = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;

/** The assistant's log shows `log`; the guide waits at `step`. What it marked. */
async function assistant(problem: ProblemId, step: StepId, log: string): Promise<string[]> {
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="Wish Assistant" id="wa"><div role="log">${log}</div></section>`;
  const { engine } = start({ route: 'account-menu', problem, startAt: step });
  engine.evaluate();
  await settle(() => marked().length > 0);
  for (let i = 0; i < 3; i++) await tick();
  return marked();
}

describe('topic fit (topicFit): a refund that failed is not a payment that failed', () => {
  // DECLINED_STEMS ('refus', 'reject', 'rechaz', 'recus', …) are looked for in any payment-kind
  // topic, refunds included: "Reembolso rechazado" (refund refused) fits a declined card at 4,
  // above "Pagos y cobros" (3), and fittingTopic takes it. At e56240c: 'acc=topic'.
  it('es: a declined card takes "Pagos y cobros", not "Reembolso rechazado"', async () => {
    expect(
      await assistant(
        'payment-declined',
        'topic',
        `<div>¿Sobre qué es?</div><div>${b('acc', 'Mi cuenta')}${b('pay', 'Pagos y cobros')}${b('ref', 'Reembolso rechazado')}</div>`,
      ),
    ).not.toContain('ref=topic');
  });

  it('a refund refused or not received never names a declined payment (7 languages)', () => {
    for (const name of [
      'Refund rejected',
      'Remboursement refusé',
      'Remboursements non reçus', // 'recus' (pt "recusado") also catches fr "reçus"
      'Reembolso rechazado',
      'Rimborso rifiutato',
      'Estorno recusado',
      'Erstattung abgelehnt',
    ])
      expect(topicFit(name, 'payment-declined'), name).toBeLessThan(topicFit('Payments', 'payment-declined'));
    // 'trop' (fr "too much") names a wrong charge anywhere: "my refund takes too long" is no
    // overcharge.
    expect(topicFit('Mon remboursement tarde trop', 'incorrect-charge')).toBeLessThan(4);
  });
});

describe('topic fit: a refund that has not arrived is no parcel that has not arrived', () => {
  // topicFit gives 3 to any meansArrival name for a parcel problem; meansArrival holds for
  // "Mi reembolso no llegó" / "Il reso non è arrivato" (a refund, a return). fittingTopic then
  // prefers it to the guide's "Mi cuenta" (1). At e56240c: 'acc=topic'.
  it('es: a parcel that never came does not take "Mi reembolso no llegó"', async () => {
    expect(
      await assistant(
        'never-delivered',
        'topic',
        `<div>¿Sobre qué es?</div><div>${b('acc', 'Mi cuenta')}${b('pay', 'Pagos')}${b('ref', 'Mi reembolso no llegó')}</div>`,
      ),
    ).not.toContain('ref=topic');
  });

  it('it: nor "Il reso non è arrivato"', async () => {
    expect(
      await assistant(
        'never-delivered',
        'topic',
        `<div>Di cosa si tratta?</div><div>${b('acc', 'Il mio account')}${b('pay', 'Pagamenti')}${b('ref', 'Il reso non è arrivato')}</div>`,
      ),
    ).not.toContain('ref=topic');
  });
});

describe('question-form topics: an FAQ link in the same message is no topic', () => {
  // Topics asked as questions: none is found by name (topicOf ignores questions), so
  // fittingTopic weighs every choice of the assistant (asked = true when none was found) and
  // leadsToPage lets an in-page '#faq-12' link through. "Why was my payment declined?" fits at
  // 4: the article link is marked as the topic. At e56240c: nothing marked.
  it('en: the "Popular articles" link is not highlighted as the topic', async () => {
    const got = await assistant(
      'payment-declined',
      'topic',
      `<div>What can I help with?</div><div>${b('q1', 'Where is my order?')}${b('q2', 'How do I return an item?')}${b('q3', 'Why was I charged?')}${b('q4', 'How do I change my account details?')}</div>
       <div><p>Popular articles</p><ul><li><a id="art1" href="#faq-12">Why was my payment declined?</a></li>
       <li><a id="art2" href="#faq-13">How do I add a card?</a></li></ul></div>`,
    );
    expect(got).not.toContain('art1=topic');
  });
});

describe('"something else" (meansElse NOT_IT_ENDS): a complaint ending in "that" is no denial of the list', () => {
  // The new rule takes any negated sentence of ≤ 8 words ending in it/that/ça/eso/isso/questo/αυτό
  // for "that's not quite it". "I didn't order that" in every language, "No, don't cancel it",
  // "No, I didn't get it" are answers, not "something else".
  it('complaints and refusals ending in "that"/"it" are not something else', () => {
    for (const name of [
      "Je n'ai pas commandé ça",
      'No pedí eso',
      'Não pedi isso',
      'Non ho ordinato questo',
      'Δεν παρήγγειλα αυτό',
      'Não reconheço isso',
      "No, don't cancel it",
      "No, I didn't get it",
      "Je n'ai pas reçu ça",
      'Das ist es nicht, was ich bestellt habe',
    ])
      expect(meansElse(name), name).toBe(0);
  });

  // Fixer's cases: the copula denial holds with a leading "no" and words of degree only; a
  // sentence that goes on after the denial, or a verb of its own, is not it.
  it('a denial of "that" still means something else; one with a verb of its own does not', () => {
    for (const name of [
      "No, that's not it",
      "C'est pas ça",
      'No es eso',
      'Das ist es nicht',
      "It isn't really that",
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    for (const name of [
      "That's not what I bought, I want it",
      'Non è arrivato questo',
      "I didn't receive that",
    ])
      expect(meansElse(name), name).toBe(0);
  });

  // At e56240c: 'ag=contact-agent' (the person, the right way on).
  it('es: "No pedí eso" among the complaint choices is not highlighted as "something else"', async () => {
    const got = await assistant(
      'not-as-described',
      'something-else',
      `<div>¿Qué pasó con tu pedido?</div><div>${b('t', 'Seguir mi pedido')}${b('nope', 'No pedí eso')}${b('ag', 'Hablar con un agente')}</div>`,
    );
    expect(got).not.toContain('nope=something-else');
  });

  // At e56240c: nothing marked.
  it('en: "No, don\'t cancel it" to "Shall I cancel it?" is not "something else"', async () => {
    const got = await assistant(
      'never-delivered',
      'something-else',
      `<div>I can cancel this order for you. Shall I cancel it?</div><div>${b('y', 'Yes, cancel it')}${b('n', "No, don't cancel it")}</div>`,
    );
    expect(got).not.toContain('n=something-else');
  });
});

describe("a courier's person offer that mentions Wish (withoutAboutClause + favourWishsPerson)", () => {
  // withoutAboutClause cuts "sobre tu pedido Wish" before the word count, so the courier's
  // agent ("un agente de Correos") becomes a short person offer (0.8); before, the sentence was
  // too long (0). meansPerson does not check CARRIER_STEMS. At e56240c: nothing marked.
  it('es: "Hablar con un agente de Correos sobre tu pedido Wish" alone is not the person', async () => {
    expect(meansPerson('Hablar con un agente de Correos sobre tu pedido Wish')).toBe(0);
    const got = await assistant(
      'never-delivered',
      'contact-agent',
      `<div>Tu paquete está con Correos.</div><div>${b('c', 'Hablar con un agente de Correos sobre tu pedido Wish')}${b('back', 'Volver al menú')}</div>`,
    );
    expect(got).not.toContain('c=contact-agent');
  });

  // Tied at 0.8 with Wish's own "Chat with our support team", the courier's offer is the only
  // one whose words include "wish" (in its about clause), so favourWishsPerson lifts it.
  // At e56240c: 'w=contact-agent'.
  it("en: an Evri agent 'about your Wish parcel' does not beat Wish's own team", async () => {
    expect(
      await assistant(
        'never-delivered',
        'contact-agent',
        `<div>Who would you like to talk to?</div><div>${b('c', 'Chat with an Evri agent about your Wish parcel')}${b('w', 'Chat with our support team')}</div>`,
      ),
    ).toEqual(['w=contact-agent']);
  });

  it('locate: the same, with other plain person offers (en, es)', () => {
    for (const [courier, ours] of [
      ['Chat with an Evri agent about your Wish parcel', 'Speak to a person'],
      ['Chat with an Evri agent about your Wish parcel', 'Talk to someone'],
      ['Hablar con un agente de Correos sobre tu pedido Wish', 'Hablar con una persona'],
    ]) {
      document.body.innerHTML = `<div id="wa"><button id="c">${courier}</button><button id="o">${ours}</button></div>`;
      expect(locate('contact-agent', [$('#wa')]).element?.id, `${courier} / ${ours}`).toBe('o');
    }
  });

  // Fixer's cases: the person is the courier's whatever the about clause says; Wish named
  // before it still lifts Wish's agent over another business's.
  it("a courier's or another desk's person is no person offer; Wish's agent beats a Klarna agent", () => {
    for (const name of [
      'Chat with a Royal Mail courier about your Wish order',
      'Falar com um entregador sobre o pedido',
    ])
      expect(meansPerson(name), name).toBe(0);
    document.body.innerHTML = `<div id="wa"><button id="k">Talk to a Klarna agent about your Wish order</button><button id="o">Talk to a Wish agent</button></div>`;
    expect(locate('contact-agent', [$('#wa')]).element?.id).toBe('o');
  });
});

describe("an order's help (meansHelp CARRIER_STEMS): 'post' is a prefix of after-sales", () => {
  // Fixer's cases: the post named with its office or service is still the carrier's.
  it("the post office's help is still not the order's", () => {
    for (const name of [
      'Contact the post office',
      'Contact the postal service',
      'Deutsche Post kontaktieren',
    ])
      expect(meansHelp(name), name).toBe(false);
  });

  // CARRIER_STEMS holds 'post', matched as a word prefix: "Assistenza post-vendita", "Soporte
  // postventa", "Post-sale support" (after-sales help, the order's own) are taken for the
  // carrier's and the order's help step is lost. All true at e56240c.
  it("after-sales help is still an order's help", () => {
    for (const name of ['Assistenza post-vendita', 'Soporte postventa', 'Post-sale support'])
      expect(meansHelp(name), name).toBe(true);
  });
});

describe('the widget answered in (talkRegions): the assistant going on in a dialog it opens', () => {
  // A help page's assistant card in <main>; the shopper answers its topic there and the
  // assistant goes on in a dialog it opens (the card stays, its buttons disabled). sameWidget
  // (card in main, dialog at body) is false, so talkRegions looks only in the card: the next
  // step ("Otra cosa" in the dialog) is lost. At e56240c: 'else=something-else'.
  it('es: "Otra cosa" in the dialog the assistant opened is the next step', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Centro de ayuda</h1>
      <section aria-label="Asistente de Wish" id="inline"><div role="log"><p>¡Hola! ¿En qué te ayudo?</p><div>
      ${b('acc', 'Mi cuenta')}${b('pay', 'Pagos')}</div></div></section>
      <section><h2>Artículos</h2><a href="/help/a1">Devoluciones</a></section></main>`;
    $('#acc').addEventListener('click', () => {
      $('#inline')
        .querySelectorAll('button')
        .forEach((x) => ((x as HTMLButtonElement).disabled = true));
      setTimeout(
        () =>
          document.body.insertAdjacentHTML(
            'beforeend',
            `<div role="dialog" aria-label="Asistente de Wish" id="dlg"><div role="log">
              <p>Mi cuenta: elegí una opción</p><div>${b('pw', 'Cambiar contraseña')}${b('else', 'Otra cosa')}</div></div></div>`,
          ),
        200,
      );
    });
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['acc=topic']);
    shopper.click($('#acc'));
    await settle(() => marked().includes('else=something-else'));
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('a name with an initial (looksLikeNameWithInitial) in the account holder', () => {
  // In a holder the page calls account, any "Xxx Y." text that looksLikePersonName now scores 3
  // (as with a caret) and is the trigger: a delivery chip's place ("Rua S.", a street) or a
  // recipient shown under "Entregar para" opens the address picker, not the account menu.
  // At e56240c: no trigger.
  const bar = (
    inner: string,
  ) => `<div id="bar" style="display:flex"><a href="/" aria-label="Wish">wish</a><input type="search">
      <a href="/help">Ajuda</a><a href="/cart" aria-label="Carrinho">🛒</a>
      <div class="NavBar__Account-sc-1 x">${inner}</div></div>`;
  it('pt: a delivery-address chip "Rua S." is not the account trigger', () => {
    document.body.innerHTML = bar(
      `<div style="cursor:pointer" id="ship" title="Endereço de entrega"><span>Rua S.</span></div>`,
    );
    expect(findTrigger([$('#bar')], {}).element?.id).not.toBe('ship');
  });

  // Fixer's cases: a shop's name cut short, or a recipient under a delivery label, is no
  // account; a real name with its initial still is.
  it('pt: "Loja K." and a recipient under "Entregar para" are not the trigger; "João S." is', () => {
    document.body.innerHTML = bar(`<div style="cursor:pointer" id="shop"><span>Loja K.</span></div>`);
    expect(findTrigger([$('#bar')], {}).element?.id).not.toBe('shop');
    document.body.innerHTML = bar(
      `<span>Entregar para</span><div style="cursor:pointer" id="to"><span>Marta S.</span></div>`,
    );
    expect(findTrigger([$('#bar')], {}).element?.id).not.toBe('to');
    expect(looksLikeNameWithInitial('João S.')).toBe(true);
    for (const place of ['Rua S.', 'Loja K.', 'Calle M.', 'Via G.', 'Straße B.', 'Οδός Α.'])
      expect(looksLikeNameWithInitial(place), place).toBe(false);
  });
});

describe('checked, behaving correctly', () => {
  it('a seller offer about a Wish order is no person; "That\'s not my order", "Não é isso que eu pedi" are not something else', () => {
    expect(meansPerson('Talk to the seller about your Wish order')).toBe(0);
    expect(meansPerson('Parler au vendeur à propos de votre commande Wish')).toBe(0);
    expect(meansPerson('Keep chatting with Wish Assistant')).toBe(0);
    expect(meansElse("That's not my order")).toBe(0);
    expect(meansElse('Não é isso que eu pedi')).toBe(0);
  });

  it("delivery help is still an order's help; the postman's is not", () => {
    for (const n of [
      'Help with delivery',
      'Problème de livraison',
      'Problema com a entrega',
      'Πρόβλημα με την αποστολή',
    ])
      expect(meansHelp(n), n).toBe(true);
    expect(meansHelp('Problema con il postino')).toBe(false);
  });

  it('question topics about an order fit a parcel that never came', () => {
    for (const n of [
      'Where is my order?',
      '¿Dónde está mi pedido?',
      'Wo ist meine Bestellung?',
      'Πού είναι η παραγγελία μου;',
    ])
      expect(topicFit(n, 'never-delivered'), n).toBe(3);
  });

  it('pt: "Outra coisa" wins over "Não reconheço isso"', async () => {
    expect(
      await assistant(
        'incorrect-charge',
        'something-else',
        `<div>Esta cobrança é de qual pedido?</div><div>${b('o1', 'Pedido 1234')}${b('n', 'Não reconheço isso')}${b('else', 'Outra coisa')}</div>`,
      ),
    ).toEqual(['else=something-else']);
  });

  it('a refund-refused button in another row does not displace the payments topic', async () => {
    expect(
      await assistant(
        'payment-declined',
        'topic',
        `<div>What is it about?</div><div>${b('acc', 'My account')}${b('ord', 'Orders')}${b('pay', 'Payments')}</div><div>${b('x', 'Remboursement refusé')}</div>`,
      ),
    ).toEqual(['pay=topic']);
  });

  it("an Evri driver's chat does not beat a plain person offer; Wish's agent wins a tie", async () => {
    expect(
      await assistant(
        'never-delivered',
        'contact-agent',
        `<div>Who?</div><div>${b('c', 'Chat with an Evri driver about your Wish parcel')}${b('w', 'Talk to someone')}</div>`,
      ),
    ).toEqual(['w=contact-agent']);
    document.body.innerHTML = `<div id="wa"><button id="s">Chat with a specialist</button><button id="w">Talk to a Wish agent</button></div>`;
    expect(locate('contact-agent', [$('#wa')]).element?.id).toBe('w');
  });

  it('es: a radio card "Pagar con otra tarjeta" is not "something else", though its line says "Otro problema"', () => {
    document.body.innerHTML = `<section role="dialog" id="wa"><form><p>Elegí:</p>
      <label id="b1"><input type="radio" name="q" value="0" style="opacity:0;position:absolute;width:1px;height:1px"><span>Pagar con otra tarjeta<small>Otro problema con el pago</small></span></label>
      <label id="b2"><input type="radio" name="q" value="1" style="opacity:0;position:absolute;width:1px;height:1px"><span>Esperar unos días más<small>Te avisamos si se mueve</small></span></label>
      <button type="button">Continuar</button></form></section>`;
    expect(locate('something-else', [$('#wa')]).element).toBeFalsy();
  });
});
