// The chat-ended rule (u134) read afresh: only a talk said, in a past form, to be over ends the
// choices above it, within its own conversation, in a log drawn oldest-first. Each test fails
// without this fixer's change.
import { describe, expect, it } from 'vitest';
import { saysChatEnded } from '../../src/wish/meaning';

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
