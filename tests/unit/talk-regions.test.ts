// Where the assistant's next choices are looked for before the shopper's first answer
// (talkRegions): the chips' own shadow roots inside an assistant drawn inline in the page's
// main part are part of it, not panels of their own that would leave it out. Found on fresh
// wide seeds (w12714, w12903) after the batch-13 fix. In Chromium the chips' roots come as
// regions of their own; jsdom lists only the inline block, so this is a guard of the same page
// here, and `npm run corpus -- --id=w12714,w12903` is the check that fails without the change.
import { describe, expect, it } from 'vitest';
import { $, engineStarter, marked, settle } from '../helpers/guide-page';
import { shopper } from '../helpers/trusted';

class Chip extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<button type="button" part="b"><slot></slot></button>';
  }
}
if (!customElements.get('x-chip')) customElements.define('x-chip', Chip);

describe('an inline assistant whose chips are custom elements (w12714)', () => {
  const start = engineStarter();

  it('its topic is found, its chips’ shadow roots being part of it', async () => {
    document.body.innerHTML = `<header><a href="/">wish</a></header>
      <main><h1>Παραγγελία 616dfa59f87ce90393a21194</h1><button type="button" id="help">Βοήθεια με την παραγγελία</button>
        <div id="slot"></div></main>`;
    $('#help').addEventListener('click', () => {
      $('#slot').innerHTML = `<div><div><span>Βοηθός Wish</span><button type="button">×</button></div>
        <div><p>Γεια σου! Με τι να σε βοηθήσω;</p>
          <div><x-chip id="where">Πού είναι η παραγγελία μου;</x-chip><x-chip id="ref">Επιστροφή χρημάτων</x-chip>
          <x-chip id="cx">Ακύρωση παραγγελίας</x-chip></div></div></div>`;
    });
    const { engine } = start({
      route: 'order',
      problem: 'never-delivered',
      orderNumber: '616dfa59f87ce90393a21194',
      startAt: 'get-help',
    });
    engine.evaluate();
    await settle(() => marked().length > 0);
    shopper.click($('#help'));
    await settle(() => marked().some((m) => m.endsWith('=topic')));
    expect(marked()).toEqual(['where=topic']);
  });
});
