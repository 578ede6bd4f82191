// What the ninth batch of hand-made pages (this helper's share: u66-u69, written blind to the
// guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate, loneTextField } from '../../src/dom/locate';
import { serviceCentreEntry } from '../../src/dom/regions';
import { meansElse, meansHelp, meansPerson, reachesService } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle } from '../helpers/guide-page';

const start = engineStarter();

describe('the support entry worded with an informal verb for a chat (u68: "Échanger avec nous")', () => {
  it('"Chiacchiera con noi", "Charla con nosotros", "Échanger avec nous" reach the people', () => {
    for (const name of [
      'Chiacchiera con noi',
      'Charla con nosotros',
      'Plaudern Sie mit uns',
      'Κουβεντιάστε μαζί μας',
      'Échanger avec nous',
    ])
      expect(reachesService(name), name).toBe(true);
  });

  it('the same verbs said of an item, points or a team are no way to the people', () => {
    for (const name of [
      'Échanger mes points',
      'Échanger un article',
      'Charla sobre moda',
      "Échanger un article avec l'équipe",
      'Chiacchiera con la community',
    ]) {
      expect(reachesService(name), name).toBe(false);
      expect(meansPerson(name), name).toBe(0);
    }
  });

  it("the account menu's entry titled so, a line under it, is the support entry", () => {
    document.body.innerHTML = `<div role="menu" aria-label="Il tuo account" id="menu">
        <a role="menuitem" href="/transaction">I miei ordini</a>
        <a role="menuitem" href="/rewards">Riscatta i punti</a>
        <a role="menuitem" href="/help">Centro assistenza<small>Domande frequenti</small></a>
        <button type="button" role="menuitem" id="cs">Chiacchiera con noi<small>Assistente Wish, poi un operatore</small></button>
        <button type="button" role="menuitem">Esci</button>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});

describe('"other" said of a topic\'s thing beside "other request" (u68: "Autre moyen de paiement")', () => {
  it('"Other payment method" ranks below "Other request", still an other', () => {
    for (const [thing, plain] of [
      ['Otro método de pago', 'Otra consulta'],
      ['Other payment method', 'Other request'],
      ['Autre moyen de paiement', 'Autre demande'],
    ] as const) {
      expect(meansElse(thing), thing).toBeGreaterThan(0);
      expect(meansElse(thing), thing).toBeLessThan(meansElse(plain));
    }
  });

  it('the assistant\'s "Otra consulta" is marked, not "Otro método de pago" beside it', async () => {
    document.body.innerHTML = `<section aria-label="Asistente Wish"><div role="log">
        <div>Este artículo podría ayudarte: <a href="/help/article">¿Por qué se rechazó mi pago?</a></div>
        <div><button type="button">Otro método de pago</button><button type="button" id="else">Otra consulta</button>
          <button type="button">Volver al inicio</button></div></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      startAt: 'something-else',
    });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('something-else');
    expect(marked()).toEqual(['else=something-else']);
  });
});

describe('the service centre entry and the FAQ beside it each with a line under it (u69)', () => {
  it('"Centro de servicio" is the entry when "Centro de ayuda" over its line names the articles', () => {
    document.body.innerHTML = `<div id="menu"><div><h4>Mi cuenta</h4><a href="/transaction">Pedidos</a></div>
        <div><h4>Servicio</h4><a href="/help">Centro de ayuda<small>Respuestas a preguntas frecuentes</small></a>
          <a href="/service" id="cs">Centro de servicio<small>Contacta con Wish por pagos, pedidos o tu cuenta</small></a>
          <a href="/returns/new">Iniciar devolución</a></div></div>`;
    expect(serviceCentreEntry($('#menu'))?.id).toBe('cs');
  });

  it('with no FAQ entry beside it, the centre stays the articles', () => {
    document.body.innerHTML = `<div id="menu"><a href="/transaction">Pedidos</a>
        <a href="/service" id="cs">Centro de servicio<small>Contacta con Wish por pagos, pedidos o tu cuenta</small></a></div>`;
    expect(serviceCentreEntry($('#menu'))).toBeNull();
  });
});

describe('a form\'s Send worded as a submission (u69: "Übermitteln")', () => {
  it('"Trasmetti" beside "Allega file" under the field is the send', async () => {
    document.body.innerHTML = `<aside role="dialog" aria-label="Centro assistenza Wish"><h2 id="h">La tua richiesta</h2>
        <textarea id="msg" aria-labelledby="h"></textarea>
        <div><button type="button">📎 Allega file</button><button type="button" id="send">Trasmetti</button></div></aside>`;
    const { engine } = start({ route: 'account-menu', problem: 'payment-declined', startAt: 'send' });
    await settle(() => marked().includes('send=send'));
    expect(engine.current).toBe('send');
    expect(marked()).toContain('send=send');
    expect(marked()).not.toContain('=send');
  });
});

