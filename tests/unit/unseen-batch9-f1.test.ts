// What the ninth batch of hand-made pages (first helper's share: u61, u63, u65, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { assistantLike, findTrigger } from '../../src/dom/regions';
import {
  asksForFeedback,
  meansAccount,
  meansPerson,
  meansCustomerSupport,
  opensSupportRequest,
} from '../../src/wish/meaning';
import { $ } from '../helpers/guide-page';

describe('Canadian French "Soutien à la clientèle" is customer support (u61)', () => {
  it('the service word "soutien" beside the customer; not the sellers\' or a product', () => {
    for (const name of ['Soutien à la clientèle', 'Soutien client', 'Service de soutien à la clientèle'])
      expect(meansCustomerSupport(name), name).toBe(true);
    for (const name of [
      'Soutien aux marchands',
      'Soutien technique',
      "Casque d'écoute pour soutien à la clientèle",
    ])
      expect(meansCustomerSupport(name), name).toBe(false);
  });

  it("the account menu's entry so worded is the support entry, not the sellers' nor the FAQ", () => {
    document.body.innerHTML = `<ul role="menu" aria-label="Votre compte" id="menu">
        <li><a role="menuitem" href="/transaction">Historique des commandes</a></li>
        <li><a role="menuitem" href="/help">Foire aux questions</a></li>
        <li><a role="menuitem" href="/merchant/help">Soutien aux marchands</a></li>
        <li><button type="button" role="menuitem" id="cs">Soutien client</button></li>
        <li><a role="menuitem" href="/logout">Déconnexion</a></li>
      </ul>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});

describe('a form asking whether the page helped, beside the message box (u61)', () => {
  it('"was this page helpful?" and a comment on the page, in seven languages; not the message', () => {
    for (const text of [
      'Was this page helpful?',
      'Cette page vous a-t-elle aidé? Commentaire sur cette page (facultatif)',
      'Questa pagina ti è stata utile?',
      'War diese Seite hilfreich?',
      '¿Te resultó útil esta página?',
      'Esta página foi útil?',
      'Ήταν χρήσιμη αυτή η σελίδα;',
      'Kommentar zu dieser Seite',
    ])
      expect(asksForFeedback(text), text).toBe(true);
    for (const text of [
      'Comment pouvons-nous vous aider ?',
      'Décrivez votre problème à l’agent',
      'Votre message à l’agent',
      'Help us help you: describe the problem',
    ])
      expect(asksForFeedback(text), text).toBe(false);
  });

  it("the page's comment box is no message box; the agent's is", () => {
    document.body.innerHTML = `<main id="chat"><h1>Wish Hilfe</h1>
        <p>Ein Mitarbeiter übernimmt jetzt. Beschreibe dein Problem.</p>
        <form><textarea id="msg"></textarea><button type="submit">Senden</button></form>
      </main>
      <form id="rate"><p>War diese Seite hilfreich?</p>
        <button type="button">Ja</button><button type="button">Nein</button>
        <textarea id="fb" aria-label="Dein Kommentar (optional)"></textarea><button type="submit">Abschicken</button>
      </form>`;
    expect(locate('message', [document.body]).element?.id).toBe('msg');
  });
});

describe('the account control saying "Il mio Wish ▾", the shop\'s name as the shopper\'s area (u63)', () => {
  it('"My Wish" in seven languages is the account; a wish list or Wish Cash is not', () => {
    for (const name of [
      'My Wish',
      'Il mio Wish ▾',
      'Mein Wish',
      'Mon Wish',
      'Mi Wish',
      'Meu Wish',
      'Το Wish μου',
    ])
      expect(meansAccount(name), name).toBe(1);
    for (const name of ['My Wishlist', 'Wish Cash', 'Wish', 'Wish Ads'])
      expect(meansAccount(name), name).toBe(0);
  });

  it('the control holding a picture and "Mein Wish ▾" is the trigger, not the wish list beside it', () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Suche">
        <a href="/wishlist">Meine Wunschliste</a>
        <span role="button" tabindex="0" id="acc"><img src="/p.png" alt=""><span>Mein Wish ▾</span></span>
        <a href="/cart">Warenkorb</a></header>`;
    expect(findTrigger([$('#bar')]).element?.id).toBe('acc');
  });
});

