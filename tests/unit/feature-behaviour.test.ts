// @vitest-environment-options {"url": "https://www.wish.com/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shopper } from '../helpers/trusted';

const sent: Array<[string, unknown]> = [];
const context = { launcher: true };
vi.mock('../../src/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    if (type === 'contentContext')
      return {
        pendingFollowUps: 1,
        tour: null,
        launcher: context.launcher,
        language: 'en',
        problem: null,
        ui: {
          appName: 'Wish Support Companion',
          launcherLabel: 'Contact support about this order',
          launcherDismiss: 'Hide',
        },
      };
    // What the worker's scripting.executeScript does: the guide bundle runs in this world.
    if (type === 'loadPart' && (data as { part: string }).part === 'guide') {
      await import('../../src/content/guide/bundle-en');
      return { file: 'guide.en.js', injected: true, lang: 'en' };
    }
    return undefined;
  }),
}));

const { agentWatch } = await import('../../src/content/features/agent-watch');
const { lastSent } = await import('../../src/content/sent');
const { orderLauncher } = await import('../../src/content/features/order-launcher');
const { forgetContentContext } = await import('../../src/content/context');

afterEach(() => {
  forgetContentContext();
  sent.length = 0;
  document.body.innerHTML = '';
  lastSent.at = 0;
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a reply from an agent stops the follow-up', () => {
  it('a new agent message after the shopper sent one is reported with the order', async () => {
    history.replaceState({}, '', '/transaction/5f1a2b3c4d5e6f708192a3b4');
    document.body.innerHTML = '<p class="Chat__Agent-sc-1 x">an old message</p>';
    const controller = new AbortController();
    await agentWatch.init({ signal: controller.signal, url: location.href });
    lastSent.at = Date.now() - 11_000;
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p class="Chat__Agent-sc-1 x">We have refunded your order.</p>',
    );
    await tick();
    controller.abort();
    expect(sent).toContainEqual(['agentReplied', { orderNumber: '5f1a2b3c4d5e6f708192a3b4' }]);
  });

  it('a message that merely loads late (history) is not an answer; nor one with no order known', async () => {
    history.replaceState({}, '', '/transaction/5f1a2b3c4d5e6f708192a3b4');
    const controller = new AbortController();
    await agentWatch.init({ signal: controller.signal, url: location.href });
    // The chat's history renders after the page: nothing was sent from this page.
    document.body.insertAdjacentHTML('beforeend', '<p class="Chat__Agent-sc-1 x">Your refund was sent.</p>');
    await tick();
    controller.abort();
    history.replaceState({}, '', '/help');
    const second = new AbortController();
    await agentWatch.init({ signal: second.signal, url: location.href });
    lastSent.at = Date.now() - 11_000;
    document.body.insertAdjacentHTML('beforeend', '<p class="Chat__Agent-sc-1 x">Hello again.</p>');
    await tick();
    second.abort();
    expect(sent.filter(([type]) => type === 'agentReplied')).toEqual([]);
  });

  it('messages already there, and the automatic acknowledgement right after sending, are not answers', async () => {
    document.body.innerHTML = '<p class="Chat__Agent-sc-1 x">an old message</p>';
    const controller = new AbortController();
    await agentWatch.init({ signal: controller.signal, url: location.href });
    lastSent.at = Date.now();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p data-testid="agent-message">Thanks, an agent will reply.</p>',
    );
    await tick();
    controller.abort();
    expect(sent.filter(([type]) => type === 'agentReplied')).toEqual([]);
  });
});

describe('the launcher on an order page', () => {
  it('offers "Contact support about this order", and can be turned off in the options', async () => {
    history.replaceState({}, '', '/transaction/5f1a2b3c4d5e6f708192a3b4');
    context.launcher = false;
    await orderLauncher.init({ signal: new AbortController().signal, url: location.href });
    expect(document.querySelector('wsg-launcher')).toBeNull();
    context.launcher = true;
    forgetContentContext();
    const controller = new AbortController();
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    await orderLauncher.init({ signal: controller.signal, url: location.href });
    const host = document.querySelector('wsg-launcher')!;
    // Closed to the page: only the extension's own reference (captured here) reaches inside.
    expect(host.shadowRoot).toBeNull();
    const root = attachShadow.mock.results.at(-1)!.value as ShadowRoot;
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Contact support about this order', '×']);
    // A page script pressing it (click(), dispatched events) starts nothing and hides nothing.
    buttons[0]!.click();
    buttons[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(document.querySelector('wsg-launcher')).not.toBeNull();
    await tick();
    expect(sent.map(([type]) => type)).not.toContain('tourStart');
    // Leaving the page (soft navigation) removes it.
    controller.abort();
    expect(document.querySelector('wsg-launcher')).toBeNull();
  });

  it("starts the guide on the shopper's own click", async () => {
    history.replaceState({}, '', '/transaction/5f1a2b3c4d5e6f708192a3b4');
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    await orderLauncher.init({ signal: new AbortController().signal, url: location.href });
    const root = attachShadow.mock.results.at(-1)!.value as ShadowRoot;
    shopper.click(root.querySelector('button')!);
    expect(document.querySelector('wsg-launcher')).toBeNull();
    // The guide is asked for (for the shopper's start), loads, waits for the order's own
    // button, and starts.
    await vi.waitFor(() => expect(sent.map(([type]) => type)).toContain('tourStart'), { timeout: 15_000 });
    expect(sent.find(([type]) => type === 'loadPart')?.[1]).toEqual({ part: 'guide', why: 'start' });
  });
});
