// What the twelfth round found on u101 and u103 (hand-made pages written blind to the guide's
// code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { dispatchTrusted } from '../helpers/trusted';

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

const topics = (size: string) => `<select id="sel"${size} aria-label="What is it about?">
    <option id="o-where" value="where">Where is my parcel?</option>
    <option id="o-ref" value="ref">Returns and refunds</option>
    <option id="o-pay" value="pay">Payment or billing</option>
    <option id="o-acc" value="acc">My account</option></select>
  <div><button type="button" id="go" disabled>Continue</button></div>`;

describe('topics as a list box, a native <select size=6> (u103)', () => {
  it("a list box's option is a choice; a drop-down's options are not on show", () => {
    document.body.innerHTML = `<aside aria-label="Wish Assistant" id="wa"><div role="log">${topics(' size="6"')}</div></aside>`;
    expect(locate('topic-account', [$('#wa')]).element?.id).toBe('o-acc');
    document.body.innerHTML = `<aside aria-label="Wish Assistant" id="wa"><div role="log">${topics('')}</div></aside>`;
    expect(locate('topic-account', [$('#wa')]).element).toBeNull();
  });

  it('an answered list (disabled) offers nothing', () => {
    document.body.innerHTML = `<aside aria-label="Wish Assistant" id="wa"><div role="log">${topics(' size="6" disabled')}</div></aside>`;
    expect(locate('topic-account', [$('#wa')]).element).toBeNull();
  });

  const start = engineStarter();
  const page = async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Your orders</h1></main>
      <aside aria-label="Wish Assistant" id="wa"><div role="log" id="log">${topics(' size="6"')}</div></aside>`;
    // The page answers at the change and disables the list: the browser's click never comes.
    $<HTMLSelectElement>('#sel').addEventListener('change', () => {
      $<HTMLSelectElement>('#sel').disabled = true;
      $('#log').insertAdjacentHTML(
        'beforeend',
        `<div><button type="button" id="n-track">Show me the tracking</button>
         <button type="button" id="n-diff">I need help with something different</button></div>`,
      );
    });
    // A problem with the account: its topic is the one that fits (a parcel's would take 'Where is my parcel?').
    const { engine, steps } = start({ route: 'account-menu', problem: 'account', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    return { steps };
  };
  const choose = (id: string) => {
    const option = $<HTMLOptionElement>(`#${id}`);
    option.selected = true;
    dispatchTrusted($('#sel'), new Event('change', { bubbles: true }));
  };

  it("choosing the highlighted option goes on, though the page's answer disables the list first", async () => {
    const { steps } = await page();
    expect(marked()).toEqual(['o-acc=topic']);
    choose('o-acc');
    await settle(() => marked().some((m) => m.endsWith('=something-else')));
    expect(steps).toContain('something-else');
    expect(marked()).toEqual(['n-diff=something-else']);
  });

  it('choosing another option, or a change elsewhere, is not the step', async () => {
    const { steps } = await page();
    expect(marked()).toEqual(['o-acc=topic']);
    document.body.insertAdjacentHTML('beforeend', '<select id="cur"><option>EUR</option><option>GBP</option></select>');
    $<HTMLSelectElement>('#cur').selectedIndex = 1;
    dispatchTrusted($('#cur'), new Event('change', { bubbles: true }));
    for (let i = 0; i < 3; i++) await tick();
    expect(steps).not.toContain('something-else');
    choose('o-ref');
    for (let i = 0; i < 5; i++) await tick();
    expect(steps).not.toContain('something-else');
  });
});
