// What two pages of the sixteenth batch (u131, u135, written blind to the guide's code) found
// at their first run: the agent's step went unseen where the assistant offered Wish's team as a
// channel card ("💬 write here in the chat / our team answers you in this conversation") beside
// a callback and an e-mail, and where the yes to "shall I put you through to someone of the
// team?" was a yes said twice ("Sí, dale"). Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { meansYes } from '../../src/wish/meaning';
import { assistantAt, engineStarter } from '../helpers/guide-page';

const start = engineStarter();

describe('a yes said twice over is a yes (u135)', () => {
  it('a plain yes with a second yes of its own, not with a no or another answer', () => {
    for (const yes of ['Sí, dale', 'Sí, claro', 'Ja, gerne', "Oui, d'accord", 'Sim, pode ser', 'Sì, va bene'])
      expect(meansYes(yes), yes).toBeGreaterThan(0);
    for (const no of ['No, gracias', 'Sí, pero no ahora', 'Prefiero escribirle a la tienda', 'Ja, Rückruf'])
      expect(meansYes(no), no).toBe(0);
  });

  it('the engine takes "Sí, dale" after the question offering someone of the team', async () => {
    const { got } = await assistantAt(
      start,
      'Asistente Wish',
      `<div>Uf, qué mal. ¿Querés que te pase con una persona del equipo de Wish?</div>
       <div class="chips"><button type="button" id="yes">Sí, dale</button><button type="button" id="no">No, gracias</button><button type="button" id="shop">Prefiero hablar con la tienda</button></div>`,
      'contact-agent',
    );
    expect(got).toEqual(['yes=contact-agent']);
  });
});
