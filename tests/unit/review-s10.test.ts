// A reviewer's pages (fresh eyes on 4154b61, 7ff5d95: 27e8b98..3f339bc): each page here shows a
// wrong highlight or lost reach, named beside the commit that caused it, and asserts what the
// guide should do; each fails at 3f339bc and passes at 27e8b98, except the last block (reach
// the change promised and misses: fails at both).
import { describe, expect, it } from 'vitest';
import { asksIfHelped, meansPerson } from '../../src/wish/meaning';
import { findTrigger } from '../../src/dom/regions';
import { locate } from '../../src/dom/locate';
import { $, assistantAt, engineStarter, marked, settle, tick } from '../helpers/guide-page';

const start = engineStarter();

/** The assistant's panel (`label` its name) showing `html` under its log. */
function chat(label: string, html: string): HTMLElement {
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="${label}" id="chat"><div role="log">${html}</div></section>`;
  return $('#chat');
}

describe('lost reach: an account trigger that holds its own hover menu is no longer a trigger (7ff5d95)', () => {
  // The classic CSS/JS dropdown: the opener (aria-haspopup, or the menubar's own item) wraps
  // the menu it reveals. findTrigger now refuses any element holding two role=menuitem, and
  // every part of the opener (its avatar, its greeting) climbs to the opener through
  // roleHolder: nothing is left. At 27e8b98 the opener was found, and the whole tour ran.
  const bar = (
    opener: string,
  ) => `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Search">
      ${opener}<a href="/cart" aria-label="Cart">🛒</a></header><main><h1>Deals</h1></main>`;
  const menu = `<a role="menuitem" href="/transaction">Order History</a><a role="menuitem" href="/wish-cash">Wish Cash</a>
          <a role="menuitem" id="cs" href="/customer-support">Customer Support</a>`;

  it.each([
    [
      'an aria-haspopup account block wrapping its role=menu dropdown',
      `<div class="acc" id="me" tabindex="0" aria-haspopup="true" aria-label="Account">
        <img class="avatar" alt="" src="a.png"><span>Hi, Jess</span>
        <div class="dropdown" role="menu" style="display:none">${menu}</div></div>`,
    ],
    [
      "a menubar's own item (role=menuitem, aria-haspopup) wrapping its submenu",
      `<ul role="menubar"><li role="none"><a role="menuitem" href="/deals">Deals</a></li>
        <li role="menuitem" id="me" tabindex="0" aria-haspopup="true"><span>Hi, Jess</span>
          <ul role="menu" style="display:none">${menu}</ul></li></ul>`,
    ],
    [
      'a nav list item with a caret wrapping a list of role=menuitem entries',
      `<nav><ul><li class="account" id="me" aria-haspopup="true"><span>Hi, Jess ▾</span>
        <ul class="dropdown" style="display:none">${menu}</ul></li></ul></nav>`,
    ],
  ])('%s', (_what, opener) => {
    document.body.innerHTML = bar(opener);
    expect(findTrigger([$('#bar')], { nameHint: 'Jess Nguyen' }).element?.id).toBe('me');
  });

  it('end to end: the opener is marked, then "Customer Support" once the hover shows the menu', async () => {
    document.body.innerHTML =
      bar(`<div class="acc" id="me" tabindex="0" aria-haspopup="true" aria-label="Account">
        <img class="avatar" alt="" src="a.png"><span>Hi, Jess</span>
        <div class="dropdown" id="dd" role="menu" style="display:none">${menu}</div></div>`);
    const { engine } = start({ route: 'account-menu', problem: 'never-delivered', nameHint: 'Jess Nguyen' });
    engine.evaluate();
    await settle(() => marked().length > 0);
    expect(marked()).toEqual(['me=account-menu']);
    $('#dd').style.display = 'block';
    engine.evaluate();
    await settle(() => marked().includes('cs=customer-support'));
    expect(marked()).toContain('cs=customer-support');
  });
});

describe("wrong highlight: a page survey's 'No' popping up beside the assistant is 'something else' (7ff5d95)", () => {
  it('en, "Was this page helpful?" in a feedback dialog while the assistant lists sub-topics', async () => {
    // Any dialog that appears is one of the assistant's regions (ASSISTANT_SELECTOR matches
    // role=dialog); the survey's No is the only answer to a "helped?" question there, so it is
    // marked. At 27e8b98 nothing was marked at this step.
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wishlist</h1></main>
      <section aria-label="Wish Assistant"><div role="log">
        <div>Which of these is it about?</div>
        <div class="qr"><button>Where is my package?</button><button>Delivery times</button><button>Customs fees</button></div></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    engine.evaluate();
    for (let i = 0; i < 3; i++) await tick();
    const survey = document.createElement('div');
    survey.setAttribute('role', 'dialog');
    survey.setAttribute('aria-label', 'Quick feedback');
    survey.innerHTML = `<p>Was this page helpful?</p><div><button id="sv-yes">Yes</button><button id="sv-no">No</button></div>`;
    document.body.append(survey);
    engine.evaluate();
    for (let i = 0; i < 5; i++) await tick();
    expect(marked()).not.toContain('sv-no=something-else');
  });
});

describe("wrong highlight and lost reach: an article's rating 'No' outranks the agent on offer (7ff5d95)", () => {
  it('en, an inline article rated "Was this article helpful?" above "Still need help? Chat with an agent"', async () => {
    // Nothing says "something else", so the rating's No becomes the step; being found at the
    // current step, it holds the tour there (the agent is not "later" in a separate part), and
    // the shopper is sent to a rating form instead of the agent. At 27e8b98 the agent was marked.
    document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Wishlist</h1></main>
      <section aria-label="Wish Assistant"><div role="log">
        <div class="msg"><div class="art"><h3>How long does delivery take?</h3><div>Most orders arrive in 2-4 weeks.</div></div>
          <div class="rate"><span>Was this article helpful?</span><div><button id="yes">Yes</button><button id="no">No</button></div></div>
          <div class="more"><span>Still need help?</span><button id="agent">Chat with an agent</button></div></div></div></section>`;
    const { engine } = start({
      route: 'account-menu',
      problem: 'never-delivered',
      startAt: 'something-else',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    for (let i = 0; i < 3; i++) await tick();
    expect(marked()).toEqual(['agent=contact-agent']);
  });
});

