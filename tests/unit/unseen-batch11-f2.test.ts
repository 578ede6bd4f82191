// What the eleventh batch of hand-made pages (this helper's share: u90, written blind to the
// guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

describe('the bot offers a chat with the team, a note after it (u90: "Would you like to chat with our team?")', () => {
  it('an offer to talk, chat or write to the team or the service is the question for a person, in every language', () => {
    for (const question of [
      'Sorry I couldn\u2019t sort this out. Would you like to chat with our team? A support specialist usually replies within 24 hours, by email and here.',
      'Would you like to chat with our team?',
      'Do you want to talk to our support team now?',
      'Vuoi parlare con il nostro team di assistenza?',
      'Möchten Sie mit unserem Team chatten?',
      'Möchtest du unserem Support-Team schreiben?',
      'Voulez-vous discuter avec notre équipe ?',
      '¿Quieres hablar con nuestro equipo?',
      'Gostaria de falar com a nossa equipe?',
      'Θέλετε να μιλήσετε με την ομάδα μας;',
    ])
      expect(asksForPerson(question), question).toBe(true);
  });

  it("a survey about the team, a past chat, a job, a bot, a seller's, a courier's or another vendor's team is none", () => {
    for (const question of [
      'Would you like to rate your chat with our team?',
      'Did you chat with our team today?',
      'Have you already contacted our team?',
      'Was our team helpful?',
      'How satisfied are you with our team?',
      'Would you like to join our team?',
      'Would you like to chat with our assistant?',
      'Would you like to chat with the USPS team?',
      'Would you like to contact the seller\u2019s team?',
      'Would you like to chat with Route\u2019s team?',
      'Would you like to chat with our team about your rating?',
      'Would you like to tell our team how we did?',
      'Would you like to write a review for our team?',
      'Would you like to leave feedback for our support team?',
      'Möchten Sie unserem Team eine Bewertung schreiben?',
      'Möchten Sie unser Team bewerten?',
      'Vuoi valutare il nostro team?',
      'Thanks for chatting with our team. Was this helpful?',
    ])
      expect(asksForPerson(question), question).toBe(false);
  });

  it('a question asking for feedback or a review of the agent or the team is none, though it names them', () => {
    for (const question of [
      'Would you like to leave feedback for our support team?',
      'Would you like to leave a review for the agent? It only takes a minute.',
      'Thanks for waiting. Would you like to rate the agent who helped you?',
      'Möchten Sie unseren Mitarbeiter bewerten?',
      'Vuoi lasciare una recensione al nostro operatore?',
      'Souhaitez-vous donner votre avis sur votre conseiller ?',
      '¿Quieres dejar una reseña para el agente?',
      'Quer avaliar o atendente?',
      'Θέλετε να αφήσετε μια κριτική για τον εκπρόσωπο;',
    ])
      expect(asksForPerson(question), question).toBe(false);
    // A person still asked for, a note about the reply after it.
    expect(asksForPerson('Would you like to talk to an agent? They usually reply within 24 hours.')).toBe(
      true,
    );
    expect(asksForPerson('Voulez-vous parler à un conseiller ?')).toBe(true);
  });

  it('a plain Yes after "Would you like to leave a review for the agent?" is not marked', async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Wish Assistant"><div role="log">
        <p>Thanks for chatting with us today!</p>
        <p>Would you like to leave a review for the agent? It only takes a minute.</p>
        <div><button type="button" id="yes">Yes</button><button type="button">No</button></div>
      </div></div>`;
    start({ route: 'account-menu', problem: 'never-delivered', startAt: 'contact-agent' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });

  const chat = (rows: string) =>
    `<main><h1>Tracking</h1><label>Delivery instructions<textarea id="instr"></textarea></label>
       <div>Was this tracking information helpful? <button type="button" id="t-yes">👍 Yes</button><button type="button">👎 No</button></div></main>
     <section role="dialog" aria-label="Wish Assistant" id="chat"><div role="log">
       <div>Hi Tyler! I can help with this order.</div>
       <div>Here\u2019s the latest: your package left the USPS facility.</div>
       <div>Helpful? <button type="button" aria-label="Helpful">👍</button><button type="button" aria-label="Not helpful">👎</button></div>
       ${rows}</div></section>`;

  it("the bot's Yes after the offer is the agent's choice, not the page's helpful-yes nor its instructions box", async () => {
    document.body.innerHTML = chat(
      `<div>Sorry I couldn\u2019t sort this out. Would you like to chat with our team? A support specialist usually replies within 24 hours, by email and here.</div>
       <div class="yn"><button type="button" id="yes">Yes, please</button><button type="button">No, I\u2019m good</button></div>`,
    );
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['yes=contact-agent']);
  });

  it('a yes after a survey about the team, or after a question whether it helped, is not marked', async () => {
    document.body.innerHTML = chat(
      `<div>Thanks for chatting with our team! Would you like to rate your chat with our team?</div>
       <div><button type="button" id="rate-yes">Yes, please</button><button type="button">No thanks</button></div>
       <div>Was this answer helpful?</div>
       <div><button type="button" id="help-yes">Yes</button><button type="button">No</button></div>`,
    );
    start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it("a yes to chatting with another vendor's team (a parcel protection widget) is not marked", async () => {
    document.body.innerHTML = chat(
      `<div>Would you like to chat with the Route team?</div>
       <div><button type="button" id="route-yes">Yes, please</button><button type="button">No</button></div>`,
    );
    start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    for (let i = 0; i < 8; i++) await tick();
    expect(marked()).toEqual([]);
  });
});
