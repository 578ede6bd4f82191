// What the tenth round found (fresh generated seeds and the tenth batch of hand-made pages,
// u71-u82, written blind to the guide's code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { meansPerson } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

describe('reaching a specialist is talking to one (w12098: "Reach a support specialist")', () => {
  it('reach, join, call a specialist; attaching a file or a specialist alone is not', () => {
    for (const name of [
      'Reach a support specialist',
      'Joindre un spécialiste',
      'Einen Spezialisten erreichen',
      'Call a specialist',
      'Llamar a un especialista',
    ])
      expect(meansPerson(name), name).toBeGreaterThan(0);
    for (const name of ['Joindre un fichier', 'Spezialist für Handyhüllen', 'Reach new heights'])
      expect(meansPerson(name), name).toBe(0);
  });
});

describe("the chat's only box, once written in, keeps its Send (u48)", () => {
  it('a one-line box named by no message word: after typing, Send (an svg titled "Enviar") is next', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Central de ajuda</h1></main>
      <section aria-label="Assistente Wish"><div role="log">
        <div>Pronto! Um atendente vai ler sua mensagem. Escreva abaixo.</div></div>
        <div class="bar"><button type="button" title="Emojis">🙂</button>
          <input type="text" id="box" placeholder="Digite sua dúvida">
          <button type="button" title="Anexar arquivo">📎</button>
          <button type="button" id="send"><svg width="18" height="18" viewBox="0 0 24 24"><title>Enviar</title>
            <path d="M3 20l18-8L3 4v6l12 2-12 2z"/></svg></button></div></section>`;
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'message' });
    engine.evaluate();
    await settle(() => marked().includes('box=message'));
    expect(marked()).toContain('box=message');
    const box = $<HTMLInputElement>('#box');
    box.value = 'Meu pedido não chegou.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => marked().includes('send=send'));
    // Still there on the checks that follow (the page changes, the shopper moves).
    for (let i = 0; i < 3; i++) {
      engine.evaluate();
      await tick();
    }
    expect(engine.current).toBe('send');
    expect(marked()).toContain('send=send');
  });
});
