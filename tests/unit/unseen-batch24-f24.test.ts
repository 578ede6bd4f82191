// What the twenty-fourth batch of hand-made pages (u176, u179, written blind to the guide's code)
// found at its first run. Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

/** Evaluates tick by tick until `done()` holds (then a few more: a late highlight still
 *  counts), `n` ticks at most. */
async function ticks(engine: { evaluate(): void }, done: () => boolean, n = 20): Promise<void> {
  for (let i = 0, after = 0; i < n && after < 3; i++) {
    await tick();
    engine.evaluate();
    if (done()) after++;
  }
}

describe("Wish's assistant docked empty before it is opened (u176)", () => {
  // The dock is drawn from the start (a header naming it and a close button, its log empty) and
  // the support entry writes the first message and choices into it. Set aside as "on show before
  // the click", its choices were never the assistant's.
  async function afterEntry(title: string): Promise<string[]> {
    document.body.innerHTML = `<header><a href="/">wish</a>
        <div id="holder"><button type="button" id="trig" aria-haspopup="menu">Lena ▾</button></div></header>
      <main><h1>Unser Shop</h1></main>
      <section role="dialog" aria-modal="false" aria-labelledby="dt"><div><b id="dt">${title}</b>
        <button type="button" aria-label="Schließen">✕</button></div>
        <div id="log" role="log" aria-live="polite"></div><div id="replies"></div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Lena Huber' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    document.getElementById('holder')!.insertAdjacentHTML(
      'beforeend',
      `<div role="menu" aria-label="Mein Konto"><a role="menuitem" href="/transaction">Meine Bestellungen</a>
        <button type="button" role="menuitem" id="cs">Kundendienst</button></div>`,
    );
    await settle(() => marked().includes('cs=customer-support'));
    shopper.click(document.getElementById('cs')!);
    document.getElementById('log')!.innerHTML = `<div class="bot">Hallo Lena! Worum geht es?</div>`;
    document.getElementById('replies')!.innerHTML = `<div role="group">
        <button type="button" id="pay">Zahlung &amp; Abbuchung</button>
        <button type="button">Lieferung &amp; Versand</button><button type="button">Rücksendung</button></div>`;
    await ticks(engine, () => marked().some((m) => m.endsWith('=topic')));
    return marked();
  }

  it("the topic written into Wish's empty dock is marked", async () => {
    expect(await afterEntry('Wish-Assistent')).toEqual(['pay=topic']);
  });

  it("an empty panel not named as Wish's stays set aside", async () => {
    // A shop's or a vendor's chat on show before the click is not what the click opened.
    expect(await afterEntry('Shop-Chat')).toEqual([]);
  });
});
