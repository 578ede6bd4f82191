// What the twenty-eighth batch of hand-made pages (u200-u205, written blind to the guide's code)
// found at its first run: one wrong highlight (u200) and two stops (u201, u203, left open).
import { describe, expect, it } from 'vitest';
import { engineStarter, markedOn } from '../helpers/guide-page';

const start = engineStarter();

describe('a chat whose Send shows only once the box holds text (u200, a wrong highlight)', () => {
  // A messaging-app-like bar: an emoji button and a microphone beside the box; the mic turns
  // into "Enviar" once text is typed. The guide took the emoji button, the one button left
  // beside the box, for Send.
  const chat = (tail: string) => `<header><a href="/">wish</a></header><main><h1>Lista de desejos</h1></main>
    <section aria-label="Atendimento Wish"><div role="log"><div>Pode escrever sua mensagem para a nossa equipe.</div></div>
      <form><button type="button" aria-label="Emojis" id="emo">☺</button>
        <textarea id="box" aria-label="Mensagem"></textarea>${tail}</form></section>`;
  const options = { route: 'account-menu', problem: 'payment-declined', startAt: 'send' } as const;

  it('marks no Send while only the emoji button is beside the box', async () => {
    expect(await markedOn(start, chat(''), options, 5)).not.toContain('emo=send');
  });

  it('marks the icon-only button beside it as before, an arrow with no words', async () => {
    const got = await markedOn(start, chat('<button type="button" id="go">➤</button>'), options);
    expect(got).toContain('go=send');
    expect(got).not.toContain('emo=send');
  });
});
