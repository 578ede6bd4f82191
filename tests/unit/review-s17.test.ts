// Fresh-eyes review of the s17 changes (bf98a8c..a62de35): realistic Wish-like inputs on which a
// new rule (the baseline noting what shows just under the trigger, the account entry that must be
// in the menu itself, a request or a message to the service as customer support, a link in a
// sentence of the assistant as a step) makes the guide worse than before, or is wrong in some
// language. Each test states what a correct guide does, so it fails on the reviewed code. Where a
// test says "At bf98a8c: …" it was run with src at bf98a8c (before the rules): those pass there
// and are the session's regressions; the ones marked "old gap" fail there too.
import { describe, expect, it, vi } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import { engineStarter, marked, settle, tick, chip, markedAt } from '../helpers/guide-page';
import { layoutOffAfterEach, withLayout } from '../helpers/layout';

// Geometry is a browser's: where a test needs it, layout is switched on and each element's box
// is given by a data-box attribute ("left top width height"); the window is 1024 × 768.
vi.mock('../../src/dom/visible', async (importOriginal) => {
  const { layout } = await import('../helpers/layout');
  const real = await importOriginal<typeof import('../../src/dom/visible')>();
  return { ...real, hasLayout: () => layout.on };
});
layoutOffAfterEach();

const start = engineStarter();
const b = chip;
const top = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>`;

/** The page is `body`; the guide waits at `step`. What it marked after more ticks (past the
 *  1.2 s a "No" is held back). */
const page = (problem: ProblemId, step: StepId, body: string) => markedAt(start, problem, step, body);

/** A signed-in bar whose account menu (`panel`, inside the trigger's holder) shows once the
 *  holder gets the class "open" (the hover, as a React wrapper's state does it). What the guide
 *  marked once the menu showed. */
async function afterHover(panel: string, nameHint = 'Ana Costa'): Promise<string[]> {
  document.body.innerHTML = `<style>.acct .sec{display:none}.acct.open .sec{display:block}</style>
    <header><a href="/">wish</a><input type="search" aria-label="Search">
      <div class="acct" id="holder"><div role="button" tabindex="0" aria-haspopup="true" id="trig">Hi, ${nameHint.split(' ')[0]} ▾</div>${panel}</div></header>
    <main><h1>Cart</h1><p>Your cart is empty.</p></main>`;
  const { engine } = start({ route: 'account-menu', problem: 'payment-declined', nameHint });
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

describe('the baseline under the trigger: an account menu already open is still the menu', () => {
  // The shopper opened the account menu (a click-to-open flyout, placed under the trigger by
  // script from the end of the page, aria-expanded="true") and then started the guide with
  // Alt+Shift+W or from the toolbar: the pointer is not on the trigger. The new baseline notes
  // what shows just under the trigger, so the open menu's own entries are "the page's before any
  // hover" and "Customer Support" never counts, not even when the shopper closes the menu and
  // opens it again (the same nodes). At bf98a8c: 'cs=customer-support' in both. (LIKELY enough:
  // a menu left open when the guide starts is an ordinary state; the guide loses the step for
  // good on that page.) A band of links under the bar (u159) is no role=menu and opened by no
  // trigger that says it is expanded.
  const bar = `<header data-box="0 0 1024 56"><a href="/" data-box="0 0 100 56">wish</a>
      <div role="button" tabindex="0" aria-haspopup="menu" aria-expanded="true" aria-controls="acct-menu" id="trig" data-box="880 4 130 48">Hi, Ana ▾</div></header>
    <main data-box="0 56 1024 712"><h1>Cart</h1><p>Your cart is empty.</p></main>`;
  const menu = `<div role="menu" aria-label="Account" id="acct-menu" data-box="860 52 164 200">
      <a role="menuitem" href="/transaction" data-box="860 60 164 30">Order History</a>
      <a role="menuitem" href="/cash" data-box="860 92 164 30">Wish Cash</a>
      <a role="menuitem" href="/customer-support" id="cs" data-box="860 124 164 30">Customer Support</a>
      <a role="menuitem" href="/settings" data-box="860 156 164 30">Settings</a>
      <a role="menuitem" href="/logout" data-box="860 188 164 30">Log out</a></div>`;

  it('the menu open when the guide starts shows its "Customer Support"', async () => {
    document.body.innerHTML = bar + menu;
    withLayout();
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Ana Costa' });
    engine.evaluate();
    await settle(() => marked().includes('cs=customer-support'));
    for (let i = 0; i < 3; i++) {
      await tick();
      engine.evaluate();
    }
    expect(marked()).toEqual(['cs=customer-support']);
  });

  it('closed and opened again by the shopper, the same menu is the menu', async () => {
    document.body.innerHTML = bar + menu;
    withLayout();
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', nameHint: 'Ana Costa' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    const trig = document.getElementById('trig')!;
    const m = document.getElementById('acct-menu')!;
    m.hidden = true;
    trig.setAttribute('aria-expanded', 'false');
    await settle(() => marked().includes('trig=account-menu'));
    for (let i = 0; i < 3; i++) {
      await tick();
      engine.evaluate();
    }
    m.hidden = false;
    trig.setAttribute('aria-expanded', 'true');
    await settle(() => marked().includes('cs=customer-support'));
    expect(marked()).toEqual(['cs=customer-support']);
  });
});

describe('the account entry in the menu itself: a menu in sections beside the trigger', () => {
  // The hover holder holds the trigger and the menu's sections side by side (no panel around
  // them): the entries' common holder holds the trigger, so the menu is narrowed to the first
  // entry's own section. The new rule then asks that section alone for an account entry: a menu
  // whose help section comes first ("Customer Support", "FAQ") has none there, and the whole
  // menu is lost. At bf98a8c: 'cs=customer-support'. (POSSIBLE: sections as the holder's own
  // children are a common dropdown markup.)
  const help = `<ul class="sec"><li><a href="/customer-support" id="cs">Customer Support</a></li><li><a href="/faq-page">FAQ</a></li></ul>`;
  const account = `<ul class="sec"><li><a href="/transaction">Order History</a></li><li><a href="/cash">Wish Cash</a></li>
    <li><a href="/settings">Settings</a></li><li><a href="/logout">Log out</a></li></ul>`;

  it('help section first: its "Customer Support" is the step', async () => {
    expect(await afterHover(help + account)).toEqual(['cs=customer-support']);
  });

  // Old gap, the same narrowing: with the account section first the menu is that section, and
  // "Customer Support" in the next one is outside it. At bf98a8c: 'trig=account-menu' too.
  it('account section first: "Customer Support" in the next section is the step (old gap)', async () => {
    expect(await afterHover(account + help)).toEqual(['cs=customer-support']);
  });
});

describe('a message to the service, not the messages from it', () => {
  // MESSAGE_STEMS are stems: the plural passes too, so an inbox of the service's replies
  // ("Customer service messages", "Nachrichten vom Kundenservice", "Μηνύματα εξυπηρέτησης
  // πελατών") now means customer support at 0.9 and beats the menu's real way to the people
  // ("Contact us", 0.8), with which it tied before. REQUEST_NOUNS are kept singular for this very
  // reason ("Meine Anfragen"). At bf98a8c: nothing marked in every language (a tie); now the
  // inbox, a wrong highlight. (POSSIBLE: a messages inbox is a common account-menu entry.) A
  // correct guide marks "Contact us" (or, unsure, nothing), never the inbox.
  const menus: [string, string, string, string, string, string][] = [
    ['Order History', 'Wish Cash', 'Customer service messages', 'Contact us', 'Settings', 'Log out'],
    [
      'Meine Bestellungen',
      'Wish Cash',
      'Nachrichten vom Kundenservice',
      'Kontaktiere uns',
      'Einstellungen',
      'Abmelden',
    ],
    [
      'Mes commandes',
      'Wish Cash',
      'Messages du service client',
      'Nous contacter',
      'Paramètres',
      'Se déconnecter',
    ],
    [
      'Historial de pedidos',
      'Wish Cash',
      'Mensajes de atención al cliente',
      'Contáctanos',
      'Configuración',
      'Cerrar sesión',
    ],
    ['I miei ordini', 'Wish Cash', 'Messaggi del servizio clienti', 'Contattaci', 'Impostazioni', 'Esci'],
    [
      'Meus pedidos',
      'Wish Cash',
      'Mensagens do atendimento ao cliente',
      'Fale conosco',
      'Configurações',
      'Sair',
    ],
    [
      'Οι παραγγελίες μου',
      'Wish Cash',
      'Μηνύματα εξυπηρέτησης πελατών',
      'Επικοινωνήστε μαζί μας',
      'Ρυθμίσεις',
      'Αποσύνδεση',
    ],
  ];
  it('an inbox of the service\'s messages is never "Customer Support" (en, de, fr, es, it, pt, el)', async () => {
    const wrong: string[] = [];
    for (const [orders, cash, inbox, contact, settings, out] of menus) {
      const got = await afterHover(
        `<ul class="sec"><li><a href="/transaction">${orders}</a></li><li><a href="/cash">${cash}</a></li>
          <li><a href="/messages" id="inbox">${inbox}</a></li><li><a href="/contact" id="contact">${contact}</a></li>
          <li><a href="/settings">${settings}</a></li><li><a href="/logout">${out}</a></li></ul>`,
      );
      if (got.includes('inbox=customer-support')) wrong.push(inbox);
      document.body.innerHTML = '';
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe('a request or a message to the service, as each language says it', () => {
  // The rule's own examples pass ("Anfrage an den Kundenservice", "Message customer service"),
  // but the same call said with its verb or its preposition does not: "Send a message to
  // customer service", "Envoyer un message au service client", "Enviar un mensaje a Atención al
  // cliente", "Anfrage an den Kundenservice senden" (a verb word is none of the allowed words)
  // and Greek's "Αίτημα προς την Εξυπηρέτηση Πελατών" ("προς", "στην": four letters, no joining
  // word). In an account menu with no other way to the people, nothing is marked. Old gap (at
  // bf98a8c nothing either), the new rule's reach. (POSSIBLE.)
  const entries: [string, string, string, string][] = [
    ['Order History', 'Send a message to customer service', 'Settings', 'Log out'],
    ['Mes commandes', 'Envoyer un message au service client', 'Paramètres', 'Se déconnecter'],
    ['Historial de pedidos', 'Enviar un mensaje a Atención al cliente', 'Configuración', 'Cerrar sesión'],
    ['Meine Bestellungen', 'Anfrage an den Kundenservice senden', 'Einstellungen', 'Abmelden'],
    ['Οι παραγγελίες μου', 'Αίτημα προς την Εξυπηρέτηση Πελατών', 'Ρυθμίσεις', 'Αποσύνδεση'],
  ];
  it('"Send a message to…", "Envoyer un message au…", "Αίτημα προς την…" are the way to the service', async () => {
    const missed: string[] = [];
    for (const [orders, ask, settings, out] of entries) {
      const got = await afterHover(
        `<ul class="sec"><li><a href="/transaction">${orders}</a></li><li><a href="/cash">Wish Cash</a></li>
          <li><a href="/support/new" id="cs">${ask}</a></li><li><a href="/settings">${settings}</a></li>
          <li><a href="/logout">${out}</a></li></ul>`,
      );
      if (!got.includes('cs=customer-support')) missed.push(ask);
      document.body.innerHTML = '';
    }
    expect(missed).toEqual([]);
  }, 60_000);
});

describe("a link in a sentence of the assistant's chat: a call to act, not any name", () => {
  // The `talk` option lets every link in a paragraph of the chat's log be a step, read by its
  // name alone. The greeting names the team in passing ("Our <a>Customer Support team</a> is
  // here 24/7", a link to the help pages): "Customer Support team" means a person, and it is
  // marked as the agent instead of the "Yes" to the bot's offer of a person. At bf98a8c:
  // 'yes=contact-agent'. (LIKELY: bots' greetings link the team or the help pages like this.)
  it('en: "Our Customer Support team is here 24/7" in the greeting is no offer; the Yes is', async () => {
    const got = await page(
      'never-delivered',
      'contact-agent',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <p>Hi Ana! I'm Wish's virtual assistant. Our <a href="/help" id="lnk">Customer Support team</a> is here 24/7.</p>
        <p>Sorry I couldn't sort this out. Would you like to talk to someone?</p>
        <div class="chips">${b('yes', 'Yes, please') + b('no', 'No, thanks')}</div></div></section>`,
    );
    expect(got).toEqual(['yes=contact-agent']);
  });

  // The bot's answer offers an article in a sentence ("This might help: <a>Contacting Customer
  // Support</a>", to a help page), then asks whether to bring a person in. The article's title
  // reads as a call ("contacting" + the service) and is marked instead of the Yes. At bf98a8c:
  // 'yes=contact-agent'. (LIKELY: bots answer with an article link before offering a person.)
  it('en: an article "Contacting Customer Support" the bot links in its answer is no offer; the Yes is', async () => {
    const got = await page(
      'never-delivered',
      'contact-agent',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <p>This might help: <a href="/help/contact-us" id="lnk">Contacting Customer Support</a></p>
        <p>Would you like to talk to someone from our team?</p>
        <div class="chips">${b('yes', 'Yes') + b('no', 'No')}</div></div></section>`,
    );
    expect(got).toEqual(['yes=contact-agent']);
  });

  // At "something else": the bot's answer ends "Not what you need? <a>See other topics</a>", a
  // link to the help centre (out of the chat), then asks "Did this answer your question?". The
  // link's "other topics" means something else and is marked; the bot's "No", the way on, is
  // not. At bf98a8c: 'no=something-else' (en); nothing (es, an old gap), where now the link is
  // marked: a wrong highlight either way. (LIKELY: "Not what you need? See other topics" closes
  // many bots' answers.)
  it('en, es: "See other topics" linked in the answer\'s sentence is not the way on', async () => {
    const en = await page(
      'never-delivered',
      'something-else',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <p>Orders usually arrive in 2–4 weeks. Not what you need? <a href="/help" id="lnk">See other topics</a></p>
        <p>Did this answer your question?</p>
        <div class="chips">${b('yes', 'Yes') + b('no', 'No')}</div></div></section>`,
    );
    expect(en).toEqual(['no=something-else']);
    document.body.innerHTML = '';
    const es = await page(
      'never-delivered',
      'something-else',
      `${top}<section aria-label="Asistente Wish"><div role="log">
        <p>Los pedidos suelen llegar en 2–4 semanas. ¿Tienes otra duda? <a href="/help" id="lnk">Otras preguntas</a></p>
        <p>¿Te ha servido esta respuesta?</p>
        <div class="chips">${b('yes', 'Sí') + b('no', 'No')}</div></div></section>`,
    );
    expect(es).not.toContain('lnk=something-else');
  });
});
