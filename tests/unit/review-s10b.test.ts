// A reviewer's pages (fresh eyes on 2a1ee06..6583b6f, the merges of f1 and f2): each page here
// shows a wrong highlight or lost reach the change brought, and asserts what the guide should
// do; each fails at 6583b6f and passes at 2a1ee06 unless said otherwise.
import { describe, expect, it } from 'vitest';
import { meansPerson } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

/** A top bar whose account opener wraps its dropdown (hidden until hovered). */
const bar = (entries: string) => `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Search">
    <div class="acc" id="me" tabindex="0" aria-haspopup="true" aria-label="Account">
      <img class="avatar" alt="" src="a.png"><span>Hi, Jess</span>
      <div class="dropdown" id="dd" role="menu" style="display:none">
        <a role="menuitem" href="/transaction">Order History</a><a role="menuitem" href="/wish-cash">Wish Cash</a>
        ${entries}<a role="menuitem" href="/logout">Log out</a></div></div>
    <a href="/cart" aria-label="Cart">🛒</a></header><main><h1>Deals</h1></main>`;

describe("wrong highlight: the account menu's site-feedback 'Report a problem' beats its Help entry (34e0102 reportsIssue)", () => {
  // Many account menus keep a bug/feedback form ("Report a problem", "Problem melden",
  // "Signaler un problème": something on the site is broken) beside the way to help. reportsIssue
  // scores it 0.8 as the way to support, above "Help" (0.8 from help words, first at 2a1ee06) or
  // a help centre (0.7, nothing marked at 2a1ee06): the shopper is sent to the bug form.
  it.each([
    ['en, "Help" beside "Report a problem"', 'Help', 'Report a problem'],
    ['en, "Help Center" beside "Report a problem"', 'Help Center', 'Report a problem'],
    ['de, "Hilfe-Center" beside "Problem melden"', 'Hilfe-Center', 'Problem melden'],
    ['fr, "Centre d\'aide" beside "Signaler un problème"', "Centre d'aide", 'Signaler un problème'],
    ['it, "Centro assistenza" beside "Segnala un problema"', 'Centro assistenza', 'Segnala un problema'],
    ['es, "Centro de ayuda" beside "Reportar un problema"', 'Centro de ayuda', 'Reportar un problema'],
  ])('%s', async (_what, help, bug) => {
    document.body.innerHTML = bar(
      `<a role="menuitem" id="help" href="/help">${help}</a><a role="menuitem" id="bug" href="/feedback?type=bug">${bug}</a>`,
    );
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', nameHint: 'Jess Nguyen' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['me=account-menu']);
    $('#dd').style.display = 'block';
    engine.evaluate();
    await settle(() => marked().some((m) => m.endsWith('=customer-support')));
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).not.toContain('bug=customer-support');
    // "Help" was found at 2a1ee06; a help centre was not (nothing marked: no harm).
    if (help === 'Help') expect(marked()).toContain('help=customer-support');
  });
});

describe('lost reach: an assistant closed by fading out still counts as open (530b9ee stillOpen)', () => {
  // Chat widgets close with a fade (opacity 0, pointer-events none) and keep their panel in the
  // page for the next open. stillOpen asks isVisible only, which counts a transparent panel as
  // shown (the change itself filters isTransparent for the tab bar): the tour stays at the
  // assistant's step, nothing marked, for good. At 2a1ee06 the account trigger came back.
  it('pt, the shopper closes the chat after "Outra questão"; the panel fades out but stays', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a><button type="button" id="me" aria-haspopup="menu">Olá, Rita</button></header>
      <main><h1>Notificações</h1></main>
      <section role="dialog" aria-label="Apoio ao cliente" id="chat"><div class="ls">
        <div id="row"><button type="button">Pagamento recusado</button><button type="button" id="else">Outra questão</button></div>
      </div></section>`;
    $('#else').addEventListener('click', () => {
      for (const b of $('#row').querySelectorAll('button')) b.disabled = true;
      $('.ls').insertAdjacentHTML(
        'afterbegin',
        '<div><button type="button">Ver artigos de ajuda</button><button type="button">Voltar ao início</button></div>',
      );
    });
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      nameHint: 'Rita Carvalho',
      startAt: 'something-else',
    });
    await settle(() => marked().includes('else=something-else'));
    shopper.click($('#else'));
    await tick();
    expect(engine.current).toBe('contact-agent');
    // The shopper closes it: the widget fades it out and keeps it for the next open.
    $('#chat').style.opacity = '0';
    $('#chat').style.pointerEvents = 'none';
    await new Promise((r) => setTimeout(r, 4500));
    $('.ls').append(document.createElement('div'));
    await settle(() => engine.current === 'account-menu');
    expect(engine.current).toBe('account-menu');
  }, 20_000);
});

describe("wrong highlight: becoming a collaborator is taken for a person to talk to (13aab9a)", () => {
  // The commit says "a collaborator to become ... stays none"; any speak verb anywhere in the name
  // makes the staff word a person. A partner/affiliate invitation ("Devenez collaborateur :
  // contactez-nous") in a dialog beside the assistant, or in its answer, is then "talk to a
  // person". At 2a1ee06 these scored 0.
  it.each([
    'Devenir collaborateur : contactez-nous',
    'Diventa collaboratore: contattaci',
    'Conviértete en colaborador: escríbenos',
    'Torne-se colaborador: fale conosco',
  ])('%s', (name) => {
    expect(meansPerson(name)).toBe(0);
  });
});