describe('the support entry worded as opening a request or ticket (u63 "Apri una richiesta", u65 "Abrir um chamado")', () => {
  it('a verb of opening and a request, in seven languages; not a list of them, nor another kind', () => {
    for (const name of [
      'Submit a request',
      'Apri una richiesta',
      'Anfrage stellen',
      "Ouvrir une demande d'assistance",
      'Crear una solicitud de soporte',
      'Abrir um chamado',
      'Υποβολή αιτήματος',
    ])
      expect(opensSupportRequest(name), name).toBe(true);
    for (const name of [
      'Le mie richieste (1)',
      'Meus chamados 1',
      'Open tickets 2',
      'Submit a return request',
      'Nuevo pedido',
      'Request a refund',
    ])
      expect(opensSupportRequest(name), name).toBe(false);
  });

  it("the account menu's entry so worded is the support entry, not the list of requests beside it", () => {
    document.body.innerHTML = `<div role="menu" id="menu">
        <a role="menuitem" href="/transaction">Mis pedidos</a>
        <a role="menuitem" href="/help/faq">Preguntas frecuentes</a>
        <a role="menuitem" href="/requests">Mis solicitudes <span>2</span></a>
        <a role="menuitem" href="/returns/new">Solicitar una devolución</a>
        <a role="menuitem" href="/requests/new" id="cs">Crear una solicitud</a>
        <a role="menuitem" href="/logout">Cerrar sesión</a>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});

describe("the assistant's choices in a shadow root inside the panel's own shadow root (u63)", () => {
  it('the inner root holding the choices is searched; a one-button chip stays a control', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Assistente Wish"><wsg-test-panel></wsg-test-panel></div>`;
    const panel = $('wsg-test-panel').attachShadow({ mode: 'open' });
    panel.innerHTML = `<div role="log"><p>Wie kann ich helfen?</p></div><wsg-test-replies></wsg-test-replies>
      <wsg-test-chip></wsg-test-chip>`;
    const replies = panel.querySelector('wsg-test-replies')!.attachShadow({ mode: 'open' });
    replies.innerHTML = `<div role="group"><button type="button">Bestellung stornieren</button>
      <button type="button" id="pay">Zahlung fehlgeschlagen</button><button type="button">Mein Konto</button></div>`;
    const chip = panel.querySelector('wsg-test-chip')!.attachShadow({ mode: 'open' });
    chip.innerHTML = '<button type="button">Hilfe</button>';
    const regions = assistantLike(document);
    expect(regions).toContain(replies);
    expect(regions).not.toContain(chip);
    expect(locate('topic-payment', regions).element?.id).toBe('pay');
  });
});

describe('the account control saying only "Você ▾" beside a silhouette (u65)', () => {
  it('"You" alone, in each language, is the account; "for you" is a feed\'s picks', () => {
    for (const name of ['You', 'Você ▾', 'Vous', 'Tu', 'Du', 'Εσύ']) expect(meansAccount(name), name).toBe(1);
    for (const name of ['Para você', 'Just for you', 'Pour vous', 'Für dich'])
      expect(meansAccount(name), name).toBe(0);
  });

  it('the link holding a silhouette and "Vous ▾" is the trigger, not the "Pour vous" tab', () => {
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><a href="/feed/pour-vous">Pour vous</a>
        <input type="search" aria-label="Rechercher"><a href="/cart">Panier</a>
        <a href="/settings" id="acc"><span><svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4"></circle></svg></span><span>Vous</span> ▾</a></header>`;
    expect(findTrigger([$('#bar')]).element?.id).toBe('acc');
  });
});

describe('the agent as a card handing the case to the team (u65: "Encaminhar para a equipe Wish")', () => {
  it('a verb of handing over and the team, in seven languages; not the shop', () => {
    for (const name of [
      'Forward to the Wish team',
      'Inoltra al team Wish',
      'An das Wish-Team weiterleiten',
      "Transmettre à l'équipe Wish",
      'Derivar al equipo de Wish',
      'Encaminhar para a equipe Wish',
      'Προώθηση στην ομάδα της Wish',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of ['Chiedi al negozio', 'Forward to a friend', 'Leggi gli articoli di aiuto'])
      expect(meansPerson(name), name).toBe(0);
  });

  it('the card so titled is the agent, not the articles or the shop beside it', () => {
    document.body.innerHTML = `<section id="chat" aria-label="Nuova richiesta"><p>Come vuoi proseguire?</p>
        <div role="button" tabindex="0">📄 Leggi gli articoli<small>Le risposte alle domande più comuni</small></div>
        <div role="button" tabindex="0" id="team">🙋 Inoltra al team Wish<small>Una persona dell'assistenza risponde entro 24 ore</small></div>
        <div role="button" tabindex="0">🏪 Chiedi al negozio<small>Per domande sul prodotto</small></div></section>`;
    expect(locate('contact-agent', [$('#chat')]).element?.id).toBe('team');
  });
});
