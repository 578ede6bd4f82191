// What the twenty-seventh batch of hand-made pages (u194-u199, written blind to the guide's code)
// found at its first run: two wrong highlights (u196, u198) and three stops. Each fix kept as a
// test that fails without its change.
import { describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';
import { signInDialog } from '../../src/dom/regions';
import { reachesService } from '../../src/wish/meaning';

const start = engineStarter();

describe("a 'welcome back' modal over the signed-out page, with its own Sign in (u196, a wrong highlight)", () => {
  // A second after load an aria-modal overlay covers the page ("Welcome back, Oliver! Sign in to
  // see your basket…", "Sign in", "Continue as guest"). The guide marked the bar's "Sign in",
  // under the overlay's backdrop; then, the overlay's button busy ("Signing you in…"), the
  // bar's again.
  const page = (button: string) => `<header><a href="/">wish</a><a href="/transaction">Orders</a>
      <button type="button" id="bar">Sign in</button></header><main><h1>Picked for you</h1></main>
    <div style="position:fixed;inset:0"><div role="dialog" aria-modal="true" aria-labelledby="wb">
      <h2 id="wb">Welcome back, Oliver!</h2><p>Sign in to see your basket, saved items and order updates.</p>
      ${button}<a href="#">Continue as guest</a></div></div>`;

  it("marks the overlay's Sign in, not the bar's under it", async () => {
    const got = await markedOn(start, page('<button type="button" id="go">Sign in</button>'), {
      route: 'account-menu',
      problem: 'not-as-described',
    });
    expect(got).toEqual(['go=sign-in']);
  });

  it('marks nothing while its button is busy signing in', async () => {
    const got = await markedOn(
      start,
      page('<button type="button" id="go" disabled>Signing you in…</button>'),
      { route: 'account-menu', problem: 'not-as-described' },
      5,
    );
    expect(got).toEqual([]);
  });

  it('a dialog that is not modal (a chat window beside the page) does not stand before the bar', () => {
    document.body.innerHTML = page('<button type="button" id="go">Sign in</button>').replace(
      'aria-modal="true"',
      '',
    );
    expect(signInDialog(document)).toBeNull();
  });
});

describe('"Get in touch", the British "contact us", in the account menu (u196)', () => {
  it.each([
    ['Get in touch', true],
    ['Get in touch with us', true],
    ['Get in touch with our Data Protection Officer', false],
  ] as const)('"%s": %s', (name, reaches) => expect(reachesService(name)).toBe(reaches));
});
