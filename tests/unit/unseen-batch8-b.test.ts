// What the eighth batch of hand-made pages (second helper's share: u48, u50, u54, u55, u56,
// written blind to the guide's code) found, each kept as a jsdom test that fails without its
// change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { assistantLike, findMenu, noteVisibleEntries } from '../../src/dom/regions';
import { meansElse, meansGenericGo, reachesService, topicOf } from '../../src/wish/meaning';
import { $ } from '../helpers/guide-page';

describe('the support entry worded as a chat with the shop itself (u48)', () => {
  it('"Mit Wish chatten", "Contatta Wish", "Chat with Wish" reach the people; more beside it does not', () => {
    for (const name of ['Mit Wish chatten', 'Contatta Wish', 'Chat with Wish', 'Écrire à Wish'])
      expect(reachesService(name), name).toBe(true);
    for (const name of ['Chat with Wish Assistant', 'Fale com a Wish no WhatsApp', 'Wish', 'Wish Cash'])
      expect(reachesService(name), name).toBe(false);
  });

  it("the account menu's entry titled so, a line under it, is the support entry", () => {
    document.body.innerHTML = `<div role="menu" aria-label="Dein Konto" id="menu">
        <a role="menuitem" href="/transaction">Meine Bestellungen</a>
        <a role="menuitem" href="/help">Hilfe-Center<small>Häufige Fragen</small></a>
        <button type="button" role="menuitem" id="cs">Mit Wish chatten<small>Assistent und Mitarbeiter</small></button>
        <button type="button" role="menuitem">Abmelden</button>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});

describe("a frame's page drawn whole in an open shadow root (u48)", () => {
  it("the frame's shadow root is searched as the assistant", () => {
    document.body.innerHTML = `<div role="complementary" aria-label="Chat"><iframe id="f"></iframe></div>`;
    const doc = ($('#f') as HTMLIFrameElement).contentDocument!;
    doc.body.innerHTML = '<wsg-test-chat></wsg-test-chat>';
    const host = doc.body.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div role="log"><p>Worüber möchtest du sprechen?</p>
      <button type="button" id="pay">Zahlungen und Abbuchungen</button></div>`;
    const regions = assistantLike(document);
    expect(regions).toContain(root);
    expect(locate('topic-payment', regions).element?.id).toBe('pay');
  });
});

describe('"I did not find my topic" is the way past the list (u48)', () => {
  it('a no, a verb of finding and the topic, in seven languages', () => {
    for (const name of [
      "I can't find my topic",
      'Ich finde mein Anliegen nicht',
      'Je ne trouve pas mon problème',
      'Non trovo il mio argomento',
      'No encuentro mi tema',
      'Não encontrei meu problema',
      'Δεν βρίσκω το θέμα μου',
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    // An order not found is about an order; a question with a call is a link to elsewhere.
    expect(meansElse("I can't find my order")).toBe(0);
    expect(topicOf("I can't find my order")).toBe('order');
    expect(meansElse("Didn't find an answer? Ask the community")).toBe(0);
  });
});

describe('an account menu kept in the page, closed by fading it out (u55)', () => {
  it("its entries are not the bar's own links; faded, it is no menu; shown, it is", () => {
    document.body.innerHTML = `<nav class="bar" id="bar"><a href="/">wish</a>
        <div class="me"><span id="who">Giulia</span></div>
        <div class="mn" id="menu" style="opacity: 0; pointer-events: none">
          <a href="/transaction">I miei ordini</a><a href="/settings">Impostazioni</a>
          <a href="/help/chat">Contatta l'assistenza clienti</a><a href="/logout">Esci</a></div></nav>`;
    const bars = [$('#bar')];
    const baseline = new WeakSet<Element>();
    noteVisibleEntries(bars, baseline);
    const options = { baseline, recent: [], bars };
    expect(findMenu($('#who'), document, options)).toBeNull();
    $('#menu').style.opacity = '1';
    expect(findMenu($('#who'), document, options)?.id).toBe('menu');
  });
});

describe('a choice whose button only says "go", its card saying where (u55, u48)', () => {
  it('"Seleziona", "Start chat", "Iniciar conversa" say go; "Ask the community" does not', () => {
    for (const name of ['Seleziona', 'Start chat', 'Iniciar conversa', 'Επιλογή', 'Choisir'])
      expect(meansGenericGo(name), name).toBe(true);
    for (const name of ['Ask the community', 'Ver pedido', 'Startseite der Hilfe', 'Log out'])
      expect(meansGenericGo(name), name).toBe(false);
  });

  it('topic cards with one "Seleziona" each, the title tied by aria-describedby', () => {
    document.body.innerHTML = `<div role="log" id="log"><p>Di cosa hai bisogno?</p>
      <div class="cards">
        <div class="c"><span id="t1">Pagamenti e rimborsi</span><span>Carta rifiutata</span><button type="button" id="pay" aria-describedby="t1">Seleziona</button></div>
        <div class="c"><span id="t2">Il mio account</span><span>Password</span><button type="button" id="acc" aria-describedby="t2">Seleziona</button></div>
      </div></div>`;
    expect(locate('topic-payment', [$('#log')]).element?.id).toBe('pay');
    expect(locate('topic-account', [$('#log')]).element?.id).toBe('acc');
  });

  it("the agent's card headed by a person, its one button 'Start chat'; the community's is not", () => {
    document.body.innerHTML = `<section aria-label="Wish chat" id="chat"><div role="log"><p>How would you like to go on?</p></div>
      <div class="cards">
        <div class="card"><h4>Community</h4><p>Answers from other shoppers.</p><button type="button" id="com">Start chat</button></div>
        <div class="card"><h4>Live agent</h4><p>Someone from our team, within a day.</p><button type="button" id="agent">Start chat</button></div>
      </div></section>`;
    expect(locate('contact-agent', [$('#chat')]).element?.id).toBe('agent');
  });
});

describe('"That didn\'t help" is the way past the answers (u55)', () => {
  it('a no and the verb of helping, in seven languages; a rating of an article is not', () => {
    for (const name of [
      "That didn't help",
      'Das hat mir nicht geholfen',
      'Non mi ha aiutato',
      'Cela ne m’a pas aidé',
      'Eso no me ayudó',
      'Isso não me ajudou',
      'Δεν με βοήθησε',
    ])
      expect(meansElse(name), name).toBeGreaterThan(0);
    for (const name of ['Not helpful', 'Nicht hilfreich', 'Non utile', 'Did this help?', 'Yes, that helped'])
      expect(meansElse(name), name).toBe(0);
  });
});
