// What review s15 raised and the session left untested: each a realistic Wish-like page on
// which the rules as they stood lost a step or would. Each test fails without its change.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import { meansBack } from '../../src/wish/meaning';
import { engineStarter, markedOn } from '../helpers/guide-page';

const start = engineStarter();
const top = (h1: string) => `<header><a href="/">wish</a></header><main><h1>${h1}</h1></main>`;

/** The page is `body`; the guide waits at `step`. What it marked after a few more looks. */
const page = (problem: ProblemId, step: StepId, body: string) =>
  markedOn(start, body, { route: 'account-menu', problem, startAt: step }, 5);

describe('a parcel going back to its sender is no way back', () => {
  it('reads "Retour à l’expéditeur" as a shipment’s status, "Retour au panier" as a way back', () => {
    for (const name of ["Retour à l'expéditeur", 'Zurück an den Absender', 'Back to seller'])
      expect(meansBack(name), name).toBe(false);
    for (const name of ['Retour au panier', 'Zurück zur Bestellung', '← Retour'])
      expect(meansBack(name), name).toBe(true);
  });
});

describe('a notice wrapped in its own live region still ends the talk around it', () => {
  // Chat widgets announce system lines in a polite live region of their own; the conversation
  // is the log around it. Read as its own talk, the notice closed nothing, and the old talk's
  // "Payments" was marked though today's topics had not come yet.
  const log = (today: string) => `${top('Feed')}
    <section aria-label="Wish Assistant"><div role="log">
      <div>12 Mar · What is it about?</div>
      <div><button type="button" id="old-pay">Payments</button><button type="button">My orders</button></div>
      <div class="me">Payments</div>
      <div class="sys" aria-live="polite"><span>This chat has ended.</span></div>
      <div>Today · Hi Ana!</div>
      ${today}
    </div></section>`;

  it("before today's topics come, the old talk's are not marked", async () => {
    expect(await page('payment-declined', 'topic', log('<div>One moment…</div>'))).toEqual([]);
  });

  it("today's topic once it comes", async () => {
    const got = await page(
      'payment-declined',
      'topic',
      log(
        '<div><button type="button">My orders</button><button type="button" id="pay">Payment issues</button></div>',
      ),
    );
    expect(got).toEqual(['pay=topic']);
  });
});

describe('a "No" drawn as an input button answers "did this help?"', () => {
  // Old form markup: <input type="button" value="No">. Its words are its value, not its text.
  it('en: the input "No" after "Did this answer your question?" is the way on', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      `${top('Help')}<section aria-label="Wish Assistant"><div role="log">
        <div>Orders usually arrive in 2-4 weeks. You can track yours from Order history.</div>
        <div>Did this answer your question?</div>
        <div><input type="button" id="yes" value="Yes"><input type="button" id="no" value="No"></div>
      </div></section>`,
    );
    expect(got).toEqual(['no=something-else']);
  });
});
