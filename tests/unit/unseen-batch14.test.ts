// @vitest-environment-options {"url": "https://www.wish.com/help/chat"}
// What the fourteenth batch of hand-made pages (u119-u124, written blind to the guide's code)
// found on u124: topics asked as questions, and a pop-up window holding the chat alone. Each
// kept as a test that fails without its change. The guide here resumes in the pop-up, on Wish's
// help path.
import { describe, expect, it } from 'vitest';
import { asksAsTopic, topicFit } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';

describe('topics asked as questions, weighed by what they ask (u124)', () => {
  it('the question naming the problem itself fits best', () => {
    expect(topicFit('Why was my payment declined?', 'payment-declined')).toBe(4);
    expect(topicFit('Why was I charged twice?', 'payment-declined')).toBe(3);
    expect(topicFit('Why was I charged twice?', 'incorrect-charge')).toBe(4);
    expect(topicFit('Why was my payment declined?', 'incorrect-charge')).toBe(3);
    expect(topicFit('Where’s my stuff?', 'never-delivered')).toBe(3);
    expect(topicFit('How do I change my email?', 'payment-declined')).toBe(0);
    for (const [name, problem] of [
      ['¿Por qué se rechazó mi pago?', 'payment-declined'],
      ['Pourquoi mon paiement a-t-il été refusé ?', 'payment-declined'],
      ['Warum wurde meine Zahlung abgelehnt?', 'payment-declined'],
      ['Perché il pagamento è stato rifiutato?', 'payment-declined'],
      ['Zahlung fehlgeschlagen', 'payment-declined'],
      ['Doppelt abgebucht', 'incorrect-charge'],
      ['Cobro duplicado', 'incorrect-charge'],
    ] as const)
      expect(topicFit(name, problem), name).toBe(4);
  });

  it('a question is told from a plain name', () => {
    expect(asksAsTopic('Where’s my stuff?')).toBe(true);
    expect(asksAsTopic('How do I change my email')).toBe(true);
    expect(asksAsTopic('Payment issues')).toBe(false);
  });
});

describe('the guide in a pop-up window holding the chat alone (u124)', () => {
  const start = engineStarter();
  const popup = (log: string) => {
    document.body.innerHTML = `<div><b>Wish Assistant</b><span>Online</span></div>
      <div id="ordinfo">Order 670a3c5e · Wireless earbuds</div>
      <div id="log" role="log">${log}</div>
      <div id="form" style="display:none"><textarea id="issue" aria-label="Describe your issue"></textarea>
        <button type="button" id="go" disabled>Submit request</button></div>
      <div>Rate this chat: <button>😞</button><button>😊</button><br>
        <textarea id="fb" aria-label="Comments about this chat"></textarea><button id="sf">Send feedback</button></div>`;
  };
  const b = (id: string, label: string, href = '') =>
    href ? `<a id="${id}" href="${href}">${label}</a>` : `<button type="button" id="${id}">${label}</button>`;

  it('topics that are all questions: the one asking about the problem', async () => {
    popup(
      `<div>What can I help you with?</div><div>${
        b('st', 'Where’s my stuff?') +
        b('tw', 'Why was I charged twice?') +
        b('dc', 'Why was my payment declined?') +
        b('em', 'How do I change my email?')
      }</div>`,
    );
    const { engine } = start({ route: 'order', problem: 'payment-declined', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['dc=topic']);
  });

  it('a link to another page (an article) is no topic, however well its question fits', async () => {
    popup(
      `<div>What can I help you with?</div><div>${
        b('acc', 'My account') +
        b('pay', 'Payment issues') +
        b('art', 'Why was my payment declined?', '/help/articles/115')
      }</div>`,
    );
    const { engine } = start({ route: 'order', problem: 'payment-declined', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['pay=topic']);
    popup(
      `<div>Pick one</div><div>${b('art', 'Why was my payment declined?', '/help/articles/115') + b('tw', 'Where’s my stuff?')}</div>`,
    );
    for (let i = 0; i < 5; i++) await tick();
    expect(marked()).not.toContain('art=topic');
  });

  it('a question among plain topics fits by what it asks: "¿Dónde está mi pedido?" over the account (u121)', async () => {
    popup(
      `<div>¿En qué te ayudo?</div><div>${
        b('cu', 'No puedo entrar en mi cuenta') +
        b('pe', '¿Dónde está mi pedido?') +
        b('pa', 'Pagos y facturas')
      }</div>`,
    );
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['pe=topic']);
  });

  it('the box shown beside the log, not the rating’s comments, is where to write', async () => {
    popup('<div>Tell us what happened, with the order number.</div>');
    $('#form').style.display = 'block';
    const { engine } = start({ route: 'order', problem: 'payment-declined', startAt: 'message' });
    engine.evaluate();
    await settle(() => marked().includes('issue=message'));
    expect(marked()).toContain('issue=message');
    expect(marked()).not.toContain('fb=message');
  });
});
