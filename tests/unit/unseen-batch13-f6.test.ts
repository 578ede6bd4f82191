// What the thirteenth round found on u114, u117 and u118 (hand-made pages written blind to the
// guide's code), each kept as a test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { findMenu, noteVisibleEntries, topBars } from '../../src/dom/regions';
import { meansHelp } from '../../src/wish/meaning';
import { $, engineStarter, marked, settle, tick } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

const start = engineStarter();

describe("the order's help, not the carrier's (u117)", () => {
  it("a help that names the order is one however its articles are elided; the carrier's is none", () => {
    for (const name of [
      "Obtenir de l'aide pour cette commande",
      "Chiedi aiuto per quest'ordine",
      'Get help with this order',
    ])
      expect(meansHelp(name), name).toBe(true);
    for (const name of [
      'Signaler un problème au transporteur',
      'Report a problem to the carrier',
      'Problem beim Zusteller melden',
      'Contactar con el transportista',
    ])
      expect(meansHelp(name), name).toBe(false);
  });

  it("on the order's page, its long-worded help is chosen over the carrier's report", () => {
    document.body.innerHTML = `<main>
      <section><h2>Suivi · Postes Canada</h2>
        <a href="/transaction/66280f3ab1c2d3e4f5a6b7c8/carrier-issue" id="carrier">Signaler un problème au transporteur</a></section>
      <aside><h2>Que voulez-vous faire?</h2>
        <a href="/transaction/66280f3ab1c2d3e4f5a6b7c8/receipt">Télécharger le reçu</a>
        <button type="button" id="help">Obtenir de l'aide pour cette commande</button></aside></main>`;
    expect(locate('get-help', [document.body]).element?.id).toBe('help');
  });
});

describe('"No" beside "Yes" in the question\'s own holder (u117: "…vous a-t-elle aidé? [Oui] [Non]")', () => {
  const page = (question: string) => `<header><a href="/">wish</a></header><main><h1>Commande</h1></main>
    <section role="dialog" aria-label="Assistant Wish"><div role="log">
      <div>Votre colis est en retard. <a href="/help/a/colis">Mon colis n’est pas arrivé : que faire?</a></div>
      <div class="help">${question} <button type="button" id="oui">Oui</button><button type="button" id="non">Non</button></div>
    </div></section>`;

  it('the Yes before it is no part of the question: its No is the way on', async () => {
    document.body.innerHTML = page('Cette réponse vous a-t-elle aidé?');
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'something-else' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['non=something-else']);
  });

  it("a rating asked before the shopper's last answer (under the greeting) is past, though the answer is gone", async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wishlist</h1></main>
      <section role="dialog" aria-label="Wish Assistant"><div role="log" id="log">
        <div>Hi Jordan! What can I help you with?</div>
        <div class="fb">Was this helpful? <button type="button">Yes</button><button type="button">No</button></div>
        <div id="chips"><button type="button" id="t-ord">Orders &amp; delivery</button><button type="button">Payments</button></div>
      </div></section>`;
    // The chips go once answered; the next question comes later.
    $('#t-ord').addEventListener('click', () => {
      $('#chips').remove();
      $('#log').insertAdjacentHTML('beforeend', '<div class="me">Orders &amp; delivery</div>');
    });
    const { engine, steps } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['t-ord=topic']);
    shopper.click($('#t-ord'));
    await settle(() => steps.includes('something-else'));
    for (let i = 0; i < 4; i++) await tick();
    expect(marked()).toEqual([]);
  });

  it("a rating under the bot's answer, its choices coming a moment later, is no way on", async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wishlist</h1></main>
      <section role="dialog" aria-label="Wish Assistant"><div role="log" id="log">
        <div>Hi Jordan! What can I help you with?</div>
        <div><button type="button" id="t-ord">Orders &amp; delivery</button><button type="button">Payments</button></div>
      </div></section>`;
    $('#t-ord').addEventListener('click', () => {
      $('#log').insertAdjacentHTML(
        'beforeend',
        '<div>Here are a few articles.</div><div>Was this helpful? <button type="button">Yes</button><button type="button">No</button></div>',
      );
      setTimeout(
        () =>
          $('#log').insertAdjacentHTML(
            'beforeend',
            '<div><button type="button">Track my package</button><button type="button" id="none">My issue isn’t listed</button></div>',
          ),
        600,
      );
    });
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    shopper.click($('#t-ord'));
    const seen = new Set<string>();
    for (let i = 0; i < 30 && !marked().includes('none=something-else'); i++) {
      await tick();
      for (const m of marked()) seen.add(m);
    }
    expect([...seen]).toEqual(['none=something-else']);
  });

  it('an offer of more help asked the same way is no way on', async () => {
    document.body.innerHTML = page('Puis-je vous aider pour autre chose?');
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'something-else' });
    engine.evaluate();
    for (let i = 0; i < 4; i++) await tick();
    expect(marked()).toEqual([]);
  });
});

