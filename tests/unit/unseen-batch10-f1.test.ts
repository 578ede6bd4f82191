// What the tenth batch of hand-made pages (first helper's share: u71, u74, u76, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it, vi } from 'vitest';
import { accessibleName, locate } from '../../src/dom/locate';
import { bottomTabBar, findTrigger } from '../../src/dom/regions';
import { reportsIssue } from '../../src/wish/meaning';
import { shopper } from '../helpers/trusted';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { layoutOffAfterEach, withLayout } from '../helpers/layout';

// Geometry is a browser's: jsdom has none, so the bar of tabs at the bottom (found by where it
// sits) is tested with layout switched on and each element's box given by a data-box attribute
// ("left top width height"); everything else runs as jsdom does.
vi.mock('../../src/dom/visible', async (importOriginal) => {
  const { layout } = await import('../helpers/layout');
  const real = await importOriginal<typeof import('../../src/dom/visible')>();
  return { ...real, hasLayout: () => layout.on };
});
layoutOffAfterEach();

const start = engineStarter();

/** A mobile column's bar of tabs pinned to the window's bottom (768 px high in jsdom), the
 *  account the last tab, its menu kept inside the bar and shown upward on hover. */
const tabBar = (menuShown: boolean) => `
  <div data-box="0 0 1024 60" style="position:sticky" id="top"><h1>Notificações</h1>
    <button type="button">Marcar todas como lidas</button></div>
  <ul data-box="0 60 1024 600"><li>Sua solicitação de suporte foi respondida <a href="/help/requests/1">Ver resposta</a></li></ul>
  <nav aria-label="Navegação" id="nav" data-box="0 704 1024 64" style="position:fixed">
    <a href="/" data-box="0 704 200 64">Início</a><a href="/cart" data-box="200 704 200 64">Carrinho</a>
    <a href="/notifications" data-box="400 704 200 64">Avisos</a>
    <div id="pw" data-box="800 704 224 64">
      <a href="/settings" id="ptab" data-box="800 704 224 64"><span aria-hidden="true">R</span>Rafaela</a>
      <div role="menu" aria-label="Sua conta" id="pm" data-box="700 400 300 300"
        style="${menuShown ? '' : 'visibility:hidden;opacity:0'}">
        <div>Rafaela Lima</div>
        <a role="menuitem" href="/transaction">Meus pedidos</a>
        <a role="menuitem" href="/wishlist">Lista de desejos <em>21</em></a>
        <a role="menuitem" href="/wish-cash">Wish Cash</a>
        <a role="menuitem" href="/help">Central de ajuda</a>
        <button role="menuitem" type="button" id="fale">Fale com a Wish</button>
        <a role="menuitem" href="https://merchant.wish.com/ajuda">Ajuda para lojistas</a>
        <a role="menuitem" href="/settings">Configurações</a>
        <a role="menuitem" href="/logout">Sair</a>
      </div>
    </div>
  </nav>`;

describe("a bar of tabs at the bottom holding the account's closed menu (u76)", () => {
  it('is a bar of tabs: the entries of the closed menu inside it are no tabs', () => {
    document.body.innerHTML = tabBar(false);
    withLayout();
    expect(bottomTabBar(document)?.id).toBe('nav');
  });

  it('a bottom strip with more controls on show than a bar of tabs has is still none', () => {
    const many = [...Array(10).keys()].map(
      (i) => `<a href="/c/${i}" data-box="${i * 100} 704 100 64">C${i}</a>`,
    );
    document.body.innerHTML = `<div id="strip" data-box="0 704 1024 64" style="position:fixed">
      <a href="/" data-box="0 704 10 10">wish</a>${many.join('')}</div>`;
    withLayout();
    expect(bottomTabBar(document)).toBeNull();
  });

  it('the open menu, labelled as the account and naming the shopper, is not the trigger; the tab is', () => {
    // Before: the menu, "Sua conta" holding "Rafaela Lima", outscored the tab opening it.
    document.body.innerHTML = tabBar(true);
    expect(findTrigger([$('#nav')], { nameHint: 'Rafaela Lima' }).element?.id).toBe('ptab');
  });

  it('the tab stays the trigger while its menu is open, and the menu gives the support entry', async () => {
    document.body.innerHTML = tabBar(false);
    withLayout();
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      nameHint: 'Rafaela Lima',
    });
    engine.evaluate();
    await settle(() => marked().includes('ptab=account-menu'));
    expect(marked()).toEqual(['ptab=account-menu']);
    // The hover opens the menu: its eight entries now on show inside the bar.
    $('#pm').removeAttribute('style');
    $('#ptab').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    engine.evaluate();
    await settle(() => marked().includes('fale=customer-support'));
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['fale=customer-support']);
  });
});

