// u125 (batch 15) stopped at the support entry: "Atendimento Wish · chat", under the account
// menu's "Mais" section, names Wish's own service with the shop's name in it. Once past it, the
// guide took the "👎 Não ajudou" of a survey under the topics ("Como está sendo seu
// atendimento? 👍 Útil 👎 Não ajudou") for "something else". Each kept as a test that fails
// without its change.
import { describe, expect, it } from 'vitest';
import { meansCustomerSupport, namesServiceAlone, praises, saysItDidNotHelp } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

describe("the service named with the shop's name", () => {
  it('"Atendimento Wish · chat", "Wish Support", "Suporte Wish 2" are the service', () => {
    expect(meansCustomerSupport('Atendimento Wish chat')).toBe(true);
    expect(meansCustomerSupport('Wish Customer Service')).toBe(true);
    for (const name of ['Atendimento Wish', 'Wish Support', 'Suporte Wish 2', 'Assistenza Wish'])
      expect(namesServiceAlone(name), name).toBe(true);
  });

  it('the shop\'s name with anything else is not: "Wish", "Wish Cash", "Wish Cash support", a help centre', () => {
    for (const name of ['Wish', 'Wish Cash', 'Wish wish', 'Central de Ajuda Wish'])
      expect(namesServiceAlone(name) || meansCustomerSupport(name), name).toBe(false);
    expect(meansCustomerSupport('Wish Cash support')).toBe(false);
    expect(meansCustomerSupport('Atendimento Wish Cash chat')).toBe(false);
  });
});

describe('a rating\'s "didn\'t help" beside its good end', () => {
  it("reads a rating's ends", () => {
    for (const name of ['👍 Útil', 'Helpful', 'Yes', 'Ja, hat geholfen', 'Ajudou', 'Χρήσιμο'])
      expect(praises(name), name).toBe(true);
    for (const name of ['👎 Não ajudou', 'Not helpful', 'Reembolsos', 'No', 'É outro assunto'])
      expect(praises(name), name).toBe(false);
    for (const name of ['👎 Não ajudou', "That didn't help me", 'Das hilft mir nicht weiter'])
      expect(saysItDidNotHelp(name), name).toBe(true);
    for (const name of ['Não preciso de ajuda', 'Not helpful', 'Ajudou', 'Didn’t help?'])
      expect(saysItDidNotHelp(name), name).toBe(false);
  });

  const start = engineStarter();
  const page = async (after: string) => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Pra você</h1></main>
      <section aria-label="Assistente Wish"><div role="log" id="log">
        <div>Oi, Larissa! Escolha um assunto:</div>
        <div role="group"><button type="button" disabled>Reembolsos</button><button type="button" disabled>Pagamentos e Pix</button></div>
        <div class="sv">Como está sendo seu atendimento? <button type="button" id="up">👍 Útil</button><button type="button" id="down">👎 Não ajudou</button></div>
        <div>Reembolsos</div>
        ${after}
      </div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'refund-missing', startAt: 'something-else' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    return marked();
  };

  it('is no "something else" while the articles are still coming (u125)', async () => {
    expect(await page('<div>Separei alguns artigos sobre <b>Reembolsos</b>:</div>')).toEqual([]);
  });

  it('the way on comes in its own words after the articles (u125)', async () => {
    expect(
      await page(`<div>Separei alguns artigos:</div><div><a href="/help/a/1">Quando o reembolso cai?</a></div>
        <div>Se não for nada disso, <a role="button" tabindex="0" id="other">é outro assunto</a> — ou <a href="/help">veja a Central de Ajuda</a>.</div>`),
    ).toEqual(['other=something-else']);
  });

  it('alone, "That didn\'t help me" is still the way on', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
      <section aria-label="Wish Assistant"><div role="log">
        <div>Here are some articles about delivery.</div>
        <div><button type="button" id="nohelp">That didn't help me</button><button type="button">Start over</button></div>
      </div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['nohelp=something-else']);
  });

  it('asked whether the articles helped, its "No, it didn\'t help" is the way on, after a moment', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
      <section aria-label="Wish Assistant"><div role="log">
        <div>Here are some articles about delivery.</div>
        <div>Did this answer your question?</div>
        <div><button type="button">Yes, thanks</button><button type="button" id="no">No, it didn't help</button></div>
      </div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    engine.evaluate();
    // The "No" is held back 1.2 s (a rating may come before its message's choices).
    for (let i = 0; i < 60 && !marked().length; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).toEqual(['no=something-else']);
  });
});
