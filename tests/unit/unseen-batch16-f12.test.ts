// What review s14 found in the rating and channel-card rules (this fixer's share), beyond the
// reviewer's own cases: each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import { locate } from '../../src/dom/locate';
import {
  asksIfHelped,
  cardOffersPerson,
  praises,
  ratesMiddle,
  saysItDidNotHelp,
} from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();
const b = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;
const top = (h1: string) => `<header><a href="/">wish</a></header><main><h1>${h1}</h1></main>`;

/** The page is `body`; the guide waits at `step`, evaluated each tick (past the way-on No's
 *  hold). What it marked. */
async function page(problem: ProblemId, step: StepId, body: string): Promise<string[]> {
  document.body.innerHTML = body;
  const { engine } = start({ route: 'account-menu', problem, startAt: step });
  engine.evaluate();
  for (let i = 0; i < 40 && !marked().length; i++) {
    await tick();
    engine.evaluate();
  }
  await settle(() => marked().length > 0);
  return marked();
}

describe("a rating's good end says it helped, as a verb", () => {
  it('help as a thing or a call for it praises nothing; helping done does, in every language', () => {
    for (const name of ['Get help', 'Ayuda', 'Aiutami', 'Mehr Hilfe', "Obtenir de l'aide", 'Pedir ajuda'])
      expect(praises(name), name).toBe(false);
    for (const name of [
      'Das hat mir weitergeholfen',
      'Me ayudó',
      "Cela m'a aidé",
      'Isso me ajuda',
      'Mi ha aiutato',
      'Με βοήθησε',
      'That helps',
    ])
      expect(praises(name), name).toBe(true);
  });

  it('German\'s participle in a compound: "nicht weitergeholfen" did not help; "weitergeholfen?" asks', () => {
    expect(saysItDidNotHelp('Das hat mir nicht weitergeholfen')).toBe(true);
    expect(asksIfHelped('Hat Ihnen diese Antwort weitergeholfen?')).toBe(true);
    // An article named after a colon is no part of the question; a question about an article is.
    expect(asksIfHelped('Here is an article that may help: My parcel is late Did this help?')).toBe(true);
    expect(asksIfHelped('Was this article helpful?')).toBe(false);
  });

  it('en: after an article introduced by a colon, "Did this help?" makes its No the way on', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      `${top('Help')}<section aria-label="Wish Assistant"><div role="log">
        <div>Here is an article that may help: <a href="/help/a/7">My parcel is late</a></div>
        <div>Did this help?</div>
        <div>${b('ok', 'Yes, thanks')}${b('nh', "No, it didn't help")}</div>
      </div></section>`,
    );
    expect(got).toEqual(['nh=something-else']);
  });
});

describe("a rating's middle point is a point of the rating", () => {
  it('reads middles and faces; a face offering a person is no point', () => {
    for (const name of ['😐 Más o menos', 'So-so', 'Geht so', 'Em parte', 'In parte', '🙁', 'Εν μέρει'])
      expect(ratesMiddle(name), name).toBe(true);
    for (const name of ['🙋 Talk to a person', 'Back to the menu', 'Reembolsos', 'Help Centre'])
      expect(ratesMiddle(name), name).toBe(false);
  });

  it('it: "No, non mi ha aiutato" of a rating "Sì, grazie / In parte / No…" is not "something else"', async () => {
    const got = await page(
      'refund-missing',
      'something-else',
      `${top('Aiuto')}<section aria-label="Assistente Wish"><div role="log">
        <div>Ciao Giulia! Scegli un argomento:</div>
        <div role="group"><button type="button" disabled>Rimborsi</button><button type="button" disabled>Pagamenti</button></div>
        <div>Com'è andata finora? ${b('up', 'Sì, grazie')}${b('mid', 'In parte')}${b('down', 'No, non mi ha aiutato')}</div>
        <div>Rimborsi</div>
        <div>Cerco articoli su <b>Rimborsi</b>…</div>
      </div></section>`,
    );
    expect(got).toEqual([]);
  });
});

describe('a card saying our team answers in another app offers no person of Wish', () => {
  it('reads the app on the line, in several languages', () => {
    for (const line of [
      'Unser Team antwortet dir auf WhatsApp',
      'Nossa equipe responde pelo WhatsApp',
      'Our team replies on Messenger',
    ])
      expect(cardOffersPerson(line), line).toBe(false);
    expect(cardOffersPerson('Unser Team antwortet dir in dieser Unterhaltung')).toBe(true);
  });

  it('en: a go on a card "Our team replies on Messenger" is not the contact-agent', () => {
    document.body.innerHTML = `<div id="ch"><div><h3>Still stuck?</h3><p>Our team replies to you on Messenger</p>
      <button type="button" id="go">Start</button></div></div>`;
    expect(locate('contact-agent', [$('#ch')]).element?.id).not.toBe('go');
  });
});
