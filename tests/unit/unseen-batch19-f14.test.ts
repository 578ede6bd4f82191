// What a page of the nineteenth batch (u153, written blind to the guide's code) stopped at: an
// offer of a person "of the team" read as too long to be one. Kept as a test that fails without
// its change.
import { describe, expect, it } from 'vitest';
import { meansPerson } from '../../src/wish/meaning';
import { assistantAt, engineStarter } from '../helpers/guide-page';

const start = engineStarter();

describe('an offer of a person of the team (u153)', () => {
  // "… σε έναν άνθρωπο της ομάδας" ran to eight words with whose team it is, one more than an
  // offer may have: the guide found no person after the assistant's "did these help?" → "No".
  it('whose team the person is in makes the offer no longer', () => {
    for (const name of [
      'Θα ήθελα να μιλήσω με έναν άνθρωπο της ομάδας μας',
      'Θέλω να στείλω μήνυμα σε έναν εκπρόσωπο της ομάδας',
      'I would like to write to a real person from our team',
      'Je voudrais écrire à un conseiller de notre équipe',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of [
      'Περισσότερα άρθρα',
      'Από την αρχή',
      'Read how to join our team',
      'Νέα της ομάδας μας',
    ])
      expect(meansPerson(name), name).toBe(0);
  });

  it('el: after "No" to "did these help?", the person of the team is the agent', async () => {
    const { got } = await assistantAt(
      start,
      'Βοηθός Wish',
      `<div><p>Σε βοήθησαν αυτά τα άρθρα;</p></div>
       <div role="group"><button type="button" disabled>Ναι</button><button type="button" disabled aria-pressed="true">Όχι</button></div>
       <div class="me">Όχι</div>
       <div><p>Κρίμα! Πώς θέλεις να συνεχίσουμε;</p></div>
       <div role="group"><button type="button" id="more">Περισσότερα άρθρα</button><button type="button" id="human">Θα ήθελα να μιλήσω με έναν άνθρωπο της ομάδας μας</button><button type="button" id="home">Από την αρχή</button></div>`,
      'contact-agent',
    );
    expect(got).toEqual(['human=contact-agent']);
  });
});
