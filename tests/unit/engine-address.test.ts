// @vitest-environment-options {"url": "https://www.wish.com/ayuda/asistente?pedido=1"}
// What the guide engine makes of the page's address: here jsdom's document is at www.wish.com,
// and history moves it between paths (jsdom has no layout; see engine.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { GuideEngine, STEP_ATTRIBUTE } from '../../src/content/guide/engine';

const PID = '5f1a2b3c4d5e6f7a8b9c0d1e';

// An assistant with no dialog, log or assistant label: a page of its own, its choices options.
const CHAT = `<header><a href="/">wish</a></header><div class="wrap"><h2 class="title">Asistente de Wish</h2>
  <div class="conv"><p>¿En qué te ayudo?</p><div><div role="option" tabindex="0" id="t">Mi cuenta</div>
  <div role="option" tabindex="0">Cancelar un artículo</div></div></div></div>`;

let engine: GuideEngine | null = null;
afterEach(() => {
  engine?.stop();
  engine = null;
  document.body.innerHTML = '';
});

function resumeAtTopic(path: string): string[] {
  history.replaceState(null, '', path);
  document.body.innerHTML = CHAT;
  engine = new GuideEngine(
    document,
    { route: 'order', problem: 'never-delivered', startAt: 'topic' },
    { onUpdate: () => undefined },
  );
  engine.start();
  return [...document.querySelectorAll(`[${STEP_ATTRIBUTE}]`)].map(
    (el) => `${el.id}=${el.getAttribute(STEP_ATTRIBUTE)}`,
  );
}

describe('resumed in the assistant on a page of its own (a new tab past the door)', () => {
  it('a page of Wish no table names is the assistant: its body is searched', () => {
    expect(location.host).toBe('www.wish.com');
    expect(resumeAtTopic('/ayuda/asistente?pedido=1')).toEqual(['t=topic']);
  });

  it("a page of Wish no table names that does not say it is an assistant is not one (a wishlist's 'My Account', a review's box)", () => {
    history.replaceState(null, '', '/wishlist');
    document.body.innerHTML = `<header><a href="/">wish</a></header><nav><a id="acct" href="/account">My Account</a></nav>
      <main><h1>Your wishlist</h1><a id="n" href="/transaction/${PID}">Where's my package?</a>
      <textarea id="box" name="review_message" placeholder="Write your message"></textarea></main>`;
    engine = new GuideEngine(
      document,
      { route: 'order', problem: 'never-delivered', startAt: 'topic' },
      { onUpdate: () => undefined },
    );
    engine.start();
    expect(document.querySelectorAll(`[${STEP_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it("a page the tables name (the feed, a product) is not: nothing there is the assistant's", () => {
    expect(resumeAtTopic('/feed/tabbed_feed_latest')).toEqual([]);
    expect(resumeAtTopic(`/product/${PID}`)).toEqual([]);
  });
});