describe('a bot\'s numbered choices and its "reply with a number" box (u66)', () => {
  const choice = (n: number, title: string, line: string, id = '') =>
    `<button type="button"${id ? ` id="${id}"` : ''}><span class="n">${n}</span><span><span>${title}</span><small>${line}</small></span></button>`;
  const page = (composer: string) => {
    document.body.innerHTML = `<section aria-label="Ayuda de Wish"><div role="log">
        <div>¿Quién debería revisarlo? Toca una opción o responde con su número.</div>
        <div>${choice(1, 'Preguntar al vendedor', 'Suele responder en 2 días')}
          ${choice(2, 'Escribir a un asesor de Wish', 'Una persona del equipo responde en 24–48 h', 'agent')}
          ${choice(3, 'Ver artículos de ayuda', 'Preguntas frecuentes')}</div></div>
        ${composer}
        <form><input type="text" id="num" inputmode="numeric" aria-label="Responde con un número" placeholder="Responde con un número…"><button type="submit" aria-label="Responder">↵</button></form>
      </section>`;
  };

  it("the agent's choice, its number before its title and a line under it, is marked", async () => {
    page('');
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'contact-agent' });
    await settle(() => marked().length > 0);
    expect(engine.current).toBe('contact-agent');
    expect(marked()).toEqual(['agent=contact-agent']);
  });

  it('the box for a number is never the message box, alone or beside the real one', async () => {
    page('');
    const chat = [$('section')];
    expect(loneTextField(chat, () => false)).toBeNull();
    expect(locate('message', chat).element).toBeNull();
    page(
      '<label for="msg">Describe el problema</label><textarea id="msg"></textarea><button type="button">Enviar mensaje</button>',
    );
    start({ route: 'order', problem: 'never-delivered', startAt: 'message' });
    await settle(() => marked().length > 0);
    expect(marked()).toContain('msg=message');
    expect(marked()).not.toContain('num=message');
  });
});

describe("a receipt whose only way to support is a link to open a case (u67: 'Abrir una incidencia')", () => {
  const ORDER = '6b1c2d3e4f5a6b7c8d9e0f1a';

  it('"Apri una segnalazione", "Open a ticket" ask for help; a dispute or a question about one does not', () => {
    for (const name of ['Apri una segnalazione', 'Open a ticket', 'Ouvrir un dossier', 'Abrir um chamado'])
      expect(meansHelp(name), name).toBe(true);
    for (const name of [
      'Aprire una controversia su PayPal',
      'Open a dispute with PayPal',
      'Come apro una segnalazione?',
      'Open in the app',
      'Silicone phone case',
    ])
      expect(meansHelp(name), name).toBe(false);
  });

  it("on the order's own page, the link at the receipt's foot is its way in; the PayPal box and the FAQ are not", () => {
    document.body.innerHTML = `<main><article class="receipt"><h1>Ricevuta</h1><p>ID ordine: ${ORDER}</p>
        <p>Venditore: Casa Nova Store</p><p>Totale: 23,90 €</p><p>Pagato con PayPal</p>
        <div><a href="/invoice.pdf">Scarica fattura (PDF)</a> <button type="button">Stampa</button></div>
        <div>Qualcosa non va con questo ordine? <a id="help" href="/transaction/${ORDER}/segnalazione">Apri una segnalazione</a></div></article>
      <aside><p>Pagato con PayPal?</p><a href="https://www.paypal.com/disputes">Aprire una controversia su PayPal ↗</a></aside>
      <section><h2>Domande frequenti</h2><a href="/help/articoli/segnalazione">Come apro una segnalazione?</a></section></main>`;
    // The order's own page is the order's region whole (orderRegions), decoys and all.
    expect(locate('get-help', [document.body]).element?.id).toBe('help');
  });
});

describe('the assistant\'s "my case is different" and "pass my case to a case manager" (u67)', () => {
  it('"Il mio caso è diverso", "Mon cas est différent" mean something else; a colour or an item differing do not', () => {
    for (const name of ['Il mio caso è diverso', 'Mon cas est différent', 'Mi caso es distinto'])
      expect(meansElse(name), name).toBeGreaterThan(0);
    for (const name of ['Colore distinto', 'Artículo distinto al pedido', 'L’article est différent'])
      expect(meansElse(name), name).toBe(0);
  });

  it('"Passar meu caso para um gestor da Wish" is a person; a password manager is not', () => {
    for (const name of [
      'Passar meu caso para um gestor da Wish',
      'Pasar mi caso a un gestor de Wish',
      'Fall an einen Sachbearbeiter von Wish übergeben',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of ['Gestore password', 'Gestión de pedidos', 'Resolverlo con el vendedor'])
      expect(meansPerson(name), name).toBe(0);
  });
});
