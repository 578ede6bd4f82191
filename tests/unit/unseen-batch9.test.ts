// What the ninth batch of hand-made pages (u59-u70, written blind to the guide's code) found,
// each kept as a test that fails without its change (the lead's share: u60).
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/dom/visible';
import { meansPerson } from '../../src/wish/meaning';
import { engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe("the conversation in a frame inside the widget's frame (u60)", () => {
  it("the shopper's click on a topic there moves the guide on, and the next list is no topic", async () => {
    const ORDER = '5f1a2b3c4d5e6f708192a3b4';
    document.body.innerHTML = `<main><h1>Mis pedidos</h1>
      <div class="order"><p>Número de pedido: ${ORDER}</p><button id="help">Obtener ayuda</button></div></main>`;
    start({ route: 'order', problem: 'never-delivered', orderNumber: ORDER, startAt: 'get-help' });
    await settle(() => marked().includes('help=get-help'));
    shopper.click(document.querySelector('#help')!);
    // The help opens a widget's frame, which then loads the conversation in a frame of its own.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog" aria-label="Asistente de Wish"><iframe id="w" title="Asistente"></iframe></div>`,
    );
    const widget = document.querySelector<HTMLIFrameElement>('#w')!.contentDocument!;
    widget.body.innerHTML = `<header><b>Asistente de Wish</b></header><iframe id="c" title="Conversación"></iframe>`;
    const chat = widget.querySelector<HTMLIFrameElement>('#c')!.contentDocument!;
    await tick();
    chat.body.innerHTML = `<div role="log" id="log"><p>¿En qué podemos ayudarte?</p></div>`;
    chat
      .querySelector('#log')!
      .insertAdjacentHTML(
        'beforeend',
        `<div class="qr"><button type="button">Pedidos y envíos</button><button type="button">Pagos y reembolsos</button><button type="button">Mi cuenta</button></div>`,
      );
    await settle(() => !!chat.querySelector('[data-wsg-step="topic"]'));
    const topic = chat.querySelector('[data-wsg-step="topic"]')!;
    expect(topic).not.toBeNull();
    shopper.click(topic);
    // The assistant answers with a new list: tracking is no topic now, the way on is "none".
    chat
      .querySelector('#log')!
      .insertAdjacentHTML(
        'beforeend',
        `<p>Estas respuestas pueden ayudarte.</p><div class="qr"><button type="button">Ver el estado del envío</button><button type="button" id="none">Ninguna de estas</button></div>`,
      );
    await settle(() => !!chat.querySelector('[data-wsg-step]#none'));
    expect(chat.querySelector('[data-wsg-step]')?.id).toBe('none');
  });
});

describe('a specialist is a person (u60: "Mit einer Fachperson chatten")', () => {
  it('"Fachperson", "Fachkraft", "Spezialist", "specialista" in an agent choice; an AI "expert" is not', () => {
    for (const name of [
      'Mit einer Fachperson chatten',
      'Mit einer Fachkraft sprechen',
      'Mit einem Spezialisten chatten',
      'Parla con uno specialista',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of ['Esperto di stile AI', 'Ask our style expert', 'Fachhandel'])
      expect(meansPerson(name), name).toBe(0);
  });
});

describe('words drawn by CSS (u60: the first name painted by content: attr(data-vorname))', () => {
  it("reads the strings of a computed content value, nothing of 'none' or an image", () => {
    expect(contentWords('"Reto" " ▾"')).toBe('Reto ▾');
    expect(contentWords('"Reto ▾"')).toBe('Reto ▾');
    expect(contentWords('url("a.png") "Hi"')).toBe('Hi');
    expect(contentWords('none')).toBe('');
    expect(contentWords('normal')).toBe('');
    expect(contentWords('"l\\"ami"')).toBe('l"ami');
  });
});
