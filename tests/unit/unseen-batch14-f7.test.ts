// What the fourteenth round found on u119, u120 and u121 (hand-made pages written blind to the
// guide's code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { $, engineStarter, marked, settle } from '../helpers/guide-page';

/** An account menu: the account's own entries, a help centre, the entry under test, a seller's desk. */
const menu = (entry: string, line = '', centre = 'Help Center', seller = 'Seller support') =>
  `<div role="menu" id="m">
     <a role="menuitem" href="/transaction">Orders</a><a role="menuitem" href="/settings">Settings</a>
     <a role="menuitem" href="/help">${centre}<small>Articles and guides</small></a>
     <a role="menuitem" href="#" id="cs">${entry}${line ? `<small>${line}</small>` : ''}</a>
     <a role="menuitem" href="/merchant/help">${seller}</a>
     <a role="menuitem" href="/logout">Log out</a></div>`;

describe("an account-menu entry offering help from the shop's people (u119, u120, u121)", () => {
  it('a help question with a call to us, the shop saying it helps, or "Need help?" is the entry, in seven languages', () => {
    for (const [entry, line, centre, seller] of [
      [
        'Χρειάζεστε βοήθεια; Μιλήστε μαζί μας',
        'Ο βοηθός της Wish και η ομάδα μας',
        'Κέντρο βοήθειας',
        'Υποστήριξη πωλητών',
      ],
      [
        'Wir helfen dir weiter',
        'Wish-Assistent &amp; Nachricht an unser Team',
        'Hilfebereich',
        'Verkäufer-Support',
      ],
      [
        '¿Necesitas ayuda?',
        'Contacta con nosotros: asistente y equipo de Wish',
        'Centro de ayuda',
        'Ayuda para vendedores',
      ],
      ['Need help? Talk to us', '', 'Help Center', 'Seller support'],
      ["We're here to help", '', 'Help Center', 'Seller support'],
      ['Need help?', '', 'Help Center', 'Seller support'],
      ['On est là pour vous aider', '', "Centre d'aide", 'Aide aux vendeurs'],
      ["Besoin d'aide ?", '', "Centre d'aide", 'Aide aux vendeurs'],
      ['Siamo qui per aiutarti', '', 'Centro assistenza', 'Supporto venditori'],
      ['Hai bisogno di aiuto?', '', 'Centro assistenza', 'Supporto venditori'],
      ['Te ayudamos', '', 'Centro de ayuda', 'Ayuda para vendedores'],
      ['Estamos aqui para ajudar', '', 'Central de ajuda', 'Suporte ao vendedor'],
      ['Precisa de ajuda?', '', 'Central de ajuda', 'Suporte ao vendedor'],
      ['Πώς μπορούμε να σας βοηθήσουμε;', '', 'Κέντρο βοήθειας', 'Υποστήριξη πωλητών'],
      ['Brauchst du Hilfe?', '', 'Hilfebereich', 'Verkäufer-Support'],
    ]) {
      document.body.innerHTML = menu(entry!, line, centre, seller);
      expect(locate('customer-support', [$('#m')]).element?.id, entry).toBe('cs');
    }
  });

  it('a help question that leads to articles, the community or a seller, or asks of something else, is not it', () => {
    for (const entry of [
      'Need help? Visit our Help Center',
      'Need help? Ask the community',
      'Need help with sizing?',
      '¿Dudas con tu pedido?',
      'We help sellers grow',
      'Help us improve',
      'Wir helfen Händlern weiter',
    ]) {
      document.body.innerHTML = menu(entry);
      expect(locate('customer-support', [$('#m')]).element, entry).toBeNull();
    }
  });

  it('an entry that says customer support outright still wins over a bare "Need help?"', () => {
    document.body.innerHTML = `<div role="menu" id="m"><a role="menuitem" href="/transaction">Orders</a>
      <a role="menuitem" href="/faq" id="nh">Need help?</a><a role="menuitem" href="/cs" id="cs">Customer Support</a></div>`;
    expect(locate('customer-support', [$('#m')]).element?.id).toBe('cs');
  });
});

describe('topics asked as questions beside a plain one (u121)', () => {
  const start = engineStarter();
  it("a parcel's question topic is chosen over the account's for a parcel that never came", async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Ayuda</h1></main>
      <section aria-label="Asistente de Wish" id="wa"><div role="log">
        <div>Elige lo que mejor describa tu consulta:</div>
        <div><button type="button" id="t-pe">¿Dónde está mi pedido?</button>
        <button type="button" id="t-pa">¿Por qué me han cobrado dos veces?</button>
        <button type="button" id="t-cu">No puedo entrar en mi cuenta</button>
        <button type="button" id="t-ca">Cancelar un pedido</button></div></div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['t-pe=topic']);
  });
});

describe("the team's past conversations and a '+ Start a new conversation' (u121)", () => {
  const log = (said: string, go: string) =>
    `<section aria-label="Wish Assistant" id="wa"><div role="log">
      <div>${said}</div>
      <div><div><span>Refund for order 0HS…827N · closed</span><button type="button">View conversation</button></div>
      <button type="button" id="nw">${go}</button></div></div></section>`;

  it('under words that a person of our team replies in hours, the new conversation is the agent', () => {
    for (const [said, go] of [
      [
        'Aquí tienes tus conversaciones con el equipo de Wish. Una persona del equipo te contestará por escrito, normalmente en 24-48 horas.',
        '+ Iniciar una nueva conversación',
      ],
      [
        'Here are your conversations with our team. A person from our team replies within 24 hours.',
        '+ Start a new conversation',
      ],
      [
        'Deine Anfragen an unser Team. Ein Mitarbeiter unseres Teams antwortet dir meist innerhalb von 24 Stunden.',
        'Neue Anfrage',
      ],
      [
        'Vos échanges avec notre équipe. Une personne de notre équipe vous répond sous 24 h.',
        'Nouvelle conversation',
      ],
    ]) {
      document.body.innerHTML = log(said!, go!);
      expect(locate('contact-agent', [$('#wa')]).element?.id, go).toBe('nw');
    }
  });

  it("without such words (a bot's restart), or a carrier's people, it is not", () => {
    for (const said of [
      'Here are your past chats with Wish Assistant.',
      'Here are your conversations. A courier agent replies within 24 hours.',
      'A person from our team reads every chat.',
    ]) {
      document.body.innerHTML = log(said, '+ Start a new conversation');
      expect(locate('contact-agent', [$('#wa')]).element, said).toBeNull();
    }
  });
});
