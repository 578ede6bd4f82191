// Fresh-eyes review of the s16 changes (94288a1..abb6f4c): realistic Wish-like inputs on which a
// new rule (arrival said as "not (yet) received" or "still waiting"/"où en est"/"wo bleibt"
// among topics, cards as payment words with store credit apart, "another topic/question" as
// something else, a 👎 named in full, the tie rule of fittingTopic) makes the guide worse than
// before. Each test states what a correct guide does, so it fails on the reviewed code. Where a
// test says "At 94288a1: …" it was run with src at 94288a1: all but the last pass there (the
// session's regressions); the last is an old gap the tie rule made worse.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import type { StepId } from '../../src/guide/steps';
import { engineStarter, chip, markedAt } from '../helpers/guide-page';

const start = engineStarter();
const b = chip;
const top = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>`;

/** The assistant (named `label`) greets with `question` over `chips`. */
const bot = (label: string, question: string, chips: string) =>
  `${top}<section aria-label="${label}"><div role="log"><div>${question}</div><div class="chips">${chips}</div></div></section>`;

/** The page is `body`; the guide waits at `step`. What it marked after more ticks (past the
 *  1.2 s a "No" is held back). */
const page = (problem: ProblemId, step: StepId, body: string) => markedAt(start, problem, step, body);

describe('meansArrival among topics: only a parcel or an order that has not come', () => {
  // saysNotArrived(norm, true) now reads any no + a verb of receiving among the topics as a
  // parcel that has not come: a sign-in code, a confirmation e-mail, a reply from support. The
  // account topic "I didn't receive my verification code" fits a lost parcel at 3, above "Track
  // my order" (2), and is highlighted. At 94288a1: 'trk=topic'. (LIKELY: "I didn't get the
  // code" is a staple of help centres' topic lists.)
  it('en: "I didn\'t receive my verification code" is no parcel that never came', async () => {
    const got = await page(
      'never-delivered',
      'topic',
      bot(
        'Wish Assistant',
        'Hi Ana! What can we help with?',
        b('trk', 'Track my order') +
          b('code', "I didn't receive my verification code") +
          b('pay', 'Payments') +
          b('acc', 'My account'),
      ),
    );
    expect(got).toEqual(['trk=topic']);
  });

  // The same with "not yet" now allowed among topics: a list of questions where "Why haven't I
  // received a reply yet?" (a support ticket's status) fits a lost parcel at 3, the tracking
  // question not at all, so the ticket's question is highlighted. At 94288a1: 'acc=topic'.
  // (LIKELY.) A correct guide takes the account topic (or the tracking question), never it.
  it('en: "Why haven\'t I received a reply yet?" in a list of questions is no parcel', async () => {
    const got = await page(
      'never-delivered',
      'topic',
      bot(
        'Wish Assistant',
        'Hi Ana! What can we help with?',
        b('trk', 'How do I track my order?') +
          b('req', "Why haven't I received a reply yet?") +
          b('pay', 'Why was my payment declined?') +
          b('acc', 'How do I change my password?'),
      ),
    );
    expect(got).toHaveLength(1);
    expect(got).not.toContain('req=topic');
  });

  // The new phrases ask after anything, not only an order: "Où en est ma demande" (where is my
  // request, a ticket's status), "Still waiting for a reply" both fit a lost parcel at 3 and
  // beat the order's tracking. At 94288a1: 'trk=topic' for both. (LIKELY: "Où en est ma
  // demande ?" is the usual French help-centre entry for a ticket's status.)
  it('fr, en: "Où en est ma demande", "Still waiting for a reply" ask after a request, not the parcel', async () => {
    const fr = await page(
      'never-delivered',
      'topic',
      bot(
        'Assistant Wish',
        "Bonjour Ana ! De quoi s'agit-il ?",
        b('trk', 'Suivre ma commande') +
          b('req', 'Où en est ma demande') +
          b('pay', 'Paiements') +
          b('acc', 'Mon compte'),
      ),
    );
    expect(fr).toEqual(['trk=topic']);
    document.body.innerHTML = '';
    const en = await page(
      'never-delivered',
      'topic',
      bot(
        'Wish Assistant',
        'Hi Ana! What can we help with?',
        b('trk', 'Track my order') +
          b('req', 'Still waiting for a reply') +
          b('pay', 'Payments') +
          b('acc', 'My account'),
      ),
    );
    expect(en).toEqual(['trk=topic']);
  });

  // Money asked after is a refund, said without a refund word: "Wo bleibt mein Geld?", "Cadê meu
  // dinheiro?" pass the refund guard of meansArrival and are highlighted for a parcel that never
  // came. At 94288a1: 'acc=topic' (de) and 'trk=topic' (pt). (LIKELY: both are everyday ways to
  // ask after a refund.)
  it('de, pt: "Wo bleibt mein Geld?", "Cadê meu dinheiro?" ask after money, not the parcel', async () => {
    const de = await page(
      'never-delivered',
      'topic',
      bot(
        'Wish-Assistent',
        'Hallo Ana! Wobei können wir helfen?',
        b('trk', 'Bestellung verfolgen') +
          b('ref', 'Wo bleibt mein Geld?') +
          b('pay', 'Zahlungen') +
          b('acc', 'Mein Konto'),
      ),
    );
    expect(de).not.toContain('ref=topic');
    expect(de).toHaveLength(1);
    document.body.innerHTML = '';
    const pt = await page(
      'never-delivered',
      'topic',
      bot(
        'Assistente Wish',
        'Olá Ana! Como podemos ajudar?',
        b('trk', 'Rastrear pedido') +
          b('ref', 'Cadê meu dinheiro?') +
          b('pay', 'Pagamentos') +
          b('acc', 'Minha conta'),
      ),
    );
    expect(pt).toEqual(['trk=topic']);
  });
});

describe('cards as payment words: store credit is no topic for a declined card', () => {
  // 'card', 'carte', 'tarjeta', 'carta', 'cartao' make a gift-card topic a payment topic; the
  // store-credit rule then only lowers it to "near" (2), above the guide's own "My account"
  // (1). A declined card is highlighted to "Gift cards & Wish Cash" and its look-alikes in four
  // languages. At 94288a1: 'acc=topic' in every one. (LIKELY: Wish lists gift cards and Wish
  // Cash as a help topic of their own.)
  const lists: [string, string, string, string][] = [
    ['Wish Assistant', 'Orders & shipping', 'Gift cards & Wish Cash', 'My account'],
    ['Assistant Wish', 'Commandes et livraison', 'Cartes cadeaux et bons', 'Mon compte'],
    ['Asistente Wish', 'Pedidos', 'Tarjetas regalo y cupones', 'Mi cuenta'],
    ['Assistente Wish', 'Ordini', 'Carte regalo e buoni', 'Il mio account'],
    ['Assistente Wish', 'Pedidos', 'Cartão-presente e cupons', 'Minha conta'],
  ];
  for (const [label, orders, gift, account] of lists)
    it(`"${gift}" is not the topic for a declined card; "${account}" is`, async () => {
      const got = await page(
        'payment-declined',
        'topic',
        bot(label, 'Hi!', b('ord', orders) + b('gift', gift) + b('acc', account)),
      );
      expect(got).toEqual(['acc=topic']);
    });

  // The other way: a general payments topic that also names gift cards ("Payments & gift
  // cards", "Pagamenti e buoni regalo") loses its charge to the store-credit rule, drops from 3
  // to 2, ties with "Refunds", and the guide falls back to "My account". At 94288a1:
  // 'pay=topic' in both. (LIKELY: payment and store credit share one topic on many shops.)
  it('"Payments & gift cards", "Pagamenti e buoni regalo" still lead for a declined card, before "Refunds"', async () => {
    const en = await page(
      'payment-declined',
      'topic',
      bot(
        'Wish Assistant',
        'Hi Ana! What can we help with?',
        b('ord', 'Orders') + b('ref', 'Refunds') + b('pay', 'Payments & gift cards') + b('acc', 'My account'),
      ),
    );
    expect(en).toEqual(['pay=topic']);
    document.body.innerHTML = '';
    const it_ = await page(
      'payment-declined',
      'topic',
      bot(
        'Assistente Wish',
        'Ciao! Di cosa si tratta?',
        b('ord', 'Ordini') +
          b('ref', 'Rimborsi') +
          b('pay', 'Pagamenti e buoni regalo') +
          b('acc', 'Il mio account'),
      ),
    );
    expect(it_).toEqual(['pay=topic']);
  });
});

describe('paying as a verb: a payment that went through is no declined card', () => {
  // 'bezahl' and 'πληρωσ' (meant for "Ich kann nicht bezahlen", "Δεν μπορώ να πληρώσω") make a
  // topic saying the shopper PAID a payment topic: "Bezahlt, aber nicht erhalten" ("paid but not
  // received", a parcel that never came) and "Πλήρωσα αλλά δεν ήρθε" fit a declined card at 3
  // and are highlighted. At 94288a1: 'acc=topic' in both. (LIKELY: "bezahlt, aber nicht
  // erhalten" is how German shoppers say the parcel never came.)
  it('de, el: "Bezahlt, aber nicht erhalten", "Πλήρωσα αλλά δεν ήρθε" are not the topic for a declined card', async () => {
    const de = await page(
      'payment-declined',
      'topic',
      bot(
        'Wish-Assistent',
        'Hallo Ana! Worum geht es?',
        b('trk', 'Bestellung verfolgen') +
          b('paid', 'Bezahlt, aber nicht erhalten') +
          b('ret', 'Rücksendungen') +
          b('acc', 'Mein Konto'),
      ),
    );
    expect(de).toEqual(['acc=topic']);
    document.body.innerHTML = '';
    const el = await page(
      'payment-declined',
      'topic',
      bot(
        'Βοηθός Wish',
        'Γεια σου! Με τι να βοηθήσουμε;',
        b('trk', 'Παρακολούθηση παραγγελίας') +
          b('paid', 'Πλήρωσα αλλά δεν ήρθε') +
          b('ret', 'Επιστροφές') +
          b('acc', 'Ο λογαριασμός μου'),
      ),
    );
    expect(el).toEqual(['acc=topic']);
  });
});

describe('"another topic", "another question": a way back to the menu, not something else', () => {
  // ELSE_STEMS now holds 'another topic' and 'another question': the bot's "Select another
  // topic" (back to its first menu) under an order's sub-topics is highlighted as "something
  // else"; following it loops the shopper back to the topics. At 94288a1: nothing marked.
  // (LIKELY: "Select another topic" / "Back to main menu" close most bots' sub-menus.)
  it('en: "Select another topic" under the sub-topics is no way on', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      bot(
        'Wish Assistant',
        'What about your order?',
        b('trk', 'Track my order') +
          b('chg', 'Change address') +
          b('cxl', 'Cancel order') +
          b('bk', 'Select another topic'),
      ),
    );
    expect(got).toEqual([]);
  });

  // "Ask another question" beside the yes of "Did this answer your question?" restarts the bot;
  // it is no "No". At 94288a1: nothing marked. (POSSIBLE.)
  it('en: "Ask another question" beside "Yes, thanks" under "Did this answer your question?" is no way on', async () => {
    const got = await page(
      'never-delivered',
      'something-else',
      bot(
        'Wish Assistant',
        'Your parcel is on its way. Did this answer your question?',
        b('y', 'Yes, thanks') + b('ask', 'Ask another question'),
      ),
    );
    expect(got).toEqual([]);
  });
});

describe('a 👎 named in full is still a rating where it rates a message (u138 with a longer name)', () => {
  // spellsOut lets any 👎 whose name has three words answer "did this help?": the u138 page
  // (a "Was this helpful?" rating under the bot's offers, no way on) with its 👎 named "No, it
  // didn't help" instead of "No" is marked as the way on, though it only rates the offer.
  // At 94288a1: nothing marked. (POSSIBLE: thumbs' labels are often full sentences.)
  it('en: a 👎 named "No, it didn\'t help" rating an offer is no way on', async () => {
    const got = await page(
      'not-as-described',
      'something-else',
      `${top}<section aria-label="Wish Assistant"><div role="log">
        <div>Sorry it wasn't what you expected. Here's what I can do right now:</div>
        <div class="stack">${b('ret', 'Return it for a full refund')}</div>
        <div class="rate">Was this helpful? <button type="button" aria-label="Yes, it helped">👍</button>
          <button type="button" id="down" aria-label="No, it didn't help">👎</button></div>
      </div></section>`,
    );
    expect(got).toEqual([]);
  });
});

describe('fittingTopic: two topics fitting alike, one asked as a question, are of one kind', () => {
  // The tie rule reads each tied topic's kind by topicOf, not topicOfAsked: "Where is my
  // order?" has no kind, "Package not received" is an order's, so the two arrival topics are
  // "of two kinds" and the guide marks nothing. At 94288a1: 'ord=topic' ("Order status", the
  // order's topic found first); now nothing, a step lost. A correct guide takes one of the two
  // that name the problem. (Old gap made worse; LIKELY: lists mix questions and plain topics.)
  it('en: "Where is my order?" and "Package not received" tie: one of them, not nothing', async () => {
    const got = await page(
      'never-delivered',
      'topic',
      bot(
        'Wish Assistant',
        'Hi Ana! What can we help with?',
        b('ord', 'Order status') +
          b('w', 'Where is my order?') +
          b('n', 'Package not received') +
          b('ret', 'Returns'),
      ),
    );
    expect(got).toHaveLength(1);
    expect(['w=topic', 'n=topic']).toContain(got[0]);
  });
});
