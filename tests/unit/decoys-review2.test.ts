// A reviewer's pages (fresh eyes on the changes after ac6542d): each showed a wrong highlight
// or lost reach that those changes brought, and each is fixed; they stay as tests.
import { describe, expect, it } from 'vitest';
import { findMenu, findTrigger, noteVisibleEntries, topBars } from '../../src/dom/regions';
import { locate } from '../../src/dom/locate';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe('lost reach: a word about cookies in the account menu', () => {
  it('an account menu with "Cookie preferences" among its entries is still the menu', () => {
    document.body.innerHTML = `<header id="bar"><a href="/">Wish</a>
        <div class="acct"><button id="t" aria-haspopup="true" aria-label="Account">M</button>
          <ul id="m" style="display:none"><li><a href="/transaction">Order History</a></li>
            <li><a id="cs" href="/customer-support">Customer Support</a></li>
            <li><a href="/settings">Settings</a></li><li><a href="/privacy#cookies">Cookie preferences</a></li>
            <li><a href="/logout">Log out</a></li></ul></div></header><main><p>Feed</p></main>`;
    const baseline = new WeakSet<Element>();
    noteVisibleEntries([$('#bar')], baseline);
    $('#m').style.display = '';
    const menu = findMenu($('#t'), document, { baseline, recent: [], bars: [$('#bar')] });
    expect(menu?.id).toBe('m');
    expect(locate('customer-support', [menu!]).element?.id).toBe('cs');
  });
});

describe('wrong highlight: whose account a label names', () => {
  it('"Account for Sellers" in the bar is no account trigger (a seller\'s desk), initials beside it are not enough', () => {
    document.body.innerHTML = `<header><a href="/">Wish</a><input type="search" aria-label="Search">
        <a id="sellers" href="https://merchant.wish.com/signup">Account for Sellers</a>
        <div class="hdr-right"><span id="ini">CD</span></div></header><main><p>Feed</p></main>`;
    expect(findTrigger(topBars(document)).element?.id).not.toBe('sellers');
  });

  it('"Konto für Händler" is no account trigger either', () => {
    document.body.innerHTML = `<header><a href="/">Wish</a><input type="search" aria-label="Suche">
        <a id="sellers" href="https://merchant.wish.com/de">Konto für Händler</a>
        <div class="hdr-right"><span id="ini">JB</span></div></header><main><p>Feed</p></main>`;
    expect(findTrigger(topBars(document)).element?.id).not.toBe('sellers');
  });
});

describe("lost reach: an order's card the page restyles on Get Help is taken for the assistant", () => {
  const order = '64c0ffee1234567890abcdef';
  const PAGE = `<header><a href="/">Wish</a><button id="trigger" aria-haspopup="true" aria-label="Account">M</button></header>
    <main><h1>Order Details</h1>
      <section id="card" class="order-card"><div>Order ID: <span>${order}</span></div>
        <div>Shipped · Estimated arrival Oct 2 - Oct 9</div>
        <div class="actions"><button type="button" id="help">Get Help</button></div></section></main>`;

  it("the pop-up was blocked: the tour steps back to the order's Get Help", async () => {
    document.body.innerHTML = PAGE;
    // The page marks the card while its help pop-up opens (a window of its own: nothing is
    // added to this page); the pop-up is blocked or closed at once.
    $('#help').addEventListener('click', () => $('#card').classList.add('order-card--help'));
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    expect(marked()).toEqual(['help=get-help']);
    shopper.click($('#help'));
    await tick();
    expect(engine.current).toBe('topic');
    // Past the assistant's wait before a step back: the way in is offered again.
    await new Promise((r) => setTimeout(r, 4500));
    $('#card').setAttribute('style', 'outline:0');
    await settle(() => engine.current === 'get-help');
    expect(engine.current).toBe('get-help');
    expect(marked()).toEqual(['help=get-help']);
  }, 20_000);
});

describe('wrong highlight: a block drawn with the hand pointer sums the scores of its parts', () => {
  it('a language switch "DE | EN" drawn as one pointer block is no account trigger, beside the greeting', () => {
    // Two letter codes are each read as initials (3 points); summed on their one pointer block
    // they outscore the shopper's own greeting (4).
    document.body.innerHTML = `<header><a href="/">Wish</a><input type="search" aria-label="Suche">
        <div id="lang" class="lang-switch" style="cursor:pointer"><span>DE</span><span>|</span><span>EN</span></div>
        <div id="hi">Hallo, Maria</div></header><main><p>Feed</p></main>`;
    expect(findTrigger(topBars(document)).element?.id).toBe('hi');
  });

  it('the same switch beside an avatar: nothing rather than the switch', () => {
    document.body.innerHTML = `<header><a href="/">Wish</a>
        <div id="lang" style="cursor:pointer"><span>DE</span><span>EN</span></div>
        <div id="u"><img class="avatar" src="/me.png" alt=""></div></header><main><p>Feed</p></main>`;
    expect(findTrigger(topBars(document)).element?.id).not.toBe('lang');
  });

  it("the shopper's greeting inside a pointer row that also holds the cart: the greeting, not the row", () => {
    document.body.innerHTML = `<header><a href="/">Wish</a>
        <div id="right" style="cursor:pointer"><div id="hi">Hi, Maria</div><div id="cart">Cart 2</div></div></header>
      <main><p>Feed</p></main>`;
    expect(findTrigger(topBars(document)).element?.id).toBe('hi');
  });
});

// Geometry (not run in jsdom: hasLayout() is false), shown in Chromium 156 with a bundle of
// src/dom/regions.ts (the reviewer's script, not kept), each fixed since (a cookie notice is a
// shown sentence about cookies outside any control; a side rail only when no bar was found,
// never in the page's content, never with a box to type in, always with the way home or the logo):
// - a sticky bar of divs with no link home, no search field and an image logo without alt,
//   whose hidden account menu holds "Cookie settings": isConsentBand() takes the bar for a
//   cookie strip: topBars() [] (before: the bar, trigger "Hi, Maria ▾"). Lost reach.
// - a <header> whose logo links to /feed (no isSiteBar) and an assistant docked as a fixed
//   right column (360 px, full height, its logo <img alt="Wish">): siteRails() adds the
//   assistant as a bar, and assistantRegions() never takes a region inside a bar. Lost reach.
// - the same header and a sticky filter column inside <main> with "Search brands"
//   (input[type=search]): added as a "site rail".
