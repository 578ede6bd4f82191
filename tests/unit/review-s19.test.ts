// Fresh-eyes review of the s19 changes (343e1d2..c5d5316): realistic Wish-like inputs on which a
// new rule (a one-tap "Continue as …" read as the sign-in, an order's popup tied to its card by
// ARIA searched for its help, a menu item and "get help … with this order" as the order's help,
// the route switched to the order's help after signing in) makes the guide worse than before, or
// is wrong in some language. Each test states what a correct guide does, so it fails on the
// reviewed code. Where a test says "At 343e1d2: …" it was run with src at 343e1d2 (before the
// rules): those pass there and are the session's regressions; the ones marked "old gap" fail
// there too.
import { describe, expect, it } from 'vitest';
import { engineStarter, marked, markedOn, settle, tick } from '../helpers/guide-page';

const start = engineStarter();
const N1 = '6acd2548e1f3a5c7b9d0f2a4'; // the tour's order
const N2 = '6acd2548e1f3a5c7b9d0f2b7'; // another order of the shopper's
const bar = `<header><a href="/">wish</a><input type="search" aria-label="Search"></header>`;
const order = { route: 'order', problem: 'never-delivered', orderNumber: N1 } as const;

/** An order row: its number, its item, then its controls. */
const row = (n: string, controls: string) => `<article class="row"><div>Order ${n}</div>
  <div>Running shoes · 24,90 € · In transit</div>${controls}</article>`;

describe("a popup shared by every order's row is not the tour's order's", () => {
  // ownedPopups ties a popup to the card when a control of the card names it (aria-controls) or
  // the popup names a control of the card (aria-labelledby). A list often draws ONE menu, or one
  // tracking drawer, for all its rows: every row's "⋮" or "Track" names the same id, and the
  // popup shows whichever row opened it. Open for another order (aria-expanded on that row's
  // button only, or, as in MUI's list-menu example copied into a row, all rows' buttons with the
  // same aria-controls, id and aria-expanded while it is open), its "Get help with this order"
  // is marked as the tour's order's help: a wrong highlight, the other order's help. A popup
  // tied to several rows, or opened by another row, says nothing about this one. At 343e1d2:
  // nothing marked in each (regression). (LIKELY: one shared menu or drawer is the common way
  // to draw row actions, and MUI's example sets aria-controls from one global "open" flag.)
  const menu = `<div id="order-menu" role="menu" aria-labelledby="order-actions">
      <button role="menuitem" type="button">View order details</button>
      <button role="menuitem" type="button" id="help">Get help with this order</button>
      <button role="menuitem" type="button">Hide from list</button></div>`;
  const kebab = (id: string, expanded: boolean) =>
    `<button type="button" id="${id}" aria-label="More options" aria-haspopup="menu" aria-controls="order-menu" aria-expanded="${expanded}">⋮</button>`;
  const pages: Record<string, string> = {
    "one menu, opened by the other order's ⋮": `${bar}<main><h1>Your orders</h1>
      ${row(N2, '<button type="button">Track parcel</button>' + kebab('kb-0', true))}
      ${row(N1, '<button type="button">Track parcel</button>' + kebab('kb-1', false))}</main>${menu}`,
    "one menu, every row's ⋮ alike (MUI's list menu)": `${bar}<main><h1>Your orders</h1>
      ${row(N2, '<button type="button">Track parcel</button>' + kebab('order-actions', true))}
      ${row(N1, '<button type="button">Track parcel</button>' + kebab('order-actions', true))}</main>${menu}`,
    "one tracking drawer, opened by the other order's Track": `${bar}<main><h1>Your orders</h1>
      ${row(N2, '<button type="button" aria-controls="trk" aria-expanded="true">Track parcel</button>')}
      ${row(N1, '<button type="button" aria-controls="trk" aria-expanded="false">Track parcel</button>')}</main>
      <aside id="trk" aria-label="Tracking"><h2>Tracking LP00123456789CN</h2>
        <ol><li>Departed origin country</li><li>Arrived at sorting centre</li></ol>
        <button type="button" id="help">Get help with this order</button></aside>`,
  };

  it.each(Object.keys(pages))('%s: nothing is marked as the order’s help', async (kind) => {
    const got = await markedOn(start, pages[kind]!, order, 5);
    expect(got).toEqual([]);
  });

  // The same page reached after signing in on the account route: the route switches to the
  // order's way on the other order's drawer (stored for the rest of the tour) and marks its
  // help, where the account trigger was the step. At 343e1d2: the trigger marked (regression).
  it('after signing in, another order’s open drawer does not switch the tour to the order route', async () => {
    const signedOut = `<header><a href="/">wish</a><button type="button" id="login">Log in</button></header>
      <main><h1>Sign in to see your orders</h1></main>`;
    document.body.innerHTML = signedOut;
    const run = start({ route: 'account-menu', problem: 'never-delivered', orderNumber: N1 });
    run.engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['login=sign-in']);
    document.body.innerHTML = `<header><a href="/">wish</a>
        <button type="button" id="acct" aria-haspopup="menu" aria-label="Account menu">OB</button></header>
      <main><h1>Your orders</h1>
      ${row(N2, '<button type="button" aria-controls="trk" aria-expanded="true">Track parcel</button>')}
      ${row(N1, '<button type="button" aria-controls="trk" aria-expanded="false">Track parcel</button>')}</main>
      <aside id="trk" aria-label="Tracking"><h2>Tracking LP00123456789CN</h2>
        <ol><li>Departed origin country</li></ol>
        <button type="button" id="help">Get help with this order</button></aside>`;
    await settle(() => marked().length > 0 && !marked().some((m) => m.endsWith('=sign-in')));
    for (let i = 0; i < 3; i++) {
      await tick();
      run.engine.evaluate();
    }
    expect(run.routes).toEqual([]);
    expect(marked()).toEqual(['acct=account-menu']);
  });
});

