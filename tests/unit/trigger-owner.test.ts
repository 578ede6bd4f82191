// An account trigger whose only words say whose account it is (the fresh corpus's w11678,
// w11749: "Menú de la cuenta de Lucía García" on a round picture or a role=button div, the name
// not known to the extension). A person's full name after "of"/"de"/"von" is the shopper's; a
// capitalised desk ("Account for Sellers") is not, and stays too weak to take alone.
import { describe, expect, it } from 'vitest';
import { findTrigger } from '../../src/dom/regions';

const bar = () => document.querySelector('#bar')!;

describe('an account trigger labelled with its owner', () => {
  it.each([
    [
      '<div role="button" tabindex="0" id="me" aria-label="Menú de la cuenta de Lucía García"><span class="av"></span></div>',
    ],
    ['<img id="me" alt="" aria-label="Menu du compte de Chloé Bernard" src="data:,">'],
    ['<span id="me" title="Λογαριασμός της Μαρίας Παππά" style="cursor:pointer">ΜΠ</span>'],
  ])('%s is the trigger, the name unknown', (html) => {
    document.body.innerHTML = `<div id="bar"><a href="/">wish</a><input type="search">${html}<a href="/cart">🛒</a></div>`;
    expect(findTrigger([bar()]).element?.id).toBe('me');
  });

  it('"Account for Sellers" alone is not certain', () => {
    document.body.innerHTML = `<div id="bar"><a href="/">wish</a>
      <div role="button" tabindex="0" id="desk" aria-label="Account for Sellers"></div><a href="/cart">🛒</a></div>`;
    expect(findTrigger([bar()]).element).toBeNull();
  });
});
