// What the twelfth batch of hand-made pages (this helper's share: u102, u105, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it, vi } from 'vitest';
import { locate, loneTextField } from '../../src/dom/locate';
import { sideColumn } from '../../src/dom/regions';
import { clippedAway } from '../../src/dom/visible';
import { headsOtherThanOrder } from '../../src/wish/meaning';
import { findOrderHelp } from '../../src/dom/order-help';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { layoutOffAfterEach, withLayout } from '../helpers/layout';

// Geometry is a browser's: jsdom has none, so the side column (found by where it sits) is tested
// with layout switched on and each element's box given by a data-box attribute ("left top width
// height"); the window is 1024 × 768 in jsdom.
vi.mock('../../src/dom/visible', async (importOriginal) => {
  const { layout } = await import('../helpers/layout');
  const real = await importOriginal<typeof import('../../src/dom/visible')>();
  const hasLayout = () => layout.on;
  // clippedAway reads hasLayout inside its own module: with layout on, it runs as in a browser.
  const clippedAway = (el: Element) => {
    if (!layout.on) return false;
    const agent = vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Chrome');
    try {
      return real.clippedAway(el);
    } finally {
      agent.mockRestore();
    }
  };
  return { ...real, hasLayout, clippedAway };
});

const start = engineStarter();

layoutOffAfterEach();

/** An app-like page: a top bar with only the logo and a search, a column at the left holding
 *  the account block (signed out: "Anmelden"; signed in: a greeting), the feed beside it. */
const app = (account: string, column = 'aside', extra = '') => `
  <div id="shell" data-box="0 0 1024 768">
    <div role="banner" id="bar" data-box="0 0 1024 56"><a href="/" data-box="0 0 200 56">wish</a>
      <form role="search"><input type="search" aria-label="Suche"></form></div>
    <${column} id="side" data-box="0 56 248 712" ${extra}>
      <div id="acct" data-box="0 56 248 120">${account}</div>
      <nav><a href="/" id="home" data-box="0 180 248 30">Entdecken</a><a href="/help">Hilfe &amp; Kundenservice</a></nav>
    </${column}>
    <main id="feed" data-box="248 56 776 712"><h2>Beliebt</h2>
      <div><p>Schon Kunde?</p><button type="button" id="banner">Jetzt anmelden</button></div>
      <a href="/product/1">Notizbuch „Mein Konto“</a></main>
  </div>`;

const signedOut = `<p>Melde dich an, um Bestellungen zu sehen.</p>
  <button type="button" id="signin" data-box="14 80 220 36">Anmelden</button>
  <button type="button" data-box="14 120 220 36">Konto erstellen</button>`;

const signedIn = (open: boolean) => `
  <div id="trig" tabindex="0" aria-haspopup="true" aria-controls="panel" data-box="14 70 220 50">
    <span role="img" aria-label="Profilbild"></span><span><span>Hallo, Jonas</span><small>Mein Konto</small></span></div>
  <div id="panel" role="region" aria-label="Mein Konto" style="overflow-x:hidden;overflow-y:hidden" data-box="0 120 248 ${open ? 300 : 0}">
    <ul><li><button type="button" data-box="10 ${open ? 130 : 125} 228 30">Meine Bestellungen</button></li>
    <li><button type="button" data-box="10 ${open ? 170 : 160} 228 30">Hilfe-Center</button></li>
    <li><button type="button" id="kd" data-box="10 ${open ? 210 : 195} 228 30">Kundendienst</button></li>
    <li><button type="button" data-box="10 ${open ? 250 : 230} 228 30">Abmelden</button></li></ul></div>`;