describe('"need help with this order?" opening the card\'s help does not tie with the help it shows', () => {
  // A card's help drawn as a disclosure: "Need help with this order?" (aria-expanded) opens a
  // short answer and the card's "Contact support". Open, the way on is "Contact support". The
  // new ABOUT_THE_ORDER reading gives "Need help?" + "with this order" the family's whole score,
  // the same as "Contact support": a tie, nothing marked, a step found before lost. At
  // 343e1d2: 'cs=get-help' in each (regression). (LIKELY: an expandable "Need help with this
  // order?" is a common card section, most of all on mobile layouts.)
  it.each([
    ['en', 'Need help with this order?', 'Contact support'],
    ['es', '¿Necesitas ayuda con este pedido?', 'Contactar con soporte'],
    ['de', 'Brauchst du Hilfe zu dieser Bestellung?', 'Support kontaktieren'],
  ])('%s: "%s" open; "%s" is the step', async (_lang, question, contact) => {
    const body = `${bar}<main><h1>Your orders</h1>
      ${row(N2, '<button type="button">Track parcel</button>')}
      ${row(
        N1,
        `<button type="button">Track parcel</button>
        <div class="faq"><button type="button" id="disc" aria-expanded="true" aria-controls="faq-1">${question}</button>
          <div id="faq-1"><p>Most parcels arrive within 2–4 weeks.</p><button type="button" id="cs">${contact}</button></div></div>`,
      )}</main>`;
    const got = await markedOn(start, body, order, 5);
    expect(got).toEqual(['cs=get-help']);
  });
});

describe("an order's own ⋮ menu open inside its row does not tie with the row's Get help", () => {
  // The row shows "Get help" and its "⋮" menu, drawn inside the row, is open (the shopper looked
  // in it, or the page opened it on arrival as in u174) with "Get help with this order" among
  // its items. Menu items now count and the item now scores as "Get help": the two tie and
  // nothing is marked, where the row's button was. Either is the order's help: a correct guide
  // marks one. At 343e1d2: 'gh=get-help' (regression). (POSSIBLE: a row that shows its help
  // rarely repeats it in its menu.)
  it('en: one of the two is marked', async () => {
    const body = `${bar}<main><h1>Your orders</h1>
      ${row(
        N1,
        `<button type="button">Track parcel</button><button type="button" id="gh">Get help</button>
        <div class="kebab"><button type="button" aria-label="More options" aria-haspopup="menu" aria-expanded="true">⋮</button>
          <div role="menu"><button role="menuitem" type="button">View order details</button>
            <button role="menuitem" type="button" id="mi">Get help with this order</button>
            <button role="menuitem" type="button">Hide from list</button></div></div>`,
      )}</main>`;
    const got = await markedOn(start, body, order, 5);
    expect(got.length).toBe(1);
    expect(['gh=get-help', 'mi=get-help']).toContain(got[0]);
  });
});