describe("choices as table rows with a generic 'Escolher' (u118)", () => {
  const table = (rows: [string, string, string][]) =>
    `<table><tbody>${rows
      .map(
        ([id, label, line]) =>
          `<tr><th scope="row">${label}</th><td>${line}</td><td><button type="button" id="${id}">Escolher</button></td></tr>`,
      )
      .join('')}</tbody></table>`;

  it("a row's header says what its generic button chooses", () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Assistente Wish" id="wa"><div class="bd">
      <div>Estas respostas costumam ajudar.</div>
      ${table([
        ['a1', 'Onde está a minha encomenda?', 'Artigo de ajuda'],
        ['oth', 'Outro assunto', 'Não encontro a minha questão'],
      ])}
      <div>Como preferes continuar?</div>
      ${table([
        ['faq', 'Centro de ajuda', 'Todas as perguntas frequentes'],
        ['ag', 'Falar com a nossa equipa', 'Resposta por e-mail em 24–48 h'],
      ])}</div></div>`;
    const wa = document.querySelector('#wa')!;
    expect(locate('something-else', [wa]).element?.id).toBe('oth');
    expect(locate('contact-agent', [wa]).element?.id).toBe('ag');
  });

  it('the topic is the row whose header says the parcel has not come', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Avaliações</h1></main>
      <div role="dialog" aria-modal="true" aria-label="Assistente Wish"><div class="bd">
      <div>Olá, Inês. Em que te podemos ajudar com esta encomenda?</div>
      ${table([
        ['cc', 'Cancelar um artigo', 'Só antes do envio'],
        ['nd', 'A encomenda não chegou', 'Atrasos, envio parado'],
        ['rf', 'Reembolsos', 'Prazos e estado do reembolso'],
      ])}</div></div>`;
    const { engine } = start({ route: 'order', problem: 'never-delivered', startAt: 'topic' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['nd=topic']);
  });
});

describe("a top bar drawn in a custom element's shadow root, its account chip slotted (u114)", () => {
  const bar = () => {
    document.body.innerHTML = `<wish-topbar role="banner" id="tb"></wish-topbar>
      <main><section><h2>Συνδεθείτε για να δείτε τις παραγγελίες σας</h2></section></main>`;
    const root = $('#tb').attachShadow({ mode: 'open' });
    root.innerHTML = `<style>.bar{display:flex}</style><div class="bar"><a href="/">wish</a>
      <a href="/help">Βοήθεια</a><div id="slot"><a href="/signup">Εγγραφή</a>
      <button type="button" id="si">Σύνδεση</button></div></div>`;
    return root;
  };

  it("the bar is what the host's shadow root draws: its sign-in is found there", () => {
    const root = bar();
    const bars = topBars(document);
    expect(bars).toEqual([root.querySelector('.bar')]);
    expect(locate('sign-in', bars).element).toBe(root.getElementById('si'));
  });

  it('the guide marks the sign-in inside the shadow root', async () => {
    const root = bar();
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered' });
    engine.evaluate();
    await settle(() => root.getElementById('si')!.hasAttribute('data-wsg-step'));
    expect(root.getElementById('si')!.getAttribute('data-wsg-step')).toBe('sign-in');
  });

  it("a chip whose own children are its menu's entries, slotted into its panel, holds its menu", () => {
    const root = bar();
    // What the bar showed before (its help link) is no entry of the menu.
    const baseline = new WeakSet<Element>();
    noteVisibleEntries(topBars(document), baseline);
    root.getElementById('slot')!.innerHTML = `<wish-account id="wa">
      <span slot="name"><small>Γεια σας, Ελένη</small><b>Λογαριασμός</b></span>
      <a slot="menu" href="/transaction">Οι παραγγελίες μου</a>
      <a slot="menu" href="/wishlist">Αγαπημένα</a>
      <a slot="menu" href="/help">Κέντρο βοήθειας · Συχνές ερωτήσεις</a>
      <a slot="menu" id="cs" href="/support">Επικοινωνία με την εξυπηρέτηση<br><small>Συνομιλία με τον Βοηθό Wish</small></a>
      <a slot="menu" href="/merchant/help">Υποστήριξη πωλητών</a>
      <a slot="menu" href="/logout">Αποσύνδεση</a></wish-account>`;
    const chip = root.getElementById('wa')!;
    chip.attachShadow({ mode: 'open' }).innerHTML =
      '<button aria-haspopup="menu"><slot name="name"></slot></button><div role="menu"><slot name="menu"></slot></div>';
    const menu = findMenu(chip, document, { baseline, recent: [], bars: topBars(document) });
    expect(menu).toBe(chip);
    // Its entry titled over a line, after a line break, is the way to support.
    expect(locate('customer-support', [menu!]).element?.id).toBe('cs');
  });
});
