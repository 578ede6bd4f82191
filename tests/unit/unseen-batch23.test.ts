// What the twenty-third batch of hand-made pages (u170-u175, written blind to the guide's code)
// found at its first run, the wrong highlight first. Each kept as a test that fails without its
// change.
import { describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';
import { pageSignedIn } from '../../src/content/guide/find';
import { signsInAs } from '../../src/wish/meaning';

const start = engineStarter();

describe('a signed-out bar offering a one-tap sign-in with the shopper already named (u173)', () => {
  // No "Sign in" word in the bar: a chip remembers who was here last, their initials, "Continue
  // as <name>" with their e-mail, and "Not you?". The guide took the chip, for the initials of
  // the shopper's own name, as the account trigger, and skipped signing in.
  const bar = (chip: string) => `<div class="top" role="banner"><a href="/" aria-label="Wish">wish</a>
      <input type="search" aria-label="Search">
      <div class="tools"><a href="https://cs-help.wish.com/hc">Help</a>${chip}
        <button aria-label="Cart, 0 items">🛒</button></div></div>
    <main><h1>Your wishlist</h1><p>Sign in to see the items you saved.</p></main>`;
  const chip = (words: string) => `<div class="chip" role="group" aria-label="Welcome back">
      <span class="ini" aria-hidden="true">RK</span>
      <button type="button" id="go">${words}<small>reto.keller@bluewin.ch</small></button>
      <button type="button" id="notyou">Not you?</button></div>`;

  it.each([
    ['Continue as Reto', 'Reto Keller'],
    ['Als Reto fortfahren', 'Reto Keller'],
    ['Continuar como Reto', ''],
    ['Συνέχεια ως Ρέτο', ''],
  ])('"%s" is the sign-in, and the chip is no account trigger', async (words, nameHint) => {
    const got = await markedOn(start, bar(chip(words)), {
      route: 'account-menu',
      problem: 'never-delivered',
      ...(nameHint ? { nameHint } : {}),
    });
    expect(got).toEqual(['go=sign-in']);
    expect(pageSignedIn(document)).toBe(false);
  });

  it('reads who signs in between the words, not going on as a guest or shopping', () => {
    expect(signsInAs('Continue as Olivia o.bennett@btinternet.com')).toBe(true);
    expect(signsInAs('Se connecter en tant que Chloé')).toBe(true);
    expect(signsInAs('Continue as guest')).toBe(false);
    expect(signsInAs('Continuar como invitado')).toBe(false);
    expect(signsInAs('Continue shopping')).toBe(false);
    expect(signsInAs('Signed in as Olivia')).toBe(false);
  });
});
