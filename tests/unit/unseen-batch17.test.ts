// What the seventeenth batch of hand-made pages (u137-u142, written blind to the guide's code)
// found at its first run: four wrong highlights. A bare 👎 (named "No") of "Was this helpful?"
// taken for the way on (u138); "← Voltar ao pedido" and a wizard's done step "✓ Pedido" taken
// for topics (u140); the assistant's header link "Mein Konto" to the settings taken for a topic
// (u141); an "ⓘ" beside each topic, named after it, tying every topic with itself (u142). Each
// kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import type { StepId } from '../../src/guide/steps';
import type { ProblemId } from '../../src/model/types';
import { meansBack } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

async function at(
  step: StepId,
  problem: ProblemId,
  assistant: string,
  route: 'account-menu' | 'order' = 'account-menu',
): Promise<string[]> {
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wish</h1></main>${assistant}`;
  const { engine } = start({ route, problem, startAt: step });
  engine.evaluate();
  await settle(() => marked().length > 0);
  // Past the 1.2 s a "No" to "did this help?" is held back.
  for (let i = 0; i < 30; i++) {
    await tick();
    engine.evaluate();
  }
  return marked();
}

describe('a bare 👎 rates the message it sits under (u138)', () => {
  const page = (choices: string) => `<section aria-label="Wish Assistant"><div role="log">
      <div>Sorry it wasn't what you expected. Here's what I can do right now:</div>
      <div class="stack">${choices}</div>
      <div class="rate">Was this helpful? <button type="button" aria-label="Yes">👍</button> <button type="button" id="down" aria-label="No">👎</button></div>
    </div></section>`;

  it('"None of these work for me" over its line is the way on, not the 👎', async () => {
    expect(
      await at(
        'something-else',
        'not-as-described',
        page(`<button type="button">Return it for a full refund<small>Free label, refund in 5-10 days</small></button>
          <button type="button" id="none">None of these work for me<small>Tell us more and get more options</small></button>`),
      ),
    ).toEqual(['none=something-else']);
  });

  it('with no way on offered, the 👎 is still none', async () => {
    expect(
      await at(
        'something-else',
        'not-as-described',
        page('<button type="button">Return it for a full refund</button>'),
      ),
    ).toEqual([]);
  });
});

describe('no topic: a way back, a done step, a link to another page, an "ⓘ" (u140, u141, u142)', () => {
  it('reads a way back in every language, not a return of an item', () => {
    for (const name of [
      '← Voltar ao pedido',
      'Back to topics',
      'Zurück zur Bestellung',
      'Torna agli ordini',
      'Retour à la commande',
    ])
      expect(meansBack(name), name).toBe(true);
    for (const name of [
      "Retour d'un article",
      'Επιστροφή χρημάτων',
      'Rücksendung',
      'Returns & refunds',
      '«Mon colis» : il n’est pas arrivé',
    ])
      expect(meansBack(name), name).toBe(false);
  });

  it('while the topics are coming: not "← Voltar ao pedido", not the wizard\'s "✓ Pedido" (u140)', async () => {
    expect(
      await at(
        'topic',
        'wrong-item',
        `<div class="ov" role="dialog" aria-label="Assistente Wish"><div class="top"><button type="button">← Voltar ao pedido</button><b>Assistente Wish</b></div>
          <ol class="steps"><li class="done"><button type="button">✓ Pedido</button></li><li class="on">Problema</li><li>Solução</li><li>Contato</li></ol>
          <div role="log"><div>Oi, Rafaela! Qual é o problema com este item?</div></div></div>`,
        'order',
      ),
    ).toEqual([]);
  });

  it("a list box's plain options are still the topics (u140)", async () => {
    expect(
      await at(
        'topic',
        'wrong-item',
        `<div role="dialog" aria-label="Assistente Wish"><div role="log"><div>Qual é o problema?</div>
          <ul role="listbox" aria-label="Qual é o problema?"><li role="option">Ainda não recebi</li><li role="option" id="wr">Recebi um item diferente do que pedi</li><li role="option">Cancelar este item</li></ul></div></div>`,
        'order',
      ),
    ).toEqual(['wr=topic']);
  });

  it("the assistant's header link to the settings is no topic (u141)", async () => {
    expect(
      await at(
        'topic',
        'payment-declined',
        `<section aria-label="Wish-Assistent"><header><b>Wish-Assistent</b><a href="/settings">Mein Konto</a><a href="/help">Hilfe-Center</a></header>
          <div role="log"><div>Hallo Jonas! Worum geht es?</div></div></section>`,
      ),
    ).toEqual([]);
  });

  it('an "ⓘ" named after its topic neither ties with it nor stands for it (u142)', async () => {
    const row = (id: string, t: string) =>
      `<div class="rw"><button type="button" id="${id}">${t}</button><button type="button" aria-label="Info: ${t}" title="Cosa comprende?">ⓘ</button></div>`;
    expect(
      await at(
        'topic',
        'not-as-described',
        `<section aria-label="Assistente Wish"><div role="log"><div>Scegli un argomento:</div><div role="group">${
          row('ord', 'Ordini e spedizioni') +
          row('nad', "L'articolo non corrisponde alla descrizione") +
          row('pay', 'Pagamenti') +
          row('acc', 'Il mio account')
        }</div></div></section>`,
      ),
    ).toEqual(['nad=topic']);
    expect(
      await at(
        'something-else',
        'not-as-described',
        `<section aria-label="Assistente Wish"><div role="log"><div>Ecco cosa puoi fare subito:</div><div role="group">${
          row('ret', 'Avvia un reso gratuito') + row('else', "Si tratta d'altro")
        }</div></div></section>`,
      ),
    ).toEqual(['else=something-else']);
  });
});

describe('a switch labelled as talking to a person (u140)', () => {
  it("its label's title says it; another app's switch beside it is none", async () => {
    const sw = (id: string, title: string, line: string, extra = '') =>
      `<div class="sw"><span id="l-${id}">${title}<small>${line}</small></span><button type="button" role="switch" aria-checked="false" aria-labelledby="l-${id}" id="${id}" ${extra}></button></div>`;
    expect(
      await at(
        'contact-agent',
        'wrong-item',
        `<div role="dialog" aria-label="Assistente Wish"><div role="log"><div>Como prefere continuar? Ative o que quiser:</div>
          <div class="swl">${
            sw('wa', 'Falar com um atendente pelo WhatsApp', '(41) 9••••-3321') +
            sw('ag', 'Falar com um atendente da Wish', 'Uma pessoa da nossa equipe responde em até 48 h') +
            sw('cb', 'Receber uma ligação', 'Indisponível no momento', 'disabled')
          }</div></div></div>`,
        'order',
      ),
    ).toEqual(['ag=contact-agent']);
  });
});

describe("a chat's header above its log is the window's (u138)", () => {
  it('"Talk to a person" beside "Email transcript" in the header is no step while the log talks', async () => {
    const page = (log: string) => `<header><a href="/">wish</a></header><main><h1>Help with your order</h1>
      <section class="chat" aria-label="Wish Assistant">
        <div class="hd"><b>Wish Assistant</b><button type="button" id="hdAgent">Talk to a person</button><button type="button" aria-label="Email transcript">✉︎</button></div>
        <div role="log">${log}</div>
      </section></main>`;
    // Before the topics come (the bot still typing): nothing, not the header's person.
    document.body.innerHTML = page('<div>Wish Assistant is typing…</div>');
    const { engine } = start({ route: 'order', problem: 'not-as-described', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it('radio cards of people alike, each with a line: the one naming Wish, as before (u108)', async () => {
    const card = (id: string, who: string, line: string) =>
      `<label class="card"><input type="radio" name="who" id="${id}"><b>Hablá con un agente de ${who}</b><small>${line}</small></label>`;
    expect(
      await at(
        'contact-agent',
        'never-delivered',
        `<div role="dialog" aria-label="Asistente Wish"><div role="log"><div>Entendido. ¿Con quién querés hablar?</div>
          <div role="radiogroup">${
            card('and', 'Andreani', 'Seguimiento del envío') +
            card('mp', 'Mercado Pago', 'Pagos y cobros') +
            card('wish', 'Wish', 'Te responde alguien del equipo')
          }</div></div></div>`,
        'order',
      ),
    ).toEqual(['wish=contact-agent']);
  });
});

describe('an icon explains only a choice its name holds whole (review s15)', () => {
  it('an icon-only "Connect now" beside a "No" is still a choice', async () => {
    expect(
      await at(
        'contact-agent',
        'never-delivered',
        `<section aria-label="Wish Assistant"><div role="log"><div>Would you like to talk to an agent?</div>
          <div><button type="button">No</button><button type="button" id="go" aria-label="Connect now to an agent">📞</button></div></div></section>`,
      ),
    ).toEqual(['go=contact-agent']);
  });
});
