// The guide engine on small pages in jsdom. jsdom has no layout, and events dispatched here
// are untrusted: the engine never advances on them, so advancing is tested through moveTo()
// and through what the page shows.
import { afterEach, describe, expect, it } from 'vitest';
import {
  GuideEngine,
  STEP_ATTRIBUTE,
  type EngineUpdate,
  type EngineOptions,
} from '../../src/content/guide/engine';
import type { Correction } from '../../src/content/guide/corrections';
import type { StepId } from '../../src/guide/steps';
import { $, marked, settle, tick } from '../helpers/guide-page';

const PID = '5f1a2b3c4d5e6f7a8b9c0d1e';

let engines: GuideEngine[] = [];
function startEngine(options: EngineOptions): {
  engine: GuideEngine;
  updates: EngineUpdate[];
  steps: StepId[];
} {
  const updates: EngineUpdate[] = [];
  const steps: StepId[] = [];
  const engine = new GuideEngine(document, options, {
    onUpdate: (u) => updates.push(u),
    onStep: (s) => steps.push(s),
  });
  engines.push(engine);
  engine.start();
  return { engine, updates, steps };
}

/** The guide started at the agent step on the page as it is: it stays there and marks these. */
function expectAgentStepMarks(expected: string[]): void {
  const { engine } = startEngine({
    route: 'account-menu',
    problem: 'never-delivered',
    startAt: 'contact-agent',
  });
  expect(engine.current).toBe('contact-agent');
  expect(marked()).toEqual(expected);
}

afterEach(() => {
  for (const e of engines) e.stop();
  engines = [];
  document.body.innerHTML = '';
});

const SIGNED_IN = `
  <header>
    <a id="logo" href="/">Wish</a>
    <div class="account">
      <button id="trigger" aria-haspopup="true" aria-label="Account menu for Maria">M</button>
      <ul id="menu" style="display:none">
        <li><a id="orders" href="/transaction">Order History</a></li>
        <li><a id="cs" href="/customer-support">Customer Support</a></li>
        <li><a id="logout" href="/logout">Log out</a></li>
      </ul>
    </div>
  </header>
  <main>
    <div data-id="${PID}"><a id="tile" href="/product/${PID}">Customer Support</a></div>
    <div data-id="${PID.replace('5f', '6a')}"><a id="tile2" href="/product/${PID.replace('5f', '6a')}">Customer Support Headset</a></div>
  </main>
  <footer><a id="foot" href="/help">Customer Support</a></footer>`;

const ASSISTANT = `
  <div id="assistant" role="dialog" aria-label="Wish Assistant">
    <div role="log">
      <p>Hi! What can I help you with?</p>
      <div class="choices">
        <button id="t-account">My Account</button>
        <button id="t-payment">Payment Issues</button>
        <button id="t-order">An order</button>
        <button id="t-else">Something else</button>
      </div>
    </div>
  </div>`;

