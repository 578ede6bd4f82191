// What the twenty-third batch of hand-made pages (u170, u175, written blind to the guide's code)
// found at its first run. Each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { engineStarter, marked, markedOn, evaluateUntil, settle } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe('a wizard in a native <dialog> whose choices are links in its sentences (u170)', () => {
  // The help opens as a <dialog> (no role attribute: the element is the dialog) whose steps are
  // links keeping the wizard's step in the address ("/?hilfe=zahlung" on "/"). The guide read
  // such a link in a sentence as body text linking to another page, so the wizard's "My problem
  // is something else" at the end of its sentence was never a choice.
  async function afterTopic(elseHref: string): Promise<string[]> {
    history.replaceState(null, '', '/');
    document.body.innerHTML = `<header><a href="/">wish</a>
        <div id="holder"><button type="button" id="trig" aria-haspopup="menu">Chiara ▾</button></div></header>
      <main><h1>Per te</h1></main>
      <dialog id="wz" aria-labelledby="wzT"><div><h2 id="wzT">Assistente Wish</h2><button type="button" aria-label="Chiudi">×</button></div>
        <div id="wzb"></div></dialog>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'payment-declined',
      nameHint: 'Chiara Rossi',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    document.getElementById('holder')!.insertAdjacentHTML(
      'beforeend',
      `<div role="menu" aria-label="Il mio account"><a role="menuitem" href="/transaction">I miei ordini</a>
        <button type="button" role="menuitem" id="cs">Contatta l'assistenza</button></div>`,
    );
    await settle(() => marked().includes('cs=customer-support'));
    shopper.click(document.getElementById('cs')!);
    const body = document.getElementById('wzb')!;
    body.innerHTML = `<p>Per una carta rifiutata scegli <a id="pay" href="/?aiuto=pagamenti">Pagamenti e addebiti</a>;
        per email o password <a href="/?aiuto=account">Il tuo account</a>.</p>
      <ul><li><a href="/?aiuto=spedizione">Un pacco in ritardo</a></li></ul>`;
    document.getElementById('wz')!.setAttribute('open', '');
    history.pushState(null, '', '/?aiuto=1');
    await evaluateUntil(engine, () => marked().length > 0);
    expect(marked()).toEqual(['pay=topic']);
    shopper.click(document.getElementById('pay')!);
    history.pushState(null, '', '/?aiuto=pagamenti');
    body.innerHTML = `<p>Le domande più frequenti su <b>Pagamenti</b>:</p>
      <ul><li><a href="/?aiuto=pagamenti&amp;art=0">Perché la carta è stata rifiutata?</a></li>
        <li><a href="/?aiuto=pagamenti&amp;art=1">Mi è stato addebitato due volte</a></li></ul>
      <p>Niente di tutto questo? <a id="else" href="${elseHref}">Il mio problema è un altro</a>.
        Oppure <a href="/?aiuto=1">torna agli argomenti</a>.</p>`;
    await evaluateUntil(engine, () => marked().some((m) => m.endsWith('=something-else')));
    return marked();
  }

  it('marks the "something else" link in the sentence', async () => {
    expect(await afterTopic('/?aiuto=pagamenti&amp;altro=1')).toEqual(['else=something-else']);
  });

  it("a link in the dialog's sentence to another page of the site is still its text", async () => {
    // "… <a href="/aiuto/altro">…</a>" leads away from the wizard: body text, whatever it says.
    expect(await afterTopic('/aiuto/altro')).toEqual([]);
  });
});

describe('a bot message offering a chat with the team beside a phone link (u175)', () => {
  // The bot's offer holds two actions side by side: a generic "Iniciar chat" and a tel: link
  // "Llámanos". The card's words say a person of our team answers, but with two controls in it
  // the card was no card, and "Iniciar chat" alone says nothing of a person.
  const page = (line: string) => `<header><a href="/">wish</a></header><main><h1>Notificaciones</h1></main>
      <aside role="dialog" aria-label="Asistente Wish"><div role="log">
        <div class="bot">Vale. Lo revisamos contigo.</div>
        <div class="bot offer">${line}
          <div class="acts"><button type="button" id="go">Iniciar chat</button><a id="call" href="tel:+34910000000"><svg aria-hidden="true"></svg>Llámanos</a></div></div>
      </div></aside>`;

  it('the go on the offer is the person, the phone link none', async () => {
    const html = page(
      'Puedes escribir a alguien de nuestro equipo de atención (suele responder en 24 horas) o llamarnos.',
    );
    expect(
      await markedOn(start, html, {
        route: 'account-menu',
        problem: 'payment-declined',
        startAt: 'contact-agent',
      }),
    ).toEqual(['go=contact-agent']);
  });

  it('an offer that names no person of ours stays unmarked', async () => {
    // The bot itself goes on in a chat: no person, whatever the phone beside it.
    const html = page('Sigue con nuestro asistente virtual o llámanos.');
    expect(
      await markedOn(start, html, {
        route: 'account-menu',
        problem: 'payment-declined',
        startAt: 'contact-agent',
      }),
    ).toEqual([]);
  });
});
