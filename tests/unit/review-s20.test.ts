// Fresh-eyes review of the s20 changes (c5d5316..b306c32): realistic Wish-like inputs on which a
// new rule makes the guide worse than before, or is wrong in some language. Each test states
// what a correct guide does, so it fails on the reviewed code. Where a test says "At c5d5316:
// …" it was run with src at c5d5316 (before the rules): those pass there and are the session's
// regressions.
import { describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';

const start = engineStarter();
const account = { route: 'account-menu', problem: 'never-delivered' } as const;
/** The shopper's own trigger: their initials, the account menu shown on hover (no ARIA). */
const initials = `<div class="hdr-user"><button type="button" id="acct">OB</button></div>`;

describe('a name with an initial in the top bar that is someone else’s', () => {
  // 446546d: a "Given I." text anywhere in the bar (outside a place label or a picker holder)
  // scores 4, as sure as the account's own words. A header's announcement strip often shows
  // social proof: a rotating "Maria S. just bought …" ticker (the buyer's name in a span of its
  // own, or a link to the buyer's public profile). The shopper's own trigger (initials opening
  // a hover menu, 3) is then beaten by a stranger's name, marked as the account: a wrong
  // highlight (clicking it does nothing, or opens a stranger's profile). A correct guide marks
  // the shopper's initials, or nothing. At c5d5316: nothing marked (regression: no highlight
  // there, a wrong one now). (LIKELY: social-proof tickers are common shop widgets and are
  // often put in the header's announcement strip; buyers are shown as "Given I.")
  it.each([
    [
      'en',
      'a "just bought" ticker',
      `<div class="ticker"><span id="who">Maria S.</span> <span>just bought</span> <a href="/product/5f1e">LED desk lamp</a></div>`,
    ],
    [
      'es',
      'a "acaba de comprar" ticker, the buyer a link to her public profile',
      `<div class="social-proof"><a href="/u/5d8c1f" id="who">Lucía M.</a> <span>acaba de comprar</span> <span>Lámpara LED de escritorio</span></div>`,
    ],
  ])('%s, %s: the initials are the trigger, never the stranger', async (_lang, _kind, strip) => {
    const body = `<header>${strip}<a href="/">wish</a><input type="search" aria-label="Search">
        ${initials}<button type="button" aria-label="Cart, 2 items">🛒</button></header>
      <main><h1>Home</h1><p>Deals for you</p></main>`;
    const got = await markedOn(start, body, account, 5);
    // Nothing at all is no wrong highlight (the guide then asks the shopper to hover their name).
    expect(got.filter((m) => m !== 'acct=account-menu')).toEqual([]);
  });
});

describe('a delivery chip showing the recipient “Maria S.” and a postcode', () => {
  // A delivery picker in the bar drawn as a chip: a pin, the recipient's name as the address
  // book stores it ("Maria S."), the postcode and town on a line under it; no word saying
  // delivery (the pin says it). labelledPlace only reads labels and the element just before,
  // so the new rule gives the name 4, and the chip (a button opening a dialog) beats the
  // shopper's initials: the delivery picker is marked as the account, a wrong highlight. A
  // name beside a postcode is an address. At c5d5316: nothing marked (regression).
  // (POSSIBLE: most pickers say "Entregar em" / "Deliver to"; mobile layouts drop the words.)
  it.each([
    ['pt', 'Maria S.', '1000-001 Lisboa', 'Pesquisar'],
    ['de', 'Jonas K.', '10115 Berlin', 'Suchen'],
  ])('%s: "📍 %s · %s" is no account; the initials are the trigger', async (_lang, name, place, search) => {
    const body = `<header><a href="/">wish</a><input type="search" aria-label="${search}">
        <button type="button" class="chip" id="chip" aria-haspopup="dialog"><span class="pin" aria-hidden="true">📍</span><span>${name}</span><small>${place}</small></button>
        ${initials}</header>
      <main><h1>…</h1></main>`;
    const got = await markedOn(start, body, account, 5);
    // Nothing at all is no wrong highlight (the guide then asks the shopper to hover their name).
    expect(got.filter((m) => m !== 'acct=account-menu')).toEqual([]);
  });
});