describe('the account-menu route on a signed-in page', () => {
  it('marks the trigger with data-wsg-step="account-menu"', () => {
    document.body.innerHTML = SIGNED_IN;
    const { engine, updates } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    expect(engine.current).toBe('account-menu');
    expect($('#trigger').getAttribute(STEP_ATTRIBUTE)).toBe('account-menu');
    expect(marked()).toEqual(['trigger=account-menu']);
    expect(updates.at(-1)).toMatchObject({ step: 'account-menu', signedIn: true, changed: true });
    expect(updates.at(-1)?.target).toBe($('#trigger'));
  });

  it('the menu shown: marks "Customer Support" in it, never the tile or the footer link', async () => {
    document.body.innerHTML = SIGNED_IN;
    const { engine, steps } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    expect(marked()).toEqual(['trigger=account-menu']);
    $('#menu').style.removeProperty('display');
    await tick();
    await settle(() => engine.current === 'customer-support');
    expect(engine.current).toBe('customer-support');
    expect(steps).toEqual(['customer-support']);
    expect(marked()).toEqual(['cs=customer-support']);
    for (const id of ['tile', 'tile2', 'foot', 'trigger'])
      expect($(`#${id}`).hasAttribute(STEP_ATTRIBUTE), id).toBe(false);
  });

  it('the menu hidden again: the trigger comes back after the step-back wait', async () => {
    document.body.innerHTML = SIGNED_IN;
    const { engine, updates } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    $('#menu').style.removeProperty('display');
    await settle(() => engine.current === 'customer-support');
    const from = updates.length;
    $('#menu').style.display = 'none';
    await settle(() => engine.current === 'account-menu');
    expect(engine.current).toBe('account-menu');
    expect(marked()).toEqual(['trigger=account-menu']);
    // A hover menu flickers as the pointer crosses a gap: the step first waits, unmarked.
    const after = updates.slice(from).map((u) => `${u.step}:${u.target ? u.target.id : 'none'}`);
    expect(after[0]).toBe('customer-support:none');
    expect(after.at(-1)).toBe('account-menu:trigger');
  });

  it('a synthetic click on the target does not advance the step', async () => {
    document.body.innerHTML = SIGNED_IN;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    $('#menu').style.removeProperty('display');
    await settle(() => engine.current === 'customer-support');
    $('#cs').addEventListener('click', (e) => e.preventDefault()); // no navigation in jsdom
    $('#cs').click();
    await tick();
    await tick();
    expect(engine.current).toBe('customer-support');
    expect($('#cs').getAttribute(STEP_ATTRIBUTE)).toBe('customer-support');
  });

  it('signed in, sign-in is never marked, though a "Sign in" link lingers in the top bar', () => {
    document.body.innerHTML = SIGNED_IN.replace(
      '<a id="logo" href="/">Wish</a>',
      '<a id="logo" href="/">Wish</a><a id="signin" href="/login">Sign in</a>',
    );
    const { engine, updates } = startEngine({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'sign-in',
    });
    expect(engine.current).toBe('account-menu');
    expect(marked()).toEqual(['trigger=account-menu']);
    expect(updates.at(-1)?.signedIn).toBe(true);
  });

  it('a signed-out page: the sign-in button is marked', () => {
    document.body.innerHTML = `<header><a href="/">Wish</a><button id="signin">Sign in</button>
      <a id="join" href="/signup">Create account</a></header><footer><a id="foot" href="/help">Customer Support</a></footer>`;
    const { engine, updates } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    expect(engine.current).toBe('sign-in');
    expect(marked()).toEqual(['signin=sign-in']);
    expect(updates.at(-1)?.signedIn).toBe(false);
  });

  it('stop() removes every data-wsg-step and stops watching', async () => {
    document.body.innerHTML = SIGNED_IN;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered' });
    expect(marked()).toHaveLength(1);
    engine.stop();
    expect(marked()).toEqual([]);
    $('#menu').style.removeProperty('display');
    await tick();
    await tick();
    expect(marked()).toEqual([]);
  });
});

describe('an assistant whose message box shows from the start', () => {
  const CHAT = (choices: string) => `<div role="dialog" aria-label="Wish Assistant"><div role="log">
      <p>Hi! What is it about?</p><div class="choices">${choices}</div></div>
      <textarea id="box" aria-label="Type a message"></textarea><button id="send" aria-label="Send">➤</button></div>`;

  it('the topic beside it is the step, though the box comes after it on the page', async () => {
    document.body.innerHTML = CHAT(
      '<button id="t-account">My Account</button><button>Cancel an item</button>',
    );
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    await tick();
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['t-account=topic']);
  });

  it('between two questions (no choice on show) the box waits its turn, then is the step', async () => {
    document.body.innerHTML = CHAT('');
    const { engine } = startEngine({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'contact-agent',
    });
    await tick();
    expect(engine.current).toBe('contact-agent'); // the next choices may come in a moment
    await settle(() => engine.current === 'message');
    expect(engine.current).toBe('message');
    expect(marked()).toEqual(['box=message']);
  });
});

describe("an order's own way to help", () => {
  it("on a detail page, the button beside the order's number, not a promotion's 'Talk to our support team'", () => {
    const order = '614b34f8c23b30d87bf7aff7';
    document.body.innerHTML = `${SIGNED_IN}<main><h1>Order Details</h1>
      <section><div><a href="/product/660183f3439d04d1f0ea54a2">Yoga Mat</a><div>Shipped · Order date: 2021-09-22</div>
        <div>Transaction ID: <span>629cfed1ffd89afe5d1a0d49</span></div><div>Order ID: <span>${order}</span></div>
        <div>Total: $56.53</div></div>
        <div><a href="/track">Track package</a> <button type="button" id="help">Problem with order</button></div></section>
      <section><h2>Questions? Our support team is here 24/7</h2><button type="button" id="promo">Talk to our support team</button></section></main>`;
    const { engine } = startEngine({ route: 'order', problem: 'incorrect-charge', orderNumber: order });
    expect(engine.current).toBe('get-help');
    expect(marked()).toEqual(['help=get-help']);
  });

  it("never in the assistant: its own page shows the order's number, and its help is no way into it", async () => {
    const order = '6aa73912c5e0b8d4a1f27302';
    document.body.innerHTML = `<div class="tp"><b>Wish Assistant</b><small>Order ${order}</small></div>
      <div class="cv" role="log"><div>Sorry to hear that. Here is what I found.</div>
        <button type="button" id="more">Contact us</button></div>`;
    const { engine, steps } = startEngine({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: order,
      startAt: 'contact-agent',
    });
    // Past the assistant's wait before a step back, the page changing: still waiting for the
    // way to a person.
    await new Promise((r) => setTimeout(r, 4500));
    $('.cv').append(document.createElement('div'));
    await tick();
    await tick();
    expect(engine.current).toBe('contact-agent');
    expect(steps).not.toContain('get-help');
    expect(marked()).toEqual([]);
  }, 15_000);
});

