// Fresh-eyes review of the s18 changes (a62de35..3277eed): realistic Wish-like inputs on which a
// new rule (a link in the chat's sentence only when it acts in place, a wordless button named by
// the caption beside it, "anders" as "different", the account-only entry as the menu's anchor
// with its sections beside the trigger) makes the guide worse than before, or is wrong in some
// language. Each test states what a correct guide does, so it fails on the reviewed code. Where a
// test says "At a62de35: …" it was run with src at a62de35 (before the rules): those pass there
// and are the session's regressions; the ones marked "old gap" fail there too.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import { engineStarter, marked, settle, tick, chip, markedAt } from '../helpers/guide-page';

const start = engineStarter();
const b = chip;
const top = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>`;
/** An icon drawn with no words, no title and no label (a chevron, a cross). */
const icon = '<svg viewBox="0 0 10 10" width="16" height="16"><path d="M1 1L9 9M9 1L1 9"/></svg>';

/** The page is `body`; the guide waits at `step`. What it marked after more ticks (past the
 *  1.2 s a "No" is held back). */
const page = (problem: ProblemId, step: StepId, body: string) => markedAt(start, problem, step, body);

describe("a link in the assistant's sentence to the person's own page is the way to a person", () => {
  // The new rule keeps a link in the chat's sentence only when it acts in the chat (href "#" or
  // a script's). The bot's last answer often sends the shopper to the agent's form or to the
  // live chat's own route with an ordinary link ("Still need help? <a href=/support/contact-
  // agent>Contact a support agent</a>"): that link is the step, and it is no reference in the
  // text. Now nothing is marked: the step is lost. At a62de35: 'lnk=contact-agent' in both.
  // (LIKELY: a React app's links to its own routes carry their real paths.)
  it('en: "Still need help? Contact a support agent" linked to the agent form', async () => {
    const got = await page(
      'never-delivered',
      'contact-agent',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <p>Sorry I couldn't sort this out.</p>
        <p>Still need help? <a href="/support/contact-agent" id="lnk">Contact a support agent</a></p></div></section>`,
    );
    expect(got).toEqual(['lnk=contact-agent']);
  });

  it('en: "You can chat with an agent" linked to the live chat\'s route', async () => {
    const got = await page(
      'never-delivered',
      'contact-agent',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <p>Sorry I couldn't sort this out. You can <a href="/help/chat?agent=1" id="lnk">chat with an agent</a>.</p></div></section>`,
    );
    expect(got).toEqual(['lnk=contact-agent']);
  });
});

describe("a dialog's wordless close button is not named by the dialog's title", () => {
  // captionOf names a wordless button by the one text beside it in its holder. A dialog's header
  // is exactly that: its title and a close "×" drawn as an icon with no label (a very common
  // accessibility slip). The close button takes the title's words: "Live chat" means a person,
  // so the close button is marked as the agent instead of the bot's "Yes". At a62de35:
  // 'yes=contact-agent'. (LIKELY: a chat widget titled "Live chat" / "Talk to an agent" with an
  // unlabelled close icon.)
  it('en: header "Live chat" + close icon; the bot\'s "Yes" is the step, never the close button', async () => {
    const got = await page(
      'never-delivered',
      'contact-agent',
      `${top}<div role="dialog" aria-label="Wish Assistant">
        <div class="head"><h2>Live chat</h2><button type="button" id="x">${icon}</button></div>
        <div class="msgs"><p>Sorry I couldn't sort this out. Would you like to talk to someone?</p>
          <div class="chips">${b('yes', 'Yes') + b('no', 'No')}</div></div></div>`,
    );
    expect(got).toEqual(['yes=contact-agent']);
  });

  // The same header in Portuguese and Greek ("Falar com um atendente", "Συνομιλία με
  // εκπρόσωπο"): the close button now ties with the real "Contact Support Agent" and nothing is
  // marked, a step found before lost. At a62de35: 'agent=contact-agent' in both.
  it('pt, el: a close icon beside a title that offers a person does not tie with the real offer', async () => {
    const lost: string[] = [];
    for (const title of ['Falar com um atendente', 'Συνομιλία με εκπρόσωπο']) {
      const got = await page(
        'never-delivered',
        'contact-agent',
        `${top}<div role="dialog" aria-label="Wish Assistant">
          <div class="head"><h2>${title}</h2><button type="button" id="x">${icon}</button></div>
          <div class="msgs"><p>Choose an option.</p>
            <div class="chips">${b('agent', 'Contact Support Agent') + b('back', 'Back to topics')}</div></div></div>`,
      );
      if (got.join() !== 'agent=contact-agent') lost.push(`${title}: ${got.join()}`);
      document.body.innerHTML = '';
    }
    expect(lost).toEqual([]);
  }, 30_000);
});

