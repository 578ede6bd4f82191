// The chat-ended rule (u134) read afresh: only a talk said, in a past form, to be over ends the
// choices above it, within its own conversation, in a log drawn oldest-first. Each test fails
// without this fixer's change.
import { describe, expect, it } from 'vitest';
import { saysChatEnded } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();
const b = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;

async function topicMarked(body: string): Promise<string[]> {
  document.body.innerHTML = body;
  const { engine } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'topic' });
  engine.evaluate();
  await settle(() => marked().length > 0);
  for (let i = 0; i < 3; i++) await tick();
  return marked();
}

describe('saysChatEnded: a past form says a talk is over, in every language', () => {
  it('past participles, past tenses and perfects count, reflexives and passives included', () => {
    for (const text of [
      'This conversation has ended · 14 Mar',
      'Der Chat wurde beendet',
      'Sitzung abgelaufen',
      'La discussion est terminée',
      'Se ha cerrado el chat',
      'A conversa foi encerrada. Obrigado!',
      'La chat si è chiusa per inattività',
      'Η συνομιλία έχει λήξει',
      'Η συνομιλία τερματίστηκε · 2 Σεπ',
      'Chat ended. You can start a new one below.',
    ])
      expect(saysChatEnded(text), text).toBe(true);
  });

  it('a future, a modal, a present telling the future or hours say nothing ended', () => {
    for (const text of [
      'Der Chat wird nach 10 Minuten Inaktivität beendet',
      'La chat verrà chiusa tra 5 minuti',
      'Η συνομιλία θα κλείσει σε 10 λεπτά',
      'La session se termine dans 5 minutes',
      'El chat se cerrará si no respondes',
      'Il chat è chiuso la domenica',
      'Der Live-Chat ist am Wochenende geschlossen',
      'Le chat est fermé les jours fériés',
      'Η συνομιλία είναι κλειστή τις αργίες',
    ])
      expect(saysChatEnded(text), text).toBe(false);
  });
});

describe("an ended talk's notice ends only the choices before it in its own conversation", () => {
  // One window, today's log first, then a log of earlier talks the page keeps under it.
  it("a log of earlier talks under today's leaves today's topics", async () => {
    const got = await topicMarked(`<header><a href="/">wish</a></header><main><h1>Help</h1></main>
      <div role="dialog" aria-label="Wish Assistant">
        <div role="log" aria-label="Today"><div>Hi! What is it about?</div>
          <div>${b('ord', 'Orders')}${b('pay', 'Payments')}${b('acc', 'My account')}</div></div>
        <h3>Earlier conversations</h3>
        <div role="log" aria-label="Earlier"><div>Where is my parcel?</div>
          <div>Conversation closed · 2 Sep</div><div>Transcript sent to your e-mail</div></div>
      </div>`);
    expect(got).toEqual(['pay=topic']);
  });

  // Newest first in the document, drawn bottom-up by column-reverse (so the newest sits at the
  // foot): the old talk's notice follows today's topics in the document, though it is drawn
  // above them. Document order is no talk order there: the rule stays out.
  it("a column-reverse log keeps today's topics", async () => {
    const got = await topicMarked(`<style>.feed{display:flex;flex-direction:column-reverse}</style>
      <header><a href="/">wish</a></header><main><h1>Help</h1></main>
      <section aria-label="Wish Assistant"><div role="log" class="feed">
        <div>${b('ord', 'Orders')}${b('pay', 'Payments')}${b('acc', 'My account')}</div>
        <div>Hi again! What is it about?</div>
        <div>Today · New chat</div>
        <div>Chat ended · 14 Mar</div>
        <div>${b('yes', 'Yes, please')}${b('no', 'No, thanks')}</div>
        <div>Shall I connect you with an agent?</div>
      </div></section>`);
    expect(got).toEqual(['pay=topic']);
  });
});
