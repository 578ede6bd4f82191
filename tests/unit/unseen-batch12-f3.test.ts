// What the twelfth round found on u101 and u103 (hand-made pages written blind to the guide's
// code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { $ } from '../helpers/guide-page';

const card = (title: string, line: string, go: string, id = '') =>
  `<div class="card"><h4>${title}</h4><p>${line}</p><button type="button"${id ? ` id="${id}"` : ''}>${go}</button></div>`;

describe("an agent offered as a card with a generic 'Start chat' (u101, u103)", () => {
  it('the card whose words say a person of the team answers is the agent, in seven languages', () => {
    for (const [guides, title, line, go, survey] of [
      ['Nos guides sur les paiements', 'Toujours besoin d’aide ?', 'Une personne de notre équipe vous répond, en général sous 24 h.', 'Démarrer le chat', 'Votre avis compte'],
      ['Our payment guides', 'Still stuck?', 'Someone from our team will look into this order for you.', 'Start chat', 'Your opinion counts'],
      ['Unsere Zahlungsratgeber', 'Brauchst du noch Hilfe?', 'Ein Mitarbeiter unseres Teams antwortet dir meist innerhalb von 24 Stunden.', 'Chat starten', 'Deine Meinung zählt'],
      ['Le nostre guide sui pagamenti', 'Ti serve ancora aiuto?', 'Un operatore del nostro team ti risponde di solito entro 24 ore.', 'Avvia la chat', 'La tua opinione conta'],
      ['Nuestras guías de pagos', '¿Sigues necesitando ayuda?', 'Un agente de nuestro equipo te responde en unas 24 horas.', 'Iniciar chat', 'Tu opinión cuenta'],
      ['Nossos guias de pagamento', 'Ainda precisa de ajuda?', 'Um atendente da nossa equipe responde em até 24 horas.', 'Iniciar conversa', 'Sua opinião conta'],
      ['Οδηγοί πληρωμών', 'Χρειάζεστε ακόμα βοήθεια;', 'Ένας εκπρόσωπος της ομάδας μας θα σας απαντήσει σε 24 ώρες.', 'Έναρξη συνομιλίας', 'Η γνώμη σας μετράει'],
    ]) {
      document.body.innerHTML = `<section role="dialog" id="wa"><div role="log">
        <div>Je n’ai pas de réponse toute faite.</div>
        ${card(guides!, '…', 'Ouvrir')}
        ${card(title!, line!, go!, 'agent')}
        ${card(survey!, '…', 'Commencer')}</div></section>`;
      expect(locate('contact-agent', [$('#wa')]).element?.id, title).toBe('agent');
    }
  });

  it("another desk's, a carrier's, a survey's or a guide's 'Start chat' is never the agent", () => {
    for (const [title, line] of [
      ['Chat to the courier', 'An Post can answer questions about a delivery attempt.'],
      ['Chat to the courier', 'A courier agent can answer questions about a delivery attempt.'],
      ['Parler au livreur', 'Un conseiller du transporteur vous répond en 24 h.'],
      ['Chat with the seller', 'A person from the shop usually replies within 2 days.'],
      ['Ask the community', 'Another person who bought this may answer.'],
      ['Rate your agent', 'How did our agent do? Two quick questions.'],
      ['Our payment guides', 'Declined cards, PayPal, Wish Cash: all explained.'],
      ['Still stuck?', 'Browse more answers in our guides.'],
    ]) {
      document.body.innerHTML = `<section role="dialog" id="wa"><div role="log">${card(title!, line!, 'Start chat')}</div></section>`;
      expect(locate('contact-agent', [$('#wa')]).element, title).toBeNull();
    }
  });

  it('two cards that both offer a person tie: nothing is chosen', () => {
    document.body.innerHTML = `<section role="dialog" id="wa"><div role="log">
      ${card('Still stuck?', 'Someone from our team will look into this.', 'Start chat')}
      ${card('Need more help?', 'One of our agents replies within 24 hours.', 'Start chat')}</div></section>`;
    expect(locate('contact-agent', [$('#wa')]).element).toBeNull();
  });

  it('a go that starts no chat ("Open", "Start") on a card naming a person is not taken by this rule', () => {
    document.body.innerHTML = `<section role="dialog" id="wa"><div role="log">
      ${card('Your feedback', 'Someone from our team reads every answer.', 'Start')}</div></section>`;
    expect(locate('contact-agent', [$('#wa')]).element).toBeNull();
  });
});
