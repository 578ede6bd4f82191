// What the tenth round found (fresh generated seeds and the tenth batch of hand-made pages,
// u71-u82, written blind to the guide's code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { meansPerson } from '../../src/wish/meaning';

describe('reaching a specialist is talking to one (w12098: "Reach a support specialist")', () => {
  it('reach, join, call a specialist; attaching a file or a specialist alone is not', () => {
    for (const name of [
      'Reach a support specialist',
      'Joindre un spécialiste',
      'Einen Spezialisten erreichen',
      'Call a specialist',
      'Llamar a un especialista',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of ['Joindre un fichier', 'Spezialist für Handyhüllen', 'Reach new heights'])
      expect(meansPerson(name), name).toBe(0);
  });
});
