// What the fifteenth batch of hand-made pages (u125-u130, written blind to the guide's code)
// found at its first run: for an item unlike its listing or another item than ordered, the
// guide took "Where is my parcel?", "My account" or another card's "Choisir" (u126, u127,
// u129). Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import type { ProblemId } from '../../src/model/types';
import { topicFit } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

describe('topics that fit an item problem (topicFit)', () => {
  it('saying the problem fits best, the other item problem is near, an item’s problem nearer than the account', () => {
    const cases: [string, ProblemId, number][] = [
      ["L'articolo è diverso dalla descrizione", 'not-as-described', 4],
      ['Article non conforme', 'not-as-described', 4],
      ['Not as described', 'not-as-described', 4],
      ['Entspricht nicht der Beschreibung', 'not-as-described', 0],
      ['Me llegó un producto distinto al que pedí', 'wrong-item', 4],
      ['Ho ricevuto un articolo sbagliato', 'wrong-item', 4],
      ['Ho ricevuto un articolo sbagliato', 'not-as-described', 3],
      ['No se parece a la foto', 'wrong-item', 3],
      ['Πρόβλημα με προϊόν που παρέλαβα', 'wrong-item', 2],
      ['Ο λογαριασμός μου', 'wrong-item', 1],
      ["Dov'è il mio pacco?", 'not-as-described', 0],
      ['Reembolso de un producto', 'wrong-item', 0],
    ];
    for (const [name, problem, fit] of cases) expect(topicFit(name, problem), name).toBe(fit);
  });
});

describe('the engine takes the item problem’s topic', () => {
  const start = engineStarter();
  const page = async (problem: ProblemId, html: string) => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Ordini</h1></main>
      <section aria-label="Assistente Wish" id="wa"><div role="log"><div>Di cosa si tratta?</div>${html}</div></section>`;
    const { engine } = start({ route: 'order', problem, startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    return marked();
  };
  const b = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;

  it('not as described: not "Dov’è il mio pacco?" listed first (u126)', async () => {
    expect(
      await page(
        'not-as-described',
        `<div>${b('where', "Dov'è il mio pacco?") + b('wrong', 'Ho ricevuto un articolo sbagliato') + b('nad', "L'articolo è diverso dalla descrizione") + b('size', 'Problema di taglia')}</div>`,
      ),
    ).toEqual(['nad=topic']);
  });

  it('a wrong item: the item received, not "My account" (u127)', async () => {
    expect(
      await page(
        'wrong-item',
        `<div>${b('item', 'Πρόβλημα με προϊόν που παρέλαβα') + b('pay', 'Πληρωμές και χρεώσεις') + b('acc', 'Ο λογαριασμός μου')}</div>`,
      ),
    ).toEqual(['item=topic']);
  });

  it('pills none of which names a topic kind: the one saying the problem, in the row of them (u130)', async () => {
    expect(
      await page(
        'wrong-item',
        `<p>Tu pedido: audífonos. ¿Qué pasó?</p><div>${
          b('photo', 'No se parece a la foto') +
          b('broken', 'Llegó dañado o roto') +
          b('parts', 'Me faltan piezas') +
          b('other', 'Me llegó un producto distinto al que pedí')
        }</div>`,
      ),
    ).toEqual(['other=topic']);
  });

  it('topic cards with one generic "Choisir" each: the card that says the problem (u129)', async () => {
    const card = (id: string, title: string, line: string) =>
      `<div class="card"><h4>${title}</h4><p>${line}</p><button type="button" id="${id}">Choisir</button></div>`;
    expect(
      await page(
        'not-as-described',
        card('c1', 'Mon compte', 'Adresse, mot de passe') +
          card('c2', 'Article non conforme', 'Taille, couleur ou matière différentes') +
          card('c3', 'Colis en retard', 'Suivi de livraison'),
      ),
    ).toEqual(['c2=topic']);
  });
});
