// What the ninth batch of hand-made pages (first helper's share: u61, u63, u65, written blind to
// the guide's code) found, each kept as a jsdom test that fails without its change.
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/dom/locate';
import { meansCustomerSupport } from '../../src/wish/meaning';
import { $ } from '../helpers/guide-page';

describe('Canadian French "Soutien à la clientèle" is customer support (u61)', () => {
  it('the service word "soutien" beside the customer; not the sellers\' or a product', () => {
    for (const name of ['Soutien à la clientèle', 'Soutien client', 'Service de soutien à la clientèle'])
      expect(meansCustomerSupport(name), name).toBe(true);
    for (const name of [
      'Soutien aux marchands',
      'Soutien technique',
      "Casque d'écoute pour soutien à la clientèle",
    ])
      expect(meansCustomerSupport(name), name).toBe(false);
  });

  it("the account menu's entry so worded is the support entry, not the sellers' nor the FAQ", () => {
    document.body.innerHTML = `<ul role="menu" aria-label="Votre compte" id="menu">
        <li><a role="menuitem" href="/transaction">Historique des commandes</a></li>
        <li><a role="menuitem" href="/help">Foire aux questions</a></li>
        <li><a role="menuitem" href="/merchant/help">Soutien aux marchands</a></li>
        <li><button type="button" role="menuitem" id="cs">Soutien client</button></li>
        <li><a role="menuitem" href="/logout">Déconnexion</a></li>
      </ul>`;
    expect(locate('customer-support', [$('#menu')]).element?.id).toBe('cs');
  });
});
