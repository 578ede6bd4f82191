// What two pages of the sixteenth batch (u131, u135, written blind to the guide's code) found
// at their first run: the agent's step went unseen where the assistant offered Wish's team as a
// channel card ("💬 write here in the chat / our team answers you in this conversation") beside
// a callback and an e-mail, and where the yes to "shall I put you through to someone of the
// team?" was a yes said twice ("Sí, dale"). Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { cardOffersPerson, meansGenericGo, meansYes } from '../../src/wish/meaning';
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

describe('a channel card whose line says our team answers there (u131)', () => {
  it('writing into the chat only goes on; the team answering is a person, a bot or a reply time is not', () => {
    for (const go of [
      'Hier im Chat schreiben',
      'Scrivi qui in chat',
      'Weiter im Chat',
      'Escribir por el chat',
    ])
      expect(meansGenericGo(go), go).toBe(true);
    for (const not of ['Schreiben', 'Write a review', 'Nachricht schreiben', 'Open in app'])
      expect(meansGenericGo(not), not).toBe(false);
    expect(cardOffersPerson('Il nostro team ti risponde qui')).toBe(true);
    expect(cardOffersPerson('Notre équipe vous répond dans la conversation')).toBe(true);
    expect(cardOffersPerson('Antwort in 1–2 Werktagen')).toBe(false);
    expect(cardOffersPerson('Rate our team’s answer')).toBe(false);
  });

  const card = (id: string, icon: string, title: string, line: string) =>
    `<button type="button" id="${id}"><span>${icon}</span><span><strong>${title}</strong><small>${line}</small></span></button>`;

  it('the card that is its own button: the chat one, not the callback or the e-mail', async () => {
    const { got } = await assistantAt(
      start,
      'Assistente Wish',
      `<div>Capito. Il nostro team può verificare meglio. Come preferisci contattarci?</div>
       <div role="group" aria-label="Canale">${
         card('call', '📞', 'Richiedi una chiamata', 'Lun–Ven 9–18') +
         card('mail', '✉️', 'Via e-mail', 'Risposta in 2 giorni') +
         card('chat', '💬', 'Scrivi qui in chat', 'Il nostro team ti risponde qui')
       }</div>`,
      'contact-agent',
    );
    expect(got).toEqual(['chat=contact-agent']);
  });

  it('a card with its own "Écrire dans le chat" under a line saying our team answers', async () => {
    const box = (id: string, title: string, line: string, go: string) =>
      `<div class="opt"><h4>${title}</h4><p>${line}</p><button type="button" id="${id}">${go}</button></div>`;
    const { got } = await assistantAt(
      start,
      'Assistant Wish',
      `<div>Notre équipe peut regarder ça de plus près. Comment voulez-vous nous joindre ?</div>${
        box('mail', 'Par e-mail', 'Réponse sous 48 h', 'Envoyer un e-mail') +
        box('chat', 'Par chat', 'Notre équipe vous répond dans la conversation', 'Écrire dans le chat')
      }`,
      'contact-agent',
    );
    expect(got).toEqual(['chat=contact-agent']);
  });

  it("a seller's team answering is not Wish's: nothing", async () => {
    const { got } = await assistantAt(
      start,
      'Wish-Assistent',
      `<div>Wie möchtest du weitermachen?</div><div>${
        card('mail', '✉️', 'Per E-Mail', 'Antwort in 2 Werktagen') +
        card('seller', '💬', 'Hier im Chat schreiben', 'Das Team des Verkäufers antwortet dir')
      }</div>`,
      'contact-agent',
    );
    expect(got).toEqual([]);
  });
});

describe('a row answering the articles is no rating (u55, since the rating rule of u125)', () => {
  const articles = (row: string) =>
    `<div>Diese Anleitungen helfen oft:</div><div><a href="/help/a/1">Warum wurde meine Zahlung abgelehnt?</a></div>
     <div>${row}</div>`;

  it('"helped / didn\'t help / back to the overview": its "didn\'t help" is the way on', async () => {
    const { got } = await assistantAt(
      start,
      'Wish-Hilfe',
      articles(
        '<button type="button">Hat geholfen, danke</button><button type="button" id="no">Hilft mir nicht weiter</button><button type="button">Zurück zur Übersicht</button>',
      ),
      'something-else',
    );
    expect(got).toEqual(['no=something-else']);
  });

  it("a rating's two ends alone under the articles are still a rating", async () => {
    const { got } = await assistantAt(
      start,
      'Wish-Hilfe',
      articles(
        '<button type="button">👍 Hilfreich</button><button type="button" id="no">👎 Hilft mir nicht weiter</button>',
      ),
      'something-else',
    );
    expect(got).toEqual([]);
  });
});
