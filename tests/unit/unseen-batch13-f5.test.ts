// What the thirteenth round found on u107, u108 and u112 (hand-made pages written blind to the
// guide's code): once the assistant opened, a hostile page adds look-alike controls outside it
// (a partner's "need a hand?" panel, a banner slipped into the order list, buttons in the
// email's own row). Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();
const order = '66b2c3d4e5f60718293a4b5c';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An order list whose card's "Get help" opens a dialog of Wish's assistant; `onOpen` is what
 *  the page does besides, `later` what the assistant shows a moment after opening. */
function ordersPage(onOpen: () => void, first: string, later = '') {
  document.body.innerHTML = `<header><a href="/">Wish</a><button id="trigger" aria-haspopup="true" aria-label="Account">L</button></header>
    <main><h1>My orders</h1><div id="list">
      <section class="order" data-oid="${order}"><div>Order ${order}</div><div>Shipped · late</div>
        <div><button type="button">Track</button><button type="button" id="help">Get help with this order</button></div></section>
      <section class="order"><div>Order 66b2c3d4e5f6071829300000</div><div>Delivered</div>
        <div><button type="button">Rate</button></div></section></div></main>`;
  $('#help').addEventListener('click', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<aside role="dialog" aria-label="Wish Assistant" id="wa"><div role="log" id="log">${first}</div></aside>`,
    );
    onOpen();
    if (later) setTimeout(() => $('#log').insertAdjacentHTML('beforeend', later), 300);
  });
}

const topics = `<div>Hi! What happened with your order?</div><div>
  <button type="button" id="t-inc">Return an item</button>
  <button type="button" id="t-late">My order never arrived</button>
  <button type="button" id="t-cancel">Cancel my order</button></div>`;

describe('the assistant the shopper answered in holds its next steps (u107, u112)', () => {
  it("a panel the page opens elsewhere after the answer is never taken for the assistant's next step", async () => {
    ordersPage(() => $('#t-late').addEventListener('click', answer), topics);
    const answer = () => {
      $('#t-late')
        .parentElement!.querySelectorAll('button')
        .forEach((b) => ((b as HTMLButtonElement).disabled = true));
      // The page's own look-alike panel, outside the assistant, at once.
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div class="fake" id="fake"><b>Need a hand, Lucy?</b><p>Our support partner can help.</p>
          <button type="button" id="f-else">Something else</button>
          <button type="button" id="f-agent">Chat to an adviser</button></div>`,
      );
      // The assistant answers a moment later.
      setTimeout(
        () =>
          $('#log').insertAdjacentHTML(
            'beforeend',
            `<div>Sorry to hear that. Does one of these help?</div><div>
              <button type="button" id="n-track">Track my parcel</button>
              <button type="button" id="n-else">None of these, it's something else</button></div>`,
          ),
        400,
      );
    };
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    expect(marked()).toEqual(['help=get-help']);
    shopper.click($('#help'));
    await settle(() => marked().includes('t-late=topic'));
    expect(marked()).toEqual(['t-late=topic']);
    shopper.click($('#t-late'));
    // While the assistant has not answered, nothing of the page's panel is marked.
    for (let i = 0; i < 5; i++) {
      await tick();
      expect(marked().filter((m) => m.startsWith('f-'))).toEqual([]);
    }
    await settle(() => marked().includes('n-else=something-else'));
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['n-else=something-else']);
  });
});

describe('what the click on "Get help" opened is the assistant (u108)', () => {
  it('a banner slipped into the order list at the same moment is not the assistant', async () => {
    ordersPage(
      () =>
        $('#list').insertAdjacentHTML(
          'afterbegin',
          `<div class="ins" id="banner"><b>Still stuck?</b> Our team answers right away.
            <button type="button" id="b-agent">Talk to an agent now</button></div>`,
        ),
      '<div>One moment…</div>',
      topics,
    );
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    expect(marked()).toEqual(['help=get-help']);
    shopper.click($('#help'));
    for (let i = 0; i < 4; i++) {
      await tick();
      expect(marked()).not.toContain('b-agent=contact-agent');
    }
    await settle(() => marked().includes('t-late=topic'));
    await wait(100);
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['t-late=topic']);
  });

  it('an assistant drawn inline in the page, the only thing the click opened, is still the assistant', async () => {
    document.body.innerHTML = `<header><a href="/">Wish</a><button id="trigger" aria-haspopup="true" aria-label="Account">L</button></header>
      <main><h1>My orders</h1><div id="list">
        <section class="order" data-oid="${order}"><div>Order ${order}</div>
          <div><button type="button" id="help">Get help with this order</button></div></section></div></main>`;
    $('#help').addEventListener('click', () =>
      $('#list').insertAdjacentHTML('beforeend', `<div class="help-inline">${topics}</div>`),
    );
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    shopper.click($('#help'));
    await settle(() => marked().includes('t-late=topic'));
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['t-late=topic']);
  });
});

