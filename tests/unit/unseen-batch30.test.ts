// What the thirtieth batch of hand-made pages (u212-u217, written blind to the guide's code)
// found at its first run: 2/6 reached, no wrong highlight. u214 (a sign-in drawn in a frame of
// the bar, as u207's whole bar) is left open; u217 now reaches the box but its bot's box, on
// show before the agent, is taken for the message box (as u192's was).
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { findMenu, noteVisibleEntries } from '../../src/dom/regions';
import { bestNameScore, meansPerson } from '../../src/wish/meaning';
import { $ } from '../helpers/guide-page';

describe('South African English: "Chat to a consultant" (u213)', () => {
  it('is a person to talk to', () => {
    expect(meansPerson('🙋 Chat to a consultant')).toBeGreaterThan(0);
    expect(meansPerson('💬 Ask the seller (KloofOutdoor)')).toBe(0);
  });
});

describe('a menu shown on hover by the popover attribute interestfor (u215)', () => {
  // No script, no aria-haspopup: the name's link names its popover by `interestfor`, as
  // aria-controls would. The menu shows at the end of the page, far from the trigger.
  it('is the menu the trigger revealed', () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a>
        <a id="t" href="/settings" interestfor="menu-conto"><span>G</span><span>Giorgia</span><span>Il mio Wish ▾</span></a></header>
      <main><p>Novità</p></main><footer><a href="/about">Chi siamo</a></footer>
      <div id="menu-conto" popover="hint" style="display:none"><a href="/transaction">I miei ordini</a>
        <button type="button" id="cs">Assistenza clienti</button><a href="/settings">Impostazioni</a><a href="/logout">Esci</a></div>`;
    const baseline = new WeakSet<Element>();
    noteVisibleEntries([$('#bar')], baseline);
    const options = { baseline, recent: [] as Element[], bars: [$('#bar')] };
    $('#menu-conto').style.display = 'block';
    expect(findMenu($('#t'), document, options)?.id).toBe('menu-conto');
  });
});

describe("a card whose line says Wish's own team answers (u215)", () => {
  it('"Preferisco scrivere a una persona / Il team Wish ti risponde per e-mail" is the agent', () => {
    document.body.innerHTML = `<section aria-label="Assistente Wish" id="bot"><div role="log"><p>Come preferisci continuare?</p>
      <button type="button" class="opt" id="art"><span class="ic">📖</span><span><b>Leggi la guida</b><small>Consegne in ritardo</small></span></button>
      <button type="button" class="opt" id="p"><span class="ic">✍</span><span><b>Preferisco scrivere a una persona</b><small>Il team Wish ti risponde per e-mail</small></span></button>
      </div></section>`;
    expect(locate('contact-agent', [$('#bot')], { talk: true }).element?.id).toBe('p');
  });
});

describe('Latin American Spanish: "Ingresar" signs in (u217)', () => {
  it('reads as the sign-in, and the sellers\' "Ingresa como vendedor" does not', () => {
    for (const w of ['Ingresar', 'Ingresá a tu cuenta', 'Ingresa a tu cuenta'])
      expect(bestNameScore(w, ['signIn']), w).toBeGreaterThan(0);
    expect(bestNameScore('Ingresa como vendedor', ['signIn'])).toBe(0);
  });
});