describe('in the assistant (startAt: topic)', () => {
  it.each([
    ['never-delivered', 't-account'],
    ['not-as-described', 't-account'],
    ['incorrect-charge', 't-payment'],
    ['payment-declined', 't-payment'],
  ] as const)('%s: marks the topic %s', (problem, id) => {
    document.body.innerHTML = ASSISTANT;
    const { engine } = startEngine({ route: 'account-menu', problem, startAt: 'topic' });
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual([`${id}=topic`]);
  });

  it('the same on the order route', () => {
    document.body.innerHTML = ASSISTANT;
    const { engine } = startEngine({ route: 'order', problem: 'incorrect-charge', startAt: 'topic' });
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['t-payment=topic']);
  });

  it('a parcel that has not come: "Lieferstatus" among chips drawn as custom elements, one label of 41 characters', () => {
    document.body.innerHTML = `<div role="dialog"><div role="log"><p>Hallo! Wobei kann ich helfen?</p>
      <div class="chips"><wa-chip role="none">Artikel stornieren</wa-chip><wa-chip role="none">Erstattungen</wa-chip>
        <wa-chip role="none">Artikel entspricht nicht der Beschreibung</wa-chip><wa-chip id="track" role="none">Lieferstatus</wa-chip></div></div></div>`;
    const { engine } = startEngine({ route: 'order', problem: 'never-delivered', startAt: 'topic' });
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['track=topic']);
  });

  it('waits on the topic while it shows, though "Something else" shows beside it', async () => {
    document.body.innerHTML = ASSISTANT;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    $('#t-account').click();
    await tick();
    await tick();
    expect(engine.current).toBe('topic');
    expect(marked()).toEqual(['t-account=topic']);
  });

  it('moveTo(step) moves the mark', () => {
    document.body.innerHTML = ASSISTANT;
    const { engine, steps } = startEngine({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'topic',
    });
    engine.moveTo('something-else');
    expect(engine.current).toBe('something-else');
    expect(steps).toEqual(['something-else']);
    expect(marked()).toEqual(['t-else=something-else']);
    // sign-in and steps of another route are never moved to.
    engine.moveTo('sign-in');
    engine.moveTo('get-help');
    expect(engine.current).toBe('something-else');
  });

  it('moves on when the next choice arrives as a new message of the log', () => {
    document.body.innerHTML = `<div role="dialog"><div role="log">
        <div class="msg"><p>What is it about?</p><div class="choices"><button id="t-account">My Account</button></div></div>
        <div class="msg"><p>Which one?</p><div class="choices"><button id="t-else">Something else</button></div></div>
      </div></div>`;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['t-else=something-else']);
  });

  // The agent step answered by a yes: what the assistant asked, how the yes is drawn, and what
  // is marked (nothing when the yes is not a choice of the shopper's).
  it.each([
    [
      '"Yes" after the assistant asks about an agent',
      `<div class="msg"><p>Would you like to chat with an agent?</p>
        <div class="choices"><button id="yes">Yes</button><button id="no">No</button></div></div>`,
      ['yes=contact-agent'],
    ],
    [
      'a yes drawn as a chat chip (a custom element, role none, words in spans) after "a colleague?"',
      `<div class="msg">Vuoi che ti passi a un collega?</div>
        <div class="choices"><wa-chip id="yes" role="none"><span>Sì,</span>&nbsp;<span>gr\u200bazie</span></wa-chip><wa-chip id="no" role="none">No, grazie</wa-chip></div>`,
      ['yes=contact-agent'],
    ],
    [
      'a yes chip with an icon and a caret, after FAQ links and "I can put you in touch with our team"',
      `<div class="bot">Quale di questi descrive meglio il problema?</div><div class="me">Altro problema</div>
        <div class="bot"><p>Domande frequenti:</p><ul><li><a href="https://cs-help.wish.com/hc/it/articles/1">Come traccio il mio pacco?</a></li></ul></div>
        <div class="bot">Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza.</div>
        <div class="choices"><wa-chip id="yes" role="none">🎧 <span>Sì,</span> <span>per</span> <span>favore</span> <span aria-hidden="true">›</span></wa-chip><wa-chip role="none"><span aria-hidden="true">🎧</span> <span>No,</span> <span>grazie</span></wa-chip></div>`,
      ['yes=contact-agent'],
    ],
    [
      "the shopper's own 'Yes' echoed in the log (no choice)",
      `<chat-msg>Would you like to talk to one of our agents? They answer within a day, most days of the week.</chat-msg>
        <chat-msg id="echo" class="me">Yes</chat-msg>
        <chat-msg>Connecting you now. Please wait while we find someone who can help with your order.</chat-msg>`,
      [],
    ],
    [
      'a yes named only by its aria-label',
      `<p>Shall I pass you to a colleague?</p>
        <div><button id="yes" aria-label="Yes">✓</button><button aria-label="No">✗</button></div>`,
      ['yes=contact-agent'],
    ],
  ])('%s', (_what, log, expected) => {
    document.body.innerHTML = `<div role="dialog"><div role="log">${log}</div></div>`;
    expectAgentStepMarks(expected);
  });

  it('a yes chip whose button is in its own shadow root (its words slotted, the pointer theirs) is the choice', () => {
    document.body.innerHTML = `<div role="dialog"><div role="log">
        <div class="bot">Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza.</div>
        <div class="choices"><wa-chip id="yes" role="none">🎧 <span style="cursor:pointer">Sì,</span> <span style="cursor:pointer">per</span> <span style="cursor:pointer">favore</span> <span aria-hidden="true">›</span></wa-chip><wa-chip id="no" role="none"><span aria-hidden="true">🎧</span> <span style="cursor:pointer">No,</span> <span>grazie</span></wa-chip></div>
      </div></div>`;
    // The words take the pointer from the shadow button they are slotted in (inherited in a
    // browser; written out here, as jsdom inherits nothing).
    for (const chip of document.querySelectorAll('wa-chip'))
      chip.attachShadow({ mode: 'open' }).innerHTML =
        '<button type="button" part="button"><slot></slot></button>';
    expectAgentStepMarks(['yes=contact-agent']);
  });

  it('chips that are plain pointer elements slotted into a row drawn by a custom element are the choices', () => {
    document.body.innerHTML = `<div role="dialog"><div role="log">
        <div class="bot">Möchtest du mit einem unserer Mitarbeiter sprechen?</div>
        <chip-row><div id="yes" style="cursor:pointer">Ja, gerne</div><div id="no" style="cursor:pointer">Nein, danke</div></chip-row>
      </div></div>`;
    $('chip-row').attachShadow({ mode: 'open' }).innerHTML = '<div class="row"><slot></slot></div>';
    expectAgentStepMarks(['yes=contact-agent']);
  });

  it("the box to write in, added beside the log in the panel holding it (a chat page's composer)", async () => {
    document.body.innerHTML = `<nav aria-label="Conversations"><a href="/support/chat/1">Refund</a></nav>
      <div id="panel"><div class="hd">Wish Assistant</div><div role="log"><p>An agent will answer by email.</p></div>
        <div class="composer"><textarea id="msg" placeholder="Write here…"></textarea><button id="send">Submit request</button></div></div>`;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'message' });
    expect(engine.current).toBe('message');
    expect(marked()).toEqual(['msg=message']);
  });

  it('advances when the assistant replaces its choices', async () => {
    document.body.innerHTML = ASSISTANT;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    $('.choices').innerHTML =
      '<button id="agent">Talk to a person</button><button id="no">No thanks</button>';
    await settle(() => engine.current === 'contact-agent');
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });

  it('the message field, then send once it holds text', async () => {
    document.body.innerHTML = `<div role="dialog"><div role="log"><p>Agent: How can I help?</p></div>
      <form><textarea id="msg" placeholder="Type a message"></textarea><button id="send" type="submit">Send</button></form></div>`;
    const { engine } = startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'message' });
    expect(engine.current).toBe('message');
    expect(marked()).toEqual(['msg=message']);
    const field = $<HTMLTextAreaElement>('#msg');
    field.value = 'My order never arrived.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => engine.current === 'send');
    expect(engine.current).toBe('send');
    expect(marked()).toEqual(['send=send']);
  });

  it("a correction the shopper taught is tried first, inside the step's region", () => {
    document.body.innerHTML = `<main><button data-testid="cta-x" aria-label="Chat bubble">💬</button></main>
      <div role="dialog"><div role="log"><p>Still need help?</p>
        <button id="bubble" data-testid="cta-x" aria-label="Chat bubble">💬</button><button>Back</button></div></div>`;
    const correction: Correction = {
      step: 'contact-agent',
      role: 'button',
      name: 'chat bubble',
      attributes: { 'data-testid': 'cta-x' },
      path: 'dialog > log',
      at: '2026-11-26T08:00:00.000Z',
    };
    const { engine } = startEngine({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'contact-agent',
      corrections: [correction],
    });
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['bubble=contact-agent']);
  });

  it('never marks anything outside the assistant', () => {
    document.body.innerHTML = `<main><button id="outside">My Account</button></main>${ASSISTANT}`;
    startEngine({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    expect(marked()).toEqual(['t-account=topic']);
  });
});
