// An account trigger drawn as a name alone, the name not known to the extension (fresh wide
// seeds w14008, w14029, w14068: "Chloé B." in a plain block at the bar's end; "Luca…" cut short
// in a holder the page calls the account). A name with an initial is a person's wherever the bar
// holds it; a first name cut short only in the account's holder, as a first name with a caret.
import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../src/dom/regions';

const bar = () => document.querySelector('#bar')!;
const page = (html: string) =>
  `<div id="bar"><a href="/" aria-label="Wish">wish</a><form role="search"><input type="search" placeholder="Search"></form>
    <a href="/help">FAQ</a><a href="/cart" aria-label="Cart">🛒 <span>2</span></a>${html}</div>`;

describe('an account trigger that is a name alone', () => {
  it.each(['Chloé B.', 'Γιώργος Ν.', 'João S. ▾'])('"%s" in a plain block is the trigger', (name) => {
    document.body.innerHTML = page(
      `<div class="_k1 a"><div class="_k2 b" id="me"><span>${name}</span></div></div>`,
    );
    expect(findTrigger([bar()]).element?.closest('#me')).toBe(document.querySelector('#me'));
  });

  it.each(['Luca…', 'Ελέν…'])('"%s" cut short in an account holder is the trigger', (name) => {
    document.body.innerHTML = page(
      `<div class="NavBar__Account-sc-1 x"><div class="UserChip__Root-sc-2 y" id="me"><span>${name}</span></div></div>`,
    );
    expect(findTrigger([bar()]).element?.closest('#me')).toBe(document.querySelector('#me'));
  });

  it('a place cut to an initial, or a name cut short outside the account holder is no trigger', () => {
    for (const html of [
      '<div><div id="me"><span>Rua S.</span></div></div>',
      '<div aria-label="Deliver to"><div id="me"><span>Maria K.</span></div></div>',
      '<div class="_k1"><div id="me"><span>Luca…</span></div></div>',
    ]) {
      document.body.innerHTML = page(html);
      expect(findTrigger([bar()]).element, html).toBeNull();
    }
  });
});
