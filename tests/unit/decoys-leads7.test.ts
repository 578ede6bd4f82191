// Leads a reviewer left unprobed (session 7), each checked on a page: a "go" that names where
// it goes is no bare "go" that a card's title could lend its meaning to.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { meansGenericGo } from '../../src/wish/meaning';
import { $ } from '../helpers/guide-page';

describe('a button that names where it goes is no bare "go"', () => {
  it('"Open FAQ", "Open in app", "Abrir en la app" name a place; articles may stand beside a go', () => {
    for (const name of ['Open FAQ', 'Open in app', 'Abrir en la app', 'Apri nell’app', 'Öffnen in App'])
      expect(meansGenericGo(name), name).toBe(false);
    for (const name of [
      'Start a chat',
      'Avvia la chat',
      'Démarrer le chat',
      'Einen Chat starten',
      'Start new chat',
    ])
      expect(meansGenericGo(name), name).toBe(true);
  });

  it("an agent's card whose one button opens the app, or the FAQ, holds no way to the agent on the page", () => {
    document.body.innerHTML = `<section aria-label="Wish chat" id="chat"><div role="log"><p>How would you like to go on?</p></div>
      <div class="cards">
        <div class="card"><h4>Talk to an agent</h4><p>Chat with our team in the Wish app.</p><button type="button" id="app">Open in app</button></div>
        <div class="card"><h4>Live agent</h4><p>Answers to common questions.</p><button type="button" id="faq">Open FAQ</button></div>
      </div></section>`;
    expect(locate('contact-agent', [$('#chat')]).element).toBeNull();
  });
});

describe("a 👎 that rates an answer is no 'something else' (reviewer's lead 27b6370)", () => {
  const page = (chips: string) => `<section aria-label="Wish Assistant" id="chat"><div role="log">
      <p>Here is an article: How long does delivery take?</p>
      <div class="fb"><span>Was this helpful?</span>
        <button type="button" aria-label="Yes, this helped">👍</button>
        <button type="button" id="down" aria-label="Not what I'm looking for">👎</button></div>
      ${chips}</div></section>`;

  it('the thumbs alone: nothing is highlighted', () => {
    document.body.innerHTML = page('');
    expect(locate('something-else', [$('#chat')]).element).toBeNull();
  });

  it('a chip in words beside them is the way on', () => {
    document.body.innerHTML = page('<button type="button" id="chip">Not what I\'m looking for</button>');
    expect(locate('something-else', [$('#chat')]).element?.id).toBe('chip');
  });
});