describe('an assistant drawn in an open shadow root rebuilt on each change (u112)', () => {
  it('its reply, changing nothing but its shadow root, is looked at: the next step is marked', async () => {
    document.body.innerHTML = `<header><a href="/">Wish</a><button id="trigger" aria-haspopup="true" aria-label="Account">C</button></header>
      <main><h1>Inbox</h1><article><p>Order ${order} confirmed.</p>
        <button type="button" id="help">I need help with this order</button></article></main>`;
    let root: ShadowRoot | null = null;
    const render = (html: string) => {
      root!.innerHTML = `<div role="dialog" aria-label="Wish Assistant"><div role="log">${html}</div></div>`;
      root!.querySelector('#t-late')?.addEventListener('click', () => {
        render('<div>My order never arrived</div>');
        // The bot answers a moment later, inside its shadow root only.
        setTimeout(
          () =>
            render(`<div>Sorry! Does one of these help?</div><div>
              <button type="button" id="n-track">Track my parcel</button>
              <button type="button" id="n-else">None of these, it's something else</button></div>`),
          300,
        );
      });
    };
    $('#help').addEventListener('click', () => {
      const host = document.createElement('wish-bot');
      document.body.appendChild(host);
      root = host.attachShadow({ mode: 'open' });
      render(topics);
    });
    const { engine } = start({ route: 'order', problem: 'never-delivered', orderNumber: order });
    expect(marked()).toEqual(['help=get-help']);
    shopper.click($('#help'));
    const inRoot = () =>
      [...(root?.querySelectorAll('[data-wsg-step]') ?? [])].map(
        (e) => `${e.id}=${e.getAttribute('data-wsg-step')}`,
      );
    await settle(() => inRoot().includes('t-late=topic'));
    expect(inRoot()).toEqual(['t-late=topic']);
    shopper.click(root!.querySelector('#t-late')!);
    await settle(() => inRoot().includes('n-else=something-else'));
    expect(engine.current).toBe('something-else');
    expect(inRoot()).toEqual(['n-else=something-else']);
  });
});

describe("several people alike to talk to, one of them Wish's (u107, u108, u112)", () => {
  const people = (names: string[]) =>
    `<section role="dialog" aria-label="Wish Assistant" id="wa"><div role="log"><div>Who would you like to talk to?</div>
      <div>${names.map((n, i) => `<button type="button" id="p${i}">${n}</button>`).join('')}</div></div></section>`;

  it("the one said to be Wish's is the person, whoever the others work for", () => {
    for (const names of [
      [
        'Falar com um atendente da Jadlog',
        'Falar com a loja CozinhaShop',
        'Falar com um atendente do PicPay',
        'Falar com um atendente da Wish',
      ],
      [
        'Hablá con un agente de Andreani',
        'Escribile a la tienda',
        'Hablá con un agente de Mercado Pago',
        'Hablá con un agente de Wish',
      ],
      ['Chat to an Evri agent', 'Talk to a Klarna agent', 'Chat to a Wish agent'],
    ]) {
      document.body.innerHTML = people(names);
      expect(locate('contact-agent', [$('#wa')]).element?.textContent, names.at(-1)).toBe(names.at(-1));
    }
  });

  it("two people alike, neither or both said to be Wish's: still nothing", () => {
    document.body.innerHTML = people(['Chat to an Evri agent', 'Talk to a Klarna agent']);
    expect(locate('contact-agent', [$('#wa')]).element).toBeNull();
    document.body.innerHTML = people(['Chat to a Wish agent', 'Talk to a Wish agent']);
    expect(locate('contact-agent', [$('#wa')]).element).toBeNull();
  });
});