describe("wrong highlight: a reaching verb anywhere beside a specialist is 'talk to a person' (4154b61)", () => {
  it.each([
    [
      // The commit says "the verb still has to stand beside the specialist ('Joindre un
      // fichier' is no person)": it need not; attaching a photo for the specialist is a person.
      'fr',
      'Assistant Wish',
      `<p>Article endommagé ? Envoyez-nous des photos, notre spécialiste les examinera.</p>
       <div class="qr"><button type="button" id="decoy">Joindre une photo pour le spécialiste</button>
         <button type="button">Voir ma commande</button></div>`,
    ],
    [
      // The courier's man, as "Contatta l'incaricato della consegna" in decoys-review8.
      'en',
      'Wish Assistant',
      `<p>Your parcel is with SpeedPost, the local courier.</p>
       <div class="qr"><a href="tel:+18005550100" id="decoy">Call SpeedPost's delivery specialist</a>
         <button type="button">Track parcel</button></div>`,
    ],
    [
      // Opening hours, not a way to anyone: 'erreich' starts "Erreichbarkeit".
      'de',
      'Wish-Assistent',
      `<p>Du möchtest wissen, wann wir da sind?</p>
       <div class="qr"><button type="button" id="decoy">Erreichbarkeit unserer Spezialisten</button>
         <button type="button">Bestellungen</button></div>`,
    ],
  ])('%s, a decoy at the agent step', (_lang, label, html) => {
    expect(locate('contact-agent', [chat(label, html)]).element?.id).not.toBe('decoy');
  });

  it('en, "Yes" confirming the courier\'s call is no yes to a person', async () => {
    // The question's sentence before names a specialist and "call": asksForPerson takes it.
    const { got } = await assistantAt(
      start,
      'Wish Assistant',
      `<div>SpeedPost's delivery specialist will call you before delivery. Is that OK?</div>
       <div class="qr"><button id="decoy">Yes</button><button>No, another day</button></div>`,
      'contact-agent',
    );
    expect(got).not.toContain('decoy=contact-agent');
  });
});

describe('wrong highlight: a brand named like a greeting is the account trigger (7ff5d95)', () => {
  it.each([
    [
      'an account button opening a menu, icon only',
      `<button type="button" id="me" aria-haspopup="menu"><svg viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"/></svg></button>`,
    ],
    [
      'an avatar drawn with the hand pointer',
      `<div class="hdr-user" id="me" style="cursor:pointer"><img class="avatar" alt="" src="a.png"></div>`,
    ],
  ])('en, "Hiya Kids" (a vitamins brand) in the category row beside %s', (_what, acc) => {
    // greetedName("Hiya Kids") is "kids": 4 points, more than an icon-only account control.
    // At 27e8b98 "Hiya" was no greeting and the account control was the trigger.
    document.body.innerHTML = `<header id="bar"><a href="/">wish</a><input type="search" aria-label="Search">
      <nav><a href="/brand/hiya" id="decoy">Hiya Kids</a><a href="/c/toys">Toys</a><a href="/c/home">Home</a></nav>
      <a href="/cart" aria-label="Cart">🛒</a>${acc}</header>`;
    expect(findTrigger([$('#bar')], {}).element?.id).not.toBe('decoy');
  });
});

describe('reach the change promised and misses (4154b61, 7ff5d95; fails at 27e8b98 too)', () => {
  it('"Still need help? Reach a specialist": STYLE_STEMS\' "stil" is the start of "still"', () => {
    // talksToSpecialist refuses any name holding a word starting "stil" (meant for "Stil",
    // "stilista"): the commonest escalation wording loses the new reaching verbs.
    for (const name of ['Still need help? Reach a specialist', 'Still stuck? Call a specialist'])
      expect(meansPerson(name), name).toBeGreaterThan(0);
  });

  it('"helped?" in it, pt, es, el: HELPED\'s stems are matched as whole words only', () => {
    // "aiutat", "risolt", "χρησιμ" never match "aiutato", "risolto", "χρήσιμο"; "útil" is
    // missing for pt and es.
    for (const q of [
      'Ti ha aiutato?',
      'Il problema è stato risolto?',
      'Foi útil?',
      '¿Fue útil?',
      'Σας φάνηκε χρήσιμο;',
    ])
      expect(asksIfHelped(q), q).toBe(true);
  });
});