describe('signing in as someone else is no sign-in on a signed-in bar', () => {
  // A signed-in bar: the account button greets the shopper, and beside it "Not you? Sign in as a
  // different user" (the account menu is built on hover, so no "Log out" is in the page yet).
  // signsInAs reads any "Sign in as …" as the sign-in: the guide asks the signed-in shopper to
  // sign in and marks the switch link, a wrong highlight that ends the tour's way (its click
  // signs the shopper out). At 343e1d2: 'acct=account-menu' in each (regression). (POSSIBLE:
  // a "Not you?" switch beside a remembered name.)
  it.each([
    ['en', 'Hi, Olivia ▾', 'Not you?', 'Sign in as a different user', 'Olivia Bennett'],
    ['es', 'Hola, Ana ▾', '¿No eres tú?', 'Iniciar sesión como otro usuario', 'Ana Costa'],
    ['it', 'Ciao, Marco ▾', 'Non sei tu?', 'Accedi come un altro utente', 'Marco Ferri'],
  ])('%s: "%s" is the trigger, "%s %s" no sign-in', async (_lang, greeting, notYou, other, nameHint) => {
    const body = `<header><a href="/">wish</a><input type="search" aria-label="Search">
        <button type="button" id="acct" aria-haspopup="menu">${greeting}</button>
        <small>${notYou} <a href="/login?switch=1" id="sw">${other}</a></small>
        <button type="button" aria-label="Cart, 2 items">🛒</button></header>
      <main><h1>Home</h1><p>Deals for you</p></main>`;
    const got = await markedOn(
      start,
      body,
      { route: 'account-menu', problem: 'never-delivered', nameHint },
      5,
    );
    expect(got).toEqual(['acct=account-menu']);
  });
});

describe('going on as a visitor is no sign-in (pt, it)', () => {
  // A sign-in form open over the page, its submit a plain "Continuar" (two-step: e-mail, then
  // password), beside it the shop's guest way: "Continuar como visitante" (Brazil's usual word
  // for a guest), "Continua come utente ospite". GUEST has no "visitante", and takes "ospite"
  // only as the name's first word: the guest button is read as a one-tap sign-in and marked, and pressing it
  // goes on signed out. A correct guide marks nothing here (the form's own submit has no
  // sign-in word) rather than the guest way. At 343e1d2: nothing marked (regression). (POSSIBLE
  // to LIKELY for pt-BR sign-in forms.)
  it.each([
    ['pt', 'Entrar', 'Acesse sua conta', 'E-mail', 'Senha', 'Continuar', 'Continuar como visitante'],
    [
      'it',
      'Accedi',
      'Accedi al tuo account',
      'E-mail',
      'Password',
      'Continua',
      'Continua come utente ospite',
    ],
  ])(
    '%s: bar\'s "%s", form "%s": the guest way is never the sign-in',
    async (_lang, login, title, mail, password, submit, guest) => {
      const body = `<header><a href="/">wish</a><button type="button" id="login">${login}</button></header>
      <main><h1>…</h1></main>
      <div role="dialog" aria-modal="true" aria-label="${title}"><h2>${title}</h2>
        <form><label>${mail} <input type="email"></label><label>${password} <input type="password"></label>
          <button type="submit" id="sub">${submit}</button></form>
        <button type="button" id="guest">${guest}</button></div>`;
      const got = await markedOn(start, body, { route: 'account-menu', problem: 'never-delivered' }, 5);
      expect(got).not.toContain('guest=sign-in');
    },
  );
});

describe('a French one-tap sign-in with its name elided ("qu’Emma") is the sign-in', () => {
  // French elides "que" before a vowel: "Continuer en tant qu’Emma", "Se connecter en tant
  // qu’Inès". signsInAs looks for "continuer en tant que " and misses it, so the chip of the
  // signed-out bar, showing the shopper's initials, is hovered as the account trigger: the very
  // u173 wrong highlight, in French for every name starting with a vowel. Old gap: at 343e1d2
  // the chip is marked as the trigger too. (POSSIBLE: a template may write "que Emma".)
  it('fr: "Continuer en tant qu’Emma" is marked as the sign-in, the chip never as the account', async () => {
    const body = `<div class="top" role="banner"><a href="/" aria-label="Wish">wish</a>
        <input type="search" aria-label="Rechercher">
        <div class="tools"><a href="https://cs-help.wish.com/hc">Aide</a>
          <div class="chip" role="group" aria-label="Bon retour" id="chip">
            <span class="ini" aria-hidden="true">EL</span>
            <button type="button" id="go">Continuer en tant qu’Emma<small>emma.laurent@orange.fr</small></button>
            <button type="button" id="notyou">Ce n’est pas vous ?</button></div>
          <button type="button" aria-label="Panier, 0 article">🛒</button></div></div>
      <main><h1>Vos favoris</h1><p>Connectez-vous pour voir vos articles.</p></main>`;
    const got = await markedOn(
      start,
      body,
      { route: 'account-menu', problem: 'never-delivered', nameHint: 'Emma Laurent' },
      5,
    );
    expect(got).toEqual(['go=sign-in']);
  });
});
