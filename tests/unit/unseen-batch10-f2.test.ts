// What the tenth batch of hand-made pages (this helper's share: u77, u78, u81, u82, written
// blind to the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate, roleOf } from '../../src/dom/locate';
import { meansPerson, meansSendToWish } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

/** A choice card of a support form: a label holding its radio (on show, or drawn hidden with
 *  the card what shows), a title and a line under it. */
const card = (name: string, value: string, title: string, line: string, id = '', hidden = false) =>
  `<label style="cursor:pointer"${id ? ` id="${id}"` : ''}><input type="radio" name="${name}" value="${value}"${hidden ? ' style="display:none"' : ''}><span>${title}<small>${line}</small></span></label>`;
const hiddenCard = (name: string, value: string, title: string, line: string, id = '') =>
  card(name, value, title, line, id, true);

describe('a support form whose choices are radio cards, each question shown once the last is answered (u77)', () => {
  const form = () => {
    document.body.innerHTML = `<aside role="dialog" aria-label="Atención a clientes"><h2>Atención a clientes</h2>
        <form><fieldset id="q1"><legend>1. ¿Sobre qué es tu consulta?</legend>
          ${hiddenCard('tema', 'cancel', 'Cancelar un artículo', 'Antes de que se envíe')}
          ${hiddenCard('tema', 'cuenta', 'Mi cuenta', 'Correo, contraseña, notificaciones', 'account')}
        </fieldset></form></aside>`;
    $('#q1').addEventListener('change', () =>
      $('form').insertAdjacentHTML(
        'beforeend',
        `<fieldset><legend>2. ¿Qué pasó exactamente?</legend>
          ${hiddenCard('det', 's0', 'No puedo iniciar sesión', 'Contraseña o correo')}
          ${hiddenCard('det', 'otro', 'Es otra cosa', 'Mi caso no aparece en la lista', 'else')}</fieldset>`,
      ),
    );
  };

  it('a click on a card answers one question: the click its label passes to the radio is the same click', async () => {
    form();
    const { engine, steps } = start({ route: 'account-menu', problem: 'account', startAt: 'topic' });
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['account=topic']);
    // The browser passes a label's click on to its radio in the same task (jsdom does too).
    shopper.click($('#account span'));
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(steps).toEqual(['something-else']);
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('a radio card titled with a person, a line under it (u77: "Escribirle a un asesor de Wish")', () => {
  const question = (agent: string, line: string) =>
    `<aside role="dialog" aria-label="Wish" id="form"><form><fieldset><legend>3.</legend>
      ${card('via', 'guia', 'Buscar en las guías de ayuda', 'Respuestas al momento')}
      ${card('via', 'tienda', 'Preguntarle a la tienda', 'La tienda que te vendió el artículo')}
      ${card('via', 'agent', agent, line, 'agent')}</fieldset></form></aside>`;

  it('is the agent, in every language', () => {
    for (const [agent, line] of [
      ['Escribirle a un asesor de Wish', 'Una persona de nuestro equipo te responde en 24-48 h'],
      ['Write to a Wish agent', 'A person from our team answers within 24-48 h'],
      ['Chiedi a un operatore Wish', 'Una persona del nostro team ti risponde entro 48 ore'],
      ['Einer Person vom Wish-Team schreiben', 'Antwort innerhalb von 24–48 Stunden'],
      ['Écrire à un conseiller Wish', 'Une personne de notre équipe répond sous 48 h'],
      ['Escrever a um agente da Wish', 'Uma pessoa da nossa equipa responde em 48 h'],
      ['Επικοινωνία με εκπρόσωπο της Wish', 'Ένας άνθρωπος της ομάδας μας απαντά σε 48 ώρες'],
    ] as const) {
      document.body.innerHTML = question(agent, line);
      expect(locate('contact-agent', [$('#form')]).element, agent).toBe($('#agent input'));
    }
  });

  it("a card titled with the store's or the articles' help is no agent, nor a card outside a label", () => {
    document.body.innerHTML = `<aside role="dialog" aria-label="Wish" id="form"><form><fieldset>
        ${card('via', 'guia', 'Buscar en las guías de ayuda', 'Una persona las revisa cada semana')}
        ${card('via', 'tienda', 'Preguntarle a la tienda', 'La tienda te responde en 24-48 h')}
      </fieldset></form>
        <div><span>Escribirle a un asesor de Wish<small>Una persona te responde en 24-48 h</small></span></div></aside>`;
    expect(locate('contact-agent', [$('#form')]).element).toBeNull();
  });
});

describe('a member of the staff to talk to (u82: "Falar com um colaborador da Wish")', () => {
  it('talking or writing to a "colaborador", "collaboratore", "collaborateur" is a person', () => {
    for (const name of [
      'Falar com um colaborador da Wish',
      'Hablar con un colaborador de Wish',
      'Parla con un collaboratore Wish',
      'Scrivi a una collaboratrice',
      'Parler à un collaborateur Wish',
      'Escrever aos nossos colaboradores',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
  });

  it('a collaborator to become, a programme, a collaboration or a product is none', () => {
    for (const name of [
      'Torne-se um colaborador da Wish',
      'Programa de colaboradores',
      'Falar sobre uma colaboração',
      'Collaborations avec des marques',
      'Diventa collaboratore',
      'Colaborador do mês',
    ])
      expect(meansPerson(name), name).toBe(0);
  });

  it('in a chat that puts each new message first in its markup, earlier rows disabled, the agent is marked', async () => {
    document.body.innerHTML = `<main><h1>Notificações</h1><div class="note">Precisas de ajuda? Estamos aqui.
        <button type="button">Falar com a equipa</button></div></main>
      <section role="dialog" aria-label="Apoio ao cliente" id="chat"><div class="ls" style="display:flex;flex-direction:column-reverse">
        <div><button type="button">Ver artigos de ajuda</button><button type="button" id="agent">Falar com um colaborador da Wish</button><button type="button">Voltar ao início</button></div>
        <div>Não encontrámos resposta. Como queres continuar?</div>
        <div><button type="button" disabled>Pagamento recusado</button><button type="button" disabled>Outra questão</button></div>
        <div><button type="button" disabled>Pagamentos e reembolsos</button><button type="button" disabled>A minha conta</button></div>
      </div><div><input type="text" disabled aria-label="Mensagem" placeholder="Escolhe uma opção acima"><button type="button" disabled>Enviar</button></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      startAt: 'contact-agent',
    });
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });
});

describe('a chat whose choices are links given a list item role (u78: <a href="#" role="listitem">)', () => {
  const chat = (choices: string, composer = '') =>
    `<section role="dialog" aria-label="Wish Assistent" id="chat"><div role="log">
      <div>Verstanden. Wie sollen wir weitermachen?</div><div role="list">${choices}</div></div>${composer}</section>`;

  it('such a link is still a link; a list item that is no link stays none', () => {
    document.body.innerHTML = `<div role="list"><a href="#" role="listitem" id="a">A</a><button role="listitem" id="b">B</button><li role="listitem" id="c">C</li></div>`;
    expect(roleOf($('#a'))).toBe('link');
    expect(roleOf($('#b'))).toBe('button');
    expect(roleOf($('#c'))).toBe('listitem');
  });

  it("the agent's link, titled with a line under it, is marked; the seller's and the articles' are not", async () => {
    document.body.innerHTML = chat(
      `<a href="#" role="listitem">Beim Händler nachfragen<small>Nachricht an ModaWien Store</small></a>
       <a href="#" role="listitem" id="agent">Einer Person vom Wish-Team schreiben<small>Antwort innerhalb von 24–48 Stunden</small></a>
       <a href="#" role="listitem">Hilfeartikel lesen</a>`,
    );
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });

  it('a list item that only reads so (no link, no pointer) is not marked', async () => {
    document.body.innerHTML = chat(
      `<div role="listitem">Einer Person vom Wish-Team schreiben<small>Antwort innerhalb von 24–48 Stunden</small></div>`,
    );
    start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    for (let i = 0; i < 6; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it("the composer on show, its placeholder naming the team, is never the agent's choice", async () => {
    document.body.innerHTML = chat(
      `<a href="#" role="listitem">Sendungsverlauf anzeigen</a><a href="#" role="listitem">Andere Bestellung wählen</a>`,
      `<div><textarea id="box" placeholder="Deine Nachricht an das Wish-Team"></textarea><button type="button" title="Absenden">➤</button></div>`,
    );
    expect(locate('contact-agent', [$('#chat')]).element).toBeNull();
    start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    for (let i = 0; i < 6; i++) await tick();
    expect(marked()).not.toContain('box=contact-agent');
  });
});

describe('Send said with whom it goes to (u81: "Invia a Wish")', () => {
  it('sending to Wish, its team, its support or an agent is Send, in every language', () => {
    for (const name of [
      'Invia a Wish',
      'Send to Wish',
      'Send to our team',
      'An das Wish-Team senden',
      'An Wish senden',
      'Envoyer au support',
      'Enviar a Wish',
      'Enviar para a equipa da Wish',
      'Αποστολή στη Wish',
      'Invia al team di assistenza',
    ])
      expect(meansSendToWish(name), name).toBe(true);
  });

  it('sending to the seller, a friend, the assistant, Wish Cash or an e-mail is not', () => {
    for (const name of [
      'Invia al venditore',
      'Send to a friend',
      'Enviar a un amigo',
      "Envoyer à l'assistant",
      'An den Händler senden',
      'Send to Wish Cash',
      'Enviar para o meu e-mail',
      'Invia a Wish il tuo feedback',
      'Send',
    ])
      expect(meansSendToWish(name), name).toBe(false);
  });

  it("the wizard's last step: 'Invia a Wish' beside 'Allega foto' is the Send; the stepper's '3 · Contatto' is nothing", async () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true" aria-label="Assistenza Wish" id="wz">
        <ol><li><button type="button">1 · Argomento</button></li><li><button type="button">3 · Contatto</button></li><li><button type="button" disabled>4 · Messaggio</button></li></ol>
        <div><textarea id="msg" aria-label="Il tuo messaggio"></textarea><div>0/1200</div>
          <div><button type="button">📷 Allega foto</button><span></span><button type="button" id="send">Invia a Wish</button></div></div>
        <div><button type="button">Indietro</button><button type="button">Annulla</button></div></div>`;
    ($('#msg') as HTMLTextAreaElement).value = 'Il pacco non è mai arrivato.';
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'send' });
    await settle(() => marked().includes('send=send'));
    expect(engine.current).toBe('send');
    expect(marked()).toEqual(['send=send']);
  });
});

describe('the assistant answered in still shows, its next choices unknown (u82: the highlight went back to the account tab)', () => {
  it('the tour stays in the assistant, past the wait before a step back; closed, the way in comes back', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a><button type="button" id="me" aria-haspopup="menu">Olá, Rita</button></header>
      <main><h1>Notificações</h1></main>
      <section role="dialog" aria-label="Apoio ao cliente" id="chat"><div class="ls">
        <div id="row"><button type="button">Pagamento recusado</button><button type="button" id="else">Outra questão</button></div>
      </div></section>`;
    $('#else').addEventListener('click', () => {
      for (const b of $('#row').querySelectorAll('button')) b.disabled = true;
      $('.ls').insertAdjacentHTML(
        'afterbegin',
        '<div><button type="button">Ver artigos de ajuda</button><button type="button">Voltar ao início</button></div>',
      );
    });
    const { engine, steps } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      nameHint: 'Rita Carvalho',
      startAt: 'something-else',
    });
    await settle(() => marked().includes('else=something-else'));
    shopper.click($('#else'));
    await tick();
    expect(engine.current).toBe('contact-agent');
    // Past the assistant's wait before a step back (4 s), the page changing.
    await new Promise((r) => setTimeout(r, 4500));
    $('.ls').append(document.createElement('div'));
    for (let i = 0; i < 3; i++) await tick();
    expect(engine.current).toBe('contact-agent');
    expect(steps).not.toContain('account-menu');
    expect(marked()).toEqual([]);
    // The shopper closes it: the way in is offered again.
    $('#chat').remove();
    await settle(() => engine.current === 'account-menu');
    expect(engine.current).toBe('account-menu');
  }, 20_000);
});