describe('the account in a column down the left beside a bar with only the logo and the search (u102)', () => {
  it("is the site's column: signing in there is the first step, not the feed's banner", async () => {
    document.body.innerHTML = app(signedOut);
    withLayout();
    expect(sideColumn(document, [document.getElementById('bar')!])?.id).toBe('side');
    start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Jonas Becker' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['signin=sign-in']);
  });

  it('signed in, the block greeting the shopper is the trigger', async () => {
    document.body.innerHTML = app(signedIn(false));
    withLayout();
    start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Jonas Becker' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['trig=account-menu']);
  });

  it("a column's account link that greets no one is no trigger (a page of settings)", async () => {
    document.body.innerHTML = app(`<a href="/settings" id="acc" data-box="14 70 220 40">Mein Konto</a>`);
    withLayout();
    start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Jonas Becker' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it('a column inside the page content, or without the way home, or not beside the bar, is none', () => {
    // In the main content (a column of filters on a category page).
    document.body.innerHTML = `
      <div role="banner" id="bar" data-box="0 0 1024 56"><a href="/">wish</a></div>
      <main data-box="0 56 1024 712"><aside id="filters" data-box="0 56 248 712">
        <a href="/" data-box="0 60 100 20">Alle</a><button type="button" data-box="0 90 100 30">Anmelden</button></aside></main>`;
    withLayout();
    expect(sideColumn(document, [document.getElementById('bar')!])).toBeNull();
    // No link home nor logo: a column of something else.
    document.body.innerHTML = app(signedOut).replace(/href="\/" id="home"/, 'href="/deals" id="home"');
    expect(sideColumn(document, [document.getElementById('bar')!])).toBeNull();
    // Not pinned and in another part than the bar (a wrapper of the page's own).
    document.body.innerHTML = `
      <div role="banner" id="bar" data-box="0 0 1024 56"><a href="/">wish</a></div>
      <div data-box="0 56 1024 712"><div id="col" data-box="0 56 248 712"><a href="/" data-box="0 60 100 20">Start</a>
        <button type="button" data-box="0 90 100 30">Anmelden</button></div></div>`;
    expect(sideColumn(document, [document.getElementById('bar')!])).toBeNull();
  });

  it('a chat docked at the left (a box to type in) is no column of the site', async () => {
    document.body.innerHTML = app(signedOut, 'aside', '').replace(
      '<nav>',
      '<textarea aria-label="Nachricht"></textarea><nav>',
    );
    withLayout();
    expect(sideColumn(document, [document.getElementById('bar')!])).toBeNull();
    start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Jonas Becker' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it('the entries of a panel collapsed to no height are not on show: the hover comes first', async () => {
    document.body.innerHTML = app(signedIn(false));
    withLayout();
    expect(clippedAway(document.getElementById('kd')!)).toBe(true);
    start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Jonas Becker' });
    await settle(() => marked().length > 0);
    for (let i = 0; i < 4; i++) await tick();
    expect(marked()).toEqual(['trig=account-menu']);
  });

  it('what escapes the clip (positioned above the clipping part) stays on show', () => {
    document.body.innerHTML = `<div id="clip" style="overflow-x:hidden;overflow-y:hidden" data-box="0 0 300 0">
      <div id="pop" style="position:fixed" data-box="0 10 200 30">Kundendienst</div></div>`;
    withLayout();
    expect(clippedAway(document.getElementById('pop')!)).toBe(false);
  });
});

/** The assistant's pair of cards, each with the same generic button. */
const cards = (first: string, second: string) => `
  <header><a href="/">wish</a></header><main><h1>Wish Assistent</h1>
  <section aria-label="Unterhaltung mit dem Wish Assistenten" id="bot"><div role="log">
    <div>Schade. So kann es weitergehen:</div>
    <div>${first}${second}</div></div></section></main>`;
const card = (id: string, title: string, line: string, go: string) =>
  `<section><h3>${title}</h3><p>${line}</p><button type="button" id="${id}">${go}</button></section>`;

