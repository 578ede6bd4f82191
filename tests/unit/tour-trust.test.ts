// The guide on the page acts for the shopper only: the page's synthetic click on the marked
// Send element records nothing; the shopper's own does, and the done panel that follows can
// be closed at once and leaves no listener behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shopper } from './../helpers/trusted';

const sent: Array<[string, unknown]> = [];
vi.mock('../../src/messaging/protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    return undefined;
  }),
  onMessage: vi.fn(),
}));
const { TourRunner } = await import('../../src/content/guide/runner');
const { tourListenerCount } = await import('../../src/content/tour-events');
const { uiStrings } = await import('../../src/i18n');

afterEach(() => {
  sent.length = 0;
  document.body.replaceChildren();
});

function page() {
  // Wish's assistant, open at its message form (the tour resumed at "send").
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Wish Assistant');
  const form = document.createElement('form');
  const field = document.createElement('textarea');
  field.setAttribute('aria-label', 'Message');
  const send = document.createElement('button');
  send.type = 'button';
  send.textContent = 'Send email';
  form.append(field, send);
  dialog.append(form);
  document.body.append(dialog);
  field.value = 'What the shopper wrote';
  const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
  const runner = new TourRunner(
    {
      active: true,
      stepId: 'send',
      route: 'account-menu',
      problem: 'never-delivered',
      orderNumber: '5f1a2b3c4d5e6f708192a3b4',
      startedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    },
    { strings: uiStrings('en'), nameHint: '', followUpDays: 3, draftText: 'SITE DRAFT' },
  );
  const controller = new AbortController();
  runner.start(controller.signal);
  const root = attachShadow.mock.results.at(-1)!.value as ShadowRoot;
  attachShadow.mockRestore();
  return { field, send, runner, root, controller };
}

describe('the tour on a hostile page', () => {
  it("a page script's click on the marked Send records nothing", () => {
    const { send, controller } = page();
    expect(send.getAttribute('data-wsg-step')).toBe('send');
    send.click();
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(sent.map(([t]) => t)).not.toContain('logContact');
    controller.abort();
  });

  it("the shopper's click records the message; the done panel closes at once, no listener left", () => {
    const before = tourListenerCount();
    const { send, root } = page();
    expect(tourListenerCount()).toBe(before + 1);
    shopper.click(send);
    expect(sent.find(([t]) => t === 'logContact')?.[1]).toMatchObject({
      contact: { channel: 'site', message: 'What the shopper wrote', via: 'sent' },
    });
    expect(tourListenerCount()).toBe(before);
    expect(root.textContent).toMatch(/Sent/);
    const close = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Close guide')!;
    shopper.click(close);
    expect(document.querySelector('wsg-overlay')).toBeNull();
  });

  it("the shopper's Enter that sends (the chat empties its field) records the text typed at that moment", async () => {
    const { field, controller } = page();
    field.value = 'Typed last, sent with Enter';
    // The page's own synthetic Enter records nothing.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    field.value = '';
    await new Promise((r) => setTimeout(r, 700));
    expect(sent.map(([t]) => t)).not.toContain('logContact');
    field.value = 'Typed last, sent with Enter';
    shopper.key(field, 'Enter');
    field.value = ''; // the chat sent it
    await new Promise((r) => setTimeout(r, 700));
    expect(sent.find(([t]) => t === 'logContact')?.[1]).toMatchObject({
      contact: { channel: 'site', message: 'Typed last, sent with Enter', via: 'sent' },
    });
    controller.abort();
  });

  it("the shopper's Enter that only adds a line (the field keeps its text) records nothing", async () => {
    const { field, controller } = page();
    shopper.key(field, 'Enter');
    await new Promise((r) => setTimeout(r, 1700));
    expect(sent.map(([t]) => t)).not.toContain('logContact');
    controller.abort();
  });
});
