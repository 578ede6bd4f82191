// What the sixteenth batch of hand-made pages (this fixer's share: u133, u136, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { meansPerson } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe('an account menu rendered by another app in a same-origin frame under the trigger (u133)', () => {
  /** A bar whose round photo shows, on hover, a frame holding the account's menu; a click in
   *  the frame opens the assistant. */
  const page = () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><input type="search">
        <a href="/cart" aria-label="Cesto">🛒</a>
        <div id="hold"><button type="button" id="me" aria-haspopup="true"><img alt="Rui Almeida" src="data:,"></button>
          <div id="panel" hidden><iframe id="mf" title="Menu"></iframe></div></div></header>
      <main><h1>Loja</h1><p>Produtos</p></main>`;
    const menu = $<HTMLIFrameElement>('#mf').contentDocument!;
    menu.body.innerHTML = `<div><b>Rui Almeida</b><small>rui@example.pt</small></div><ul role="menu">
        <li><a role="menuitem" href="/transaction">As minhas encomendas</a></li>
        <li><a role="menuitem" href="/settings">Definições da conta</a></li>
        <li><a role="menuitem" href="/help">Centro de Ajuda<small>Perguntas frequentes</small></a></li>
        <li><a role="menuitem" href="#" id="cs">Apoio ao Cliente<small>Falar com o assistente</small></a></li>
        <li><a role="menuitem" href="/logout">Terminar sessão</a></li></ul>`;
    // As the page does: the frame's click tells the page, which closes the menu and opens the chat.
    menu.querySelector('#cs')!.addEventListener('click', (e) => {
      e.preventDefault();
      $('#panel').hidden = true;
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div role="dialog" aria-label="Assistente Wish"><div role="log"><p>Olá! Em que posso ajudar?</p>
          <button type="button" id="t1">Encomendas e entregas</button><button type="button">A minha conta</button></div></div>`,
      );
    });
    return menu;
  };

  it('the entry in the frame is the step, and its click is heard there', async () => {
    const menu = page();
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', nameHint: 'Rui Almeida' });
    engine.evaluate();
    await settle(() => marked().includes('me=account-menu'));
    expect(marked()).toEqual(['me=account-menu']);
    // The shopper hovers the photo: the frame shows.
    $('#panel').hidden = false;
    await settle(() => !!menu.querySelector('[data-wsg-step]'));
    engine.evaluate();
    expect(menu.querySelector('[data-wsg-step]')?.id).toBe('cs');
    shopper.click(menu.querySelector('#cs')!);
    await settle(() => marked().includes('t1=topic'));
    expect(engine.current).toBe('topic');
  });

  it('a frame with no account entries under the trigger is no menu', async () => {
    const menu = page();
    menu.body.innerHTML = `<ul><li><a href="/help">Centro de Ajuda</a></li><li><a href="#" id="cs">Apoio ao Cliente</a></li></ul>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', nameHint: 'Rui Almeida' });
    engine.evaluate();
    $('#panel').hidden = false;
    for (let i = 0; i < 4; i++) await tick();
    engine.evaluate();
    expect(menu.querySelector('[data-wsg-step]')).toBeNull();
  });
});

describe('a talk offered with an aside in brackets (u133)', () => {
  it('where or when in brackets leaves the offer as short as without it', () => {
    expect(meansPerson('Opção 2: Conversar por escrito com a equipa (aqui no chat)')).toBeGreaterThan(0);
    expect(meansPerson('Mit unserem Team schreiben (hier im Chat, Mo–Fr)')).toBeGreaterThan(0);
    // The aside does not make a callback, an e-mail or a carrier's agent a person of Wish's.
    expect(meansPerson('Opção 1: Ligamos-lhe de volta (dias úteis, 9h–18h)')).toBe(0);
    expect(meansPerson('Receber a resposta por e-mail (em 48 horas)')).toBe(0);
    expect(meansPerson('Conversar por escrito com a equipa da transportadora (aqui no chat)')).toBe(0);
  });

  it('digit buttons named "Opção n: …": the one offering the team', () => {
    const digit = (n: number, label: string, id = '') =>
      `<button type="button"${id ? ` id="${id}"` : ''} aria-label="Opção ${n}: ${label}">${n}</button>`;
    document.body.innerHTML = `<div role="log" id="log"><ol><li>Ligamos-lhe de volta (dias úteis)</li>
        <li>Conversar por escrito com a equipa (aqui no chat)</li><li>Receber a resposta por e-mail</li></ol>
        <div role="group">${digit(1, 'Ligamos-lhe de volta (dias úteis, 9h–18h)')}${digit(2, 'Conversar por escrito com a equipa (aqui no chat)', 'team')}${digit(3, 'Receber a resposta por e-mail')}</div></div>`;
    expect(locate('contact-agent', [$('#log')]).element?.id).toBe('team');
  });
});

describe('case cards with a bold title, a line and the same "Seleziona" each (u136)', () => {
  const card = (id: string, title: string, line: string, tag = 'b') =>
    `<div class="gc"><${tag}>${title}</${tag}><small>${line}</small><button type="button" id="${id}">Seleziona</button></div>`;

  it('the card titled "none of these" is something else', () => {
    document.body.innerHTML = `<div role="log" id="log"><p>Il tuo caso è uno di questi?</p><div class="grid">
        ${card('wait', 'Rimborso emesso da poco', 'Le banche impiegano qualche giorno.')}
        ${card('part', 'Rimborso parziale', 'Perché solo una parte?')}
        ${card('else', 'Nessuno di questi', 'Il mio problema è un altro.')}</div></div>`;
    expect(locate('something-else', [$('#log')]).element?.id).toBe('else');
  });

  it('a title in plain weight, or with no line under it, names nothing', () => {
    document.body.innerHTML = `<div role="log" id="log"><div class="grid">
        ${card('part', 'Rimborso parziale', 'Perché solo una parte?', 'span')}
        ${card('else', 'Nessuno di questi', 'Il mio problema è un altro.', 'span')}</div></div>`;
    expect(locate('something-else', [$('#log')]).element).toBeNull();
    document.body.innerHTML = `<div role="log" id="log"><div class="grid">
        <div><b>Rimborso parziale</b><button type="button">Seleziona</button></div>
        <div><b>Nessuno di questi</b><button type="button" id="else">Seleziona</button></div></div></div>`;
    expect(locate('something-else', [$('#log')]).element).toBeNull();
  });
});

describe('"didn\'t help" in a row that offers another way too (u55, since the rating rule of u125)', () => {
  const page = async (row: string) => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Shop</h1></main>
      <section aria-label="Wish Hilfe"><div role="log">
        <div>Diese Artikel helfen oft weiter:</div><div><a href="/help/articles/1">Warum wurde meine Karte abgelehnt?</a></div>
        <div>${row}</div></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      startAt: 'something-else',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    return marked();
  };
  const b = (label: string, id = '') => `<button type="button"${id ? ` id="${id}"` : ''}>${label}</button>`;

  it('beside "that helped" and "back to the overview", it is the way on', async () => {
    expect(
      await page(
        b('Das hat geholfen, danke') + b('Das hilft mir nicht weiter', 'no') + b('Zurück zur Übersicht'),
      ),
    ).toEqual(['no=something-else']);
  });

  it("beside the rating's good end alone, it is still a rating's", async () => {
    expect(await page(b('👍 Hat geholfen') + b('👎 Hat nicht geholfen', 'no'))).toEqual([]);
  });
});