describe("a wordless back arrow beside the screen's title is not the title's choice", () => {
  // A screen of the assistant titled after where the shopper is ("Other topics"), a back arrow
  // drawn as a bare icon before the title. The arrow takes the title's words and means
  // "something else": it is marked instead of the bot's "No" to "Did this help?". At a62de35:
  // 'no=something-else'. (LIKELY: wizard-like assistants title each screen beside a back arrow.)
  it('en: back arrow + "Other topics": the "No" is the way on, never the arrow', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      `${top}<div role="dialog" aria-label="Wish Assistant">
        <div class="head"><button type="button" id="x">${icon}</button><h2>Other topics</h2></div>
        <div class="msgs"><p>Orders usually arrive in 2–4 weeks. Did this answer your question?</p>
          <div class="chips">${b('yes', 'Yes') + b('no', 'No')}</div></div></div>`,
    );
    expect(got).toEqual(['no=something-else']);
  });

  // Greek "Άλλα θέματα" over the choices: the arrow ties with the real "Something else" and
  // nothing is marked. At a62de35: 'else=something-else'.
  it('el: back arrow + "Άλλα θέματα" does not tie with the real "Something else"', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      `${top}<div role="dialog" aria-label="Wish Assistant">
        <div class="head"><button type="button" id="x">${icon}</button><h2>Άλλα θέματα</h2></div>
        <div class="msgs"><p>Επιλέξτε θέμα.</p>
          <div class="chips">${b('t1', 'Πού είναι η παραγγελία μου;') + b('t2', 'Επιστροφές χρημάτων') + b('else', 'Κάτι άλλο')}</div></div></div>`,
    );
    expect(got).toEqual(['else=something-else']);
  });
});

describe('"ask it differently" is no "something else" (de, el)', () => {
  // saysDifferentMatter keeps the adjective, not the adverb ("Ask your question differently",
  // "riformula diversamente" are excluded by their endings). German "anders" is both, with no
  // ending to tell them apart: the bot's "Frage anders formulieren" (rephrase the question)
  // beside "Hat dir das geholfen? Ja / Nein" now means "something else" (the question right
  // beside it) and is marked instead of the "Nein". (LIKELY: a rephrase button is a common
  // answer chip of help bots.)
  const bot = (text: string, question: string, chips: string) =>
    `${top}<section aria-label="Wish Assistant"><div role="log">
      <p>${text}</p><p>${question}</p><div class="chips">${chips}</div></div></section>`;

  // At a62de35: 'no=something-else' (regression).
  it('de: "Frage anders formulieren" is never marked; the "Nein" is the way on', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      bot(
        'Lieferungen dauern meist 2–4 Wochen.',
        'Hat dir das geholfen?',
        b('yes', 'Ja') + b('no', 'Nein') + b('re', 'Frage anders formulieren'),
      ),
    );
    expect(got).toEqual(['no=something-else']);
  });

  // Greek's adverb "διαφορετικά" ends in -ά, not -ως: "Διατυπώστε την ερώτηση διαφορετικά"
  // (rephrase the question) is marked as well. Old gap: at a62de35 're=something-else' too.
  it('el: "Διατυπώστε την ερώτηση διαφορετικά" is never marked; the "Όχι" is the way on (old gap)', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      bot(
        'Οι παραγγελίες φτάνουν συνήθως σε 2–4 εβδομάδες.',
        'Σας βοήθησε αυτό;',
        b('yes', 'Ναι') + b('no', 'Όχι') + b('re', 'Διατυπώστε την ερώτηση διαφορετικά'),
      ),
    );
    expect(got).toEqual(['no=something-else']);
  });
});

describe('a menu drawn as sections beside the trigger, each section in a wrapper of its own', () => {
  // menuSections reaches the menu's lists only when they are the hover holder's own children.
  // Sections usually come wrapped (a column with its heading and its list): then the hover's
  // menu gives no "Customer Support" at all, whichever section comes first. Old gap (at a62de35
  // 'trig=account-menu' in both orders too), the new rule's reach. (POSSIBLE: a two-column
  // account flyout in a React wrapper that shows it on hover.)
  const help = `<div class="sec"><h4>Help</h4><ul><li><a href="/customer-support" id="cs">Customer Support</a></li>
    <li><a href="/faq-page">FAQ</a></li></ul></div>`;
  const account = `<div class="sec"><h4>My account</h4><ul><li><a href="/transaction">Order History</a></li>
    <li><a href="/cash">Wish Cash</a></li><li><a href="/settings">Settings</a></li><li><a href="/logout">Log out</a></li></ul></div>`;

  async function afterHover(panel: string): Promise<string[]> {
    document.body.innerHTML = `<style>.acct .sec{display:none}.acct.open .sec{display:block}</style>
      <header><a href="/">wish</a><input type="search" aria-label="Search">
        <div class="acct" id="holder"><div role="button" tabindex="0" aria-haspopup="true" id="trig">Hi, Ana ▾</div>${panel}</div></header>
      <main><h1>Cart</h1><p>Your cart is empty.</p></main>`;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Ana Costa' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['trig=account-menu']);
    document.getElementById('holder')!.classList.add('open');
    await settle(() => marked().some((m) => m.endsWith('=customer-support')));
    for (let i = 0; i < 3; i++) {
      await tick();
      engine.evaluate();
    }
    return marked();
  }

  it('help section first: its "Customer Support" is the step (old gap)', async () => {
    expect(await afterHover(help + account)).toEqual(['cs=customer-support']);
  });

  it('account section first: "Customer Support" in the next section is the step (old gap)', async () => {
    expect(await afterHover(account + help)).toEqual(['cs=customer-support']);
  });
});