describe("two cards both 'Chat starten' / 'Iniciar conversa': the one whose line names a person of our team (u102, u105)", () => {
  it("a partner's card beside Wish's team's: the team's button", async () => {
    document.body.innerHTML = cards(
      card(
        'kl',
        'Frage zur Ratenzahlung mit Klarna?',
        'Der Klarna-Kundenservice hilft bei Raten und Rechnungen.',
        'Chat starten',
      ),
      card(
        'ag',
        'Immer noch nicht gelöst?',
        'Schreib direkt einer Person aus unserem Team. Antwort meist innerhalb von 24 Stunden.',
        'Chat starten',
      ),
    );
    start({ route: 'account-menu', problem: 'payment-declined', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['ag=contact-agent']);
  });

  it("a seller's card beside Wish's team's (Portuguese): the team's button", () => {
    document.body.innerHTML = cards(
      card(
        'sel',
        'Falar com o vendedor',
        'Pergunte diretamente a <bdi lang="ar">متجر النور</bdi> sobre o envio.',
        'Iniciar conversa',
      ),
      card(
        'ag',
        'Ainda precisa de ajuda?',
        'Uma pessoa da equipa de apoio da Wish analisa o seu caso.',
        'Iniciar conversa',
      ),
    );
    expect(locate('contact-agent', [document.getElementById('bot')!]).element?.id).toBe('ag');
  });

  it("a person of a partner's or a seller's team, or a person without saying whose, is none", () => {
    for (const [title, line] of [
      ['Frage zu Klarna?', 'Schreib einer Person aus dem Klarna-Team.'],
      ['Falar com a loja', 'Uma pessoa da nossa loja responde em 24 horas.'],
      ['Noch Fragen?', 'Eine Person hilft dir weiter.'],
    ]) {
      document.body.innerHTML = cards(card('x', title!, line!, 'Chat starten'), '');
      expect(locate('contact-agent', [document.getElementById('bot')!]).element, line).toBeNull();
    }
  });

  it('two cards both naming a person of our team: a tie, nothing', () => {
    document.body.innerHTML = cards(
      card('a', 'Noch Fragen?', 'Schreib einer Person aus unserem Team.', 'Chat starten'),
      card('b', 'Immer noch nicht gelöst?', 'Eine Person aus unserem Team hilft dir.', 'Chat starten'),
    );
    expect(locate('contact-agent', [document.getElementById('bot')!]).element).toBeNull();
  });
});

describe("a search form beside the assistant's conversation is no message box (u102)", () => {
  it("the assistant's page's only field, in a search form, is not taken for the box", () => {
    document.body.innerHTML = `<div id="page"><div role="log"><div>Ich verbinde dich mit unserem Team.</div></div>
      <aside><form><input type="text" id="q" aria-label="Hilfe-Artikel durchsuchen"><button type="submit">→</button></form></aside>
      <aside><form><input type="text" id="q2" placeholder="z. B. Rückerstattung"><button type="submit" aria-label="Suchen">→</button></form></aside></div>`;
    document.getElementById('q2')!.closest('aside')!.remove();
    expect(loneTextField([document.getElementById('page')!], () => false)).toBeNull();
    // Named only by its form's one button ("Suchen").
    document.body.innerHTML = `<div id="page"><div role="log"><div>Ich verbinde dich.</div></div>
      <form><input type="text" id="q2" placeholder="z. B. Rückerstattung"><button type="submit" aria-label="Suchen">→</button></form></div>`;
    expect(loneTextField([document.getElementById('page')!], () => false)).toBeNull();
    // A chat's own box beside its Send, alone, still is the box.
    document.body.innerHTML = `<div id="page"><div role="log"><div>Ich verbinde dich.</div></div>
      <div><input type="text" id="msg" placeholder="Nachricht schreiben …"><button type="button" title="Senden">→</button></div></div>`;
    expect(loneTextField([document.getElementById('page')!], () => false)?.id).toBe('msg');
  });

  it('a field "Hilfe-Artikel durchsuchen" with an arrow, before the composer shows, is not marked', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main>
      <div id="page"><h1>Wish Assistent</h1>
      <section aria-label="Unterhaltung mit dem Wish Assistenten"><div role="log">
        <div>Alles klar, ich verbinde dich mit unserem Team.</div></div></section>
      <aside><h2>Hilfe-Artikel durchsuchen</h2><form><input type="text" id="q" placeholder="z. B. Rückerstattung"
        aria-label="Hilfe-Artikel durchsuchen"><button type="submit" title="Suchen">→</button></form></aside></div></main>`;
    start({ route: 'account-menu', problem: 'payment-declined', startAt: 'message' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });
});

describe("an order's page: the purchase's other orders under 'Also in this purchase' (u105)", () => {
  it('the heading says so, in every language; a question or a heading about this order does not', () => {
    for (const h of [
      'Também nesta compra',
      'Also in this purchase',
      'Also in this order',
      'Auch in dieser Bestellung',
      'Anche in questo ordine',
      'Aussi dans cette commande',
      'Également dans cette commande',
      'También en esta compra',
      'Επίσης σε αυτή την παραγγελία',
    ])
      expect(headsOtherThanOrder(h), h).toBe(true);
    for (const h of [
      'Also need help with this order?',
      'O que pretende fazer?',
      'Detalhes da encomenda',
      'Também',
    ])
      expect(headsOtherThanOrder(h), h).toBe(false);
  });

  it("the order's own 'Obter ajuda', not a sibling order's", () => {
    const number = '65e8b4c2d1f0a9e8b7c6d5e4';
    document.body.innerHTML = `<header><a href="/">wish</a></header><div>
      <section><h2>Encomenda</h2><dl><dt>N.º da encomenda</dt><dd><bdi>${number}</bdi></dd></dl></section>
      <aside><section><h2>O que pretende fazer?</h2><div>
        <button type="button">Contactar o vendedor</button><button type="button" id="own">🛟 Obter ajuda</button></div></section>
      <section><h2>Também nesta compra</h2>
        <div><div>Capa de silicone<br><small>Entregue</small></div><button type="button" id="s1">Obter ajuda</button></div>
        <div><div>Cabo USB-C<br><small>Atrasada</small></div><button type="button" id="s2">Obter ajuda</button></div></section></aside></div>`;
    expect(findOrderHelp(document, number, [document.body], () => false, [])?.id).toBe('own');
    // Without its own, a sibling's is never taken.
    document.getElementById('own')!.remove();
    expect(findOrderHelp(document, number, [document.body], () => false, [])).toBeNull();
  });
});