describe('a choice with the key to press for it drawn as <kbd> (u76, one question per screen)', () => {
  const choice = (v: string, key: string, text: string) =>
    `<button type="button" id="${v}"><kbd>${key}</kbd><span>${text}</span></button>`;

  it('says its words without the key', () => {
    document.body.innerHTML = choice('x', 'D', 'Outra coisa');
    expect(accessibleName($('#x'))).toBe('Outra coisa');
    // A key alone is what the control says.
    document.body.innerHTML = `<button type="button" id="esc"><kbd>Esc</kbd></button>`;
    expect(accessibleName($('#esc'))).toBe('Esc');
  });

  it('"Outra coisa" is the way on; the specific cases, the screen arrows and the hint are not', () => {
    document.body.innerHTML = `<section role="dialog" aria-label="Fale com a Wish" id="tf">
      <button type="button" aria-label="Fechar">×</button>
      <div class="scr"><h2>Entendi. Qual destas situações é a sua?</h2>
        ${choice('a', 'A', 'Cartão recusado na compra')}${choice('b', 'B', 'Fui cobrada duas vezes')}
        ${choice('c', 'C', 'Pix não foi confirmado')}${choice('x9', 'D', 'Outra coisa')}
        <p>Toque numa opção ou pressione a letra <kbd>A</kbd>–<kbd>D</kbd></p></div>
      <div><button type="button" aria-label="Anterior">▲</button><button type="button" aria-label="Próxima">▼</button></div>
    </section>`;
    expect(locate('something-else', [$('#tf')]).element?.id).toBe('x9');
  });

  it("the agent's choice stays the agent's, not the store's nor the articles'", () => {
    document.body.innerHTML = `<section role="dialog" aria-label="Fale com a Wish" id="tf">
      <h2>Certo. Como você prefere seguir?</h2>
      ${choice('v1', 'A', 'Ver artigos da Central de ajuda')}${choice('v2', 'B', 'Mandar mensagem para a loja')}
      ${choice('v3', 'C', 'Falar com um atendente da Wish')}${choice('v4', 'D', 'Voltar ao início')}
    </section>`;
    expect(locate('contact-agent', [$('#tf')]).element?.id).toBe('v3');
  });
});

describe('the support entry worded as reporting an issue (u74 "Anliegen melden")', () => {
  it('a verb of reporting and the issue, in seven languages; not a report of something else', () => {
    for (const name of [
      'Report an issue',
      'Report a problem to Wish',
      'Anliegen melden',
      'Problem melden',
      'Signaler un problème',
      'Reportar un problema',
      'Segnala un problema',
      'Relatar um problema',
      'Αναφορά προβλήματος',
    ])
      expect(reportsIssue(name), name).toBe(true);
    for (const name of [
      'Melden',
      'Artikel melden',
      'Bewertung melden',
      'Report a bug',
      'Report this item',
      'Report a problem with this product',
      'Meine Anliegen 2',
      'Ein technisches Problem melden',
      'Problem',
    ])
      expect(reportsIssue(name), name).toBe(false);
  });

  it("is the account menu's support entry (its subtitle aside), not the help centre nor the settings", () => {
    document.body.innerHTML = `<div role="menu" aria-label="Mein Konto" id="menu">
        <div role="menuitem" tabindex="-1">Meine Bestellungen<small>1 Sendung unterwegs</small></div>
        <div role="menuitem" tabindex="-1">Wish Cash<small>3,20 € Guthaben</small></div>
        <div role="menuitem" tabindex="-1">Hilfe-Center<small>Antworten auf häufige Fragen</small></div>
        <div role="menuitem" tabindex="-1" id="cs">Anliegen melden<small>Frage oder Problem direkt an Wish</small></div>
        <div role="menuitem" tabindex="-1">Benachrichtigungen</div>
        <div role="menuitem" tabindex="-1">Abmelden</div>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });

  it("a menu's report of something else is no support entry", () => {
    document.body.innerHTML = `<div role="menu" id="menu">
        <a role="menuitem" href="/transaction">Meine Bestellungen</a>
        <button role="menuitem" type="button">Artikel melden</button>
        <button role="menuitem" type="button">Einen Fehler der Website melden</button>
        <a role="menuitem" href="/logout">Abmelden</a>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element).toBeNull();
  });
});

describe("a choice drawn as a radio inside its label: one click, one step (u71's contact form)", () => {
  const opt = (name: string, value: string, title: string, sub = '') =>
    `<label id="${value}-l"><input type="radio" id="${value}" name="${name}" value="${value}"><span>${title}${sub ? `<small>${sub}</small>` : ''}</span></label>`;

  it('the click on the label (and the click it passes to its radio) answers the topic only', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wishlist</h1></main>
      <div role="dialog" id="cs" aria-label="Contact Wish"><form id="f">
        <fieldset><legend>What is your question about?</legend>
          ${opt('topic', 'order', 'An order I placed')}${opt('topic', 'pay', 'Payments & charges')}
          ${opt('topic', 'acct', 'My account & sign-in')}${opt('topic', 'cancel', 'Cancel an item')}
        </fieldset><div id="more"></div></form></div>`;
    // As the page does: a radio chosen adds the next question under it.
    $('#f').addEventListener('change', () => {
      $('#more').innerHTML = `<fieldset><legend>Which of these fits best?</legend>
        ${opt('detail', 'declined', 'My card was declined')}${opt('detail', 'twice', 'I was charged twice')}
        ${opt('detail', 'other', 'Other', "My issue isn't listed above")}</fieldset>`;
    });
    const { engine, steps } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['pay=topic']);
    // The shopper's click on the label, then the browser's on its radio (jsdom may add its own).
    shopper.click($('#pay-l'));
    shopper.click($('#pay'));
    engine.evaluate();
    await settle(() => marked().includes('other=something-else'));
    for (let i = 0; i < 3; i++) await tick();
    // Before: the radio's click advanced once more, to the agent, and nothing was marked.
    expect(steps).not.toContain('contact-agent');
    expect(marked()).toEqual(['other=something-else']);
  });
});
