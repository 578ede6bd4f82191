// What the twenty-fourth batch of hand-made pages (u176-u181, written blind to the guide's code)
// found at its first run: no wrong highlight, three stops. Each kept as a test that fails without
// its change (u176 and u179: tests/unit/unseen-batch24-f24.test.ts).
import { describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';
import { OrderReader } from '../../src/wish/order-page';

const start = engineStarter();
const N = '6ac4f19e3b7d2a8c5e0f1b63';

describe('the notifications page: an order named in a sentence, twice, one of them with its help (u180)', () => {
  // Each notification tells of an order in a sentence, its number in a span of its own after
  // "Pedido N.º"; the delayed one holds "Necesito ayuda con este pedido", an older one about
  // the same order only "Seguir envío". The guide found no order at all: the label before the
  // number ended with a number sign ("N.º"), in a sentence longer than a label; then, the order
  // shown twice, it looked in the older notice only.
  const notice = (title: string, item: string, n: string, actions: string) => `<li class="nt">
      <div><h4>${title}</h4><p>${item}. Pedido N.º <span class="oid">${n}</span>. Tenía que llegar el 28/11; ahora estimamos del 9/12 al 15/12.</p>
      <div class="ac">${actions}</div></div><time>hace 5 h</time></li>`;
  const page = `<header><a href="/">wish</a></header><main><h1>Notificaciones</h1>
      <ul>${notice('Tu pedido viene demorado', 'Auriculares inalámbricos con estuche de carga', '6ab8e2d07c1f4a9b3d6e2c18', '<button type="button">Ver seguimiento</button><button type="button">Necesito ayuda con este pedido</button>')}
        ${notice('Tu pedido viene demorado', 'Juego de mate de calabaza con bombilla de alpaca y yerbera', N, '<button type="button">Ver seguimiento</button><button type="button" id="ours">Necesito ayuda con este pedido</button>')}</ul>
      <ul>${notice('Tu pedido está en camino', 'Juego de mate de calabaza con bombilla de alpaca y yerbera', N, '<button type="button">Seguir envío</button>')}</ul></main>`;

  it('reads each order named after "Pedido N.º", however long the sentence', () => {
    document.body.innerHTML = page;
    const numbers = new Set(new OrderReader(document.body).readAll().map((o) => o.number));
    expect([...numbers].sort()).toEqual(['6ab8e2d07c1f4a9b3d6e2c18', N]);
  });

  it("marks the order's own help in the notice that offers it", async () => {
    const got = await markedOn(start, page, { route: 'order', problem: 'never-delivered', orderNumber: N });
    expect(got).toEqual(['ours=get-help']);
  });
});

describe('a numbered list of links answering "¿Te sirvió esta respuesta?" (u180)', () => {
  // The chat's choices are an ordered list of links, the number in each link's words; its "2.
  // No" to whether the answer served is the way on. The guide read the list's items as loose
  // text around each choice, so the question was not the one just before the "No"; nor did it
  // read "served" as "helped".
  const chat = (
    question: string,
    yes: string,
    no: string,
  ) => `<header><a href="/">wish</a></header><main></main>
    <section role="dialog" aria-label="Asistente de Wish"><div role="log">
      <div class="bb"><p>Tu paquete está en tránsito con Correo Argentino.<br><a href="https://www.correoargentino.com.ar/">Seguir el envío ↗</a></p>
        <p>${question}</p><ol><li><a href="#op-1" id="yes">${yes}</a></li><li><a href="#op-2" id="no">${no}</a></li></ol></div>
    </div></section>`;

  it.each([
    ['¿Te sirvió esta respuesta?', '1. Sí, gracias', '2. No'],
    ['Isso te serviu?', '1. Sim, obrigado', '2. Não'],
    ['Did this answer your question?', 'Yes', 'No'],
  ])('"%s" … "%s": the No is the way on', async (question, yes, no) => {
    const got = await markedOn(start, chat(question, yes, no), {
      route: 'order',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    expect(got).toEqual(['no=something-else']);
  });
});
