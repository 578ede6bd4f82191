// What the sixth batch of hand-made pages (u35-u40, written blind to the guide's code) found,
// each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { serviceCentreEntry } from '../../src/dom/regions';
import { namesServiceCentre, reachesService } from '../../src/wish/meaning';
import { engineStarter, $, marked, settle } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe('a survey popping up while the shopper talks to the assistant (u39)', () => {
  const ORDER = '5f1a2b3c4d5e6f708192a3b4';
  const dock = (boxShown: boolean) => {
    // The assistant, appended to the body by the order's help link.
    const d = document.createElement('div');
    d.className = 'dk';
    d.setAttribute('role', 'region');
    d.setAttribute('aria-label', 'Asistente de Wish');
    d.innerHTML = `<div class="lg"><p>¿Quieres que te atienda alguien de nuestro equipo?</p>
        <div class="ch"><button id="agent">Chatear con un agente</button><button>No, gracias</button></div></div>
      <div class="cm" ${boxShown ? '' : 'hidden'}><label>Tu mensaje<textarea id="box"></textarea></label>
        <span role="button" tabindex="0" id="send">Enviar</span></div>`;
    document.body.append(d);
  };
  const survey = () => {
    // A third party's widget, appended to the body too, while the assistant is open.
    const s = document.createElement('div');
    s.className = 'sv';
    s.innerHTML = `<b>¿Qué tal tu experiencia en Wish hoy?</b>
      <textarea id="survey" placeholder="Cuéntanos qué podemos mejorar" aria-label="Comentarios"></textarea>
      <span role="button" tabindex="0">Enviar</span>`;
    document.body.append(s);
  };
  const orders = () => {
    document.body.innerHTML = `<main><h1>Mis pedidos</h1>
      <div class="order"><p>Número de pedido: ${ORDER}</p><p>Total: 12,00 €</p>
        <button id="help">¿Necesitas ayuda con este pedido?</button></div></main>`;
  };

  /** The order's help clicked, the assistant's offer of an agent taken: at the message step. */
  const toTheAgent = async () => {
    orders();
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: ORDER,
      startAt: 'get-help',
    });
    await settle(() => marked().includes('help=get-help'));
    shopper.click($('#help'));
    dock(false);
    await settle(() => marked().includes('agent=contact-agent'));
    shopper.click($('#agent'));
    return engine;
  };

  it("its box is not the assistant's, shown before the assistant's own box is", async () => {
    const engine = await toTheAgent();
    survey();
    await settle(() => engine.current === 'message');
    engine.evaluate();
    expect(marked()).not.toContain('survey=message');
    // The assistant's own box, once shown, is the step.
    $('.cm').hidden = false;
    await settle(() => marked().includes('box=message'));
    expect(marked()).toEqual(['box=message']);
  });

  it('the box added beside the log, in the same panel, is still found', async () => {
    const engine = await toTheAgent();
    // The composer added as a new element of the panel, beside the log.
    const composer = document.createElement('div');
    composer.innerHTML = '<textarea id="box2" aria-label="Escribe tu mensaje"></textarea>';
    $('.dk').append(composer);
    await settle(() => marked().includes('box2=message'));
    expect(engine.current).toBe('message');
  });
});

describe('the support entry worded as a reach to the service (u40)', () => {
  it('"Discuter avec le service client", "Conversar con atención al cliente" reach the people', () => {
    expect(reachesService('Discuter avec le service client')).toBe(true);
    expect(reachesService('Conversar con atención al cliente')).toBe(true);
    expect(reachesService('Discussion du produit')).toBe(false);
    expect(reachesService('Conversations')).toBe(false);
  });

  it('an icon in the menu named only by its title and a hidden label is the entry', () => {
    document.body.innerHTML = `<div role="menu" aria-label="Compte" id="menu">
        <div class="qa"><span role="menuitem" tabindex="0" title="Mes commandes"><span aria-hidden="true">📦</span><span class="vh">Mes commandes</span></span>
          <span role="menuitem" tabindex="0" id="cs" title="Discuter avec le service client"><span aria-hidden="true">🎧</span><span class="vh">Discuter avec le service client</span></span></div>
        <a role="menuitem" href="/settings">Paramètres</a><a role="menuitem" href="https://cs-help.wish.com/hc/fr">Centre d'aide</a>
        <a role="menuitem" href="/logout">Se déconnecter</a>
      </div>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});

describe('"Centro de soporte" in the account menu (u26)', () => {
  const menu = (entries: string) => {
    document.body.innerHTML = `<div id="m" role="menu">${entries}</div>`;
    return $('#m');
  };

  it('a centre of the service, not of help, in any language', () => {
    for (const name of [
      'Centro de soporte',
      'Support Center',
      'Κέντρο υποστήριξης',
      'Centre de service client',
    ])
      expect(namesServiceCentre(name), name).toBe(true);
    for (const name of [
      'Help Center',
      'Centro de ayuda',
      "Centre d'aide",
      'Centro de soporte para vendedores',
      'Soporte',
    ])
      expect(namesServiceCentre(name), name).toBe(false);
  });

  it('is the support entry when the menu names its articles apart', () => {
    const m = menu(`<a href="/orders">Pedidos</a><a id="c" href="/s">Centro de soporte</a>
      <a href="/faq">Preguntas frecuentes</a><a href="https://merchant.wish.com">Soporte para vendedores</a>`);
    expect(serviceCentreEntry(m)?.id).toBe('c');
  });

  it('is not, alone: it may be the articles themselves', () => {
    const m = menu(
      `<a href="/orders">Pedidos</a><a id="c" href="/s">Centro de soporte</a><a href="/logout">Salir</a>`,
    );
    expect(serviceCentreEntry(m)).toBeNull();
  });

  it('is not when two such centres stand side by side', () => {
    const m = menu(`<a href="/faq">FAQ</a><a href="/a">Support Center</a><a href="/b">Service Center</a>`);
    expect(serviceCentreEntry(m)).toBeNull();
  });
});

describe('a rich-text box: a page made editable in a frame (u40)', () => {
  it("its Send is the one beside the frame, in the assistant's panel", async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Assistant Wish"><div role="log">
        <p>Décrivez votre demande, un conseiller vous répondra.</p></div>
      <div class="ed"><iframe id="rt" title="Votre message"></iframe>
        <div class="rw"><button type="button" title="Joindre un fichier">📎</button>
          <button type="button" id="send">Envoyer</button></div></div></div>`;
    const frame = $<HTMLIFrameElement>('#rt');
    const inner = frame.contentDocument!;
    inner.body.setAttribute('contenteditable', 'true');
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'message' });
    await settle(() => engine.current === 'message' && !!inner.body.getAttribute('data-wsg-step'));
    expect(inner.body.getAttribute('data-wsg-step')).toBe('message');
    inner.body.textContent = 'Ma commande n’est jamais arrivée.';
    engine.evaluate();
    await settle(() => marked().includes('send=send'));
    expect(marked()).toContain('send=send');
  });
});
