import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowed, senderKind } from '../../src/background/sender';
import { FeatureRunner } from '../../src/content/feature';
import { fillField, fieldText } from '../../src/content/fill';
import { onLocationChange } from '../../src/content/navigation';
import { HOST_ID, Overlay } from '../../src/overlay/overlay';
import { waitFor } from '../../src/dom/wait';
import { isOrderHistory } from '../../src/wish/pages';
import { shopper } from '../helpers/trusted';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the overlay', () => {
  it('lives in a closed Shadow DOM under one host, with a labelled dialog and a live region', () => {
    const onClose = vi.fn();
    const overlay = new Overlay({ onClose }, 'Wish support guide', 'Close guide');
    const target = document.createElement('button');
    target.textContent = 'Customer Support';
    document.body.append(target);
    overlay.show(target, {
      meta: 'Step 2 of 7',
      title: 'Click "Customer Support"',
      body: ['<img src=x onerror=alert(1)>'],
    });
    const host = document.getElementById(HOST_ID)!;
    expect(host.localName).toBe('wsg-overlay');
    // The page's scripts cannot reach inside.
    expect(host.shadowRoot).toBeNull();
    const root = overlay.shadow;
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Wish support guide');
    expect(dialog.querySelector('h2')!.textContent).toBe('Click "Customer Support"');
    // Text stays text: nothing from a string becomes markup.
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('Click "Customer Support"');
    expect(host.style.pointerEvents).toBe('none');
    // Escape closes; not while the shopper types in the page's field.
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    shopper.key(field, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    field.blur();
    shopper.key(document.body, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    overlay.destroy();
    expect(document.getElementById(HOST_ID)).toBeNull();
  });

  it("acts only on the shopper's own clicks and keys, never on the page's synthetic ones", () => {
    const onClose = vi.fn();
    const onNext = vi.fn();
    const action = vi.fn();
    const overlay = new Overlay({ onClose, onNext }, 'Guide', 'Close guide');
    overlay.show(null, { title: 'Step', body: [], actions: [{ label: 'Insert my draft', onClick: action }] });
    const buttons = [...overlay.shadow.querySelectorAll('button')];
    const insert = buttons.find((b) => b.textContent === 'Insert my draft')!;
    const close = buttons.find((b) => b.getAttribute('aria-label') === 'Close guide')!;
    const popover = overlay.shadow.querySelector('.popover')!;
    // What a page script can do: click(), dispatchEvent of clicks and keys.
    insert.click();
    close.click();
    insert.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([action, onClose, onNext].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    // The shopper's own.
    shopper.click(insert);
    shopper.key(popover, 'ArrowRight');
    shopper.click(close);
    expect([action, onClose, onNext].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    overlay.destroy();
  });

  it("leaves Escape to Wish's own dialogs and menus", () => {
    const onClose = vi.fn();
    const overlay = new Overlay({ onClose }, 'Guide');
    overlay.show(null, { title: 'Step', body: [] });
    // A page menu handles Escape itself (preventDefault): not ours.
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = document.createElement('button');
    menu.append(item);
    document.body.append(menu);
    item.focus();
    shopper.key(item, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    item.blur();
    const handled = (e: Event) => e.preventDefault();
    document.addEventListener('keydown', handled);
    shopper.key(document.body, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    document.removeEventListener('keydown', handled);
    // A modal dialog of the page is open.
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    dialog.getClientRects = () => [{}] as unknown as DOMRectList;
    document.body.append(dialog);
    shopper.key(document.body, 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    dialog.remove();
    // And the page's own listeners still hear it (nothing stopped).
    const pageHeard = vi.fn();
    window.addEventListener('keydown', pageHeard);
    shopper.key(document.body, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pageHeard).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', pageHeard);
    overlay.destroy();
  });
});

describe("filling Wish's field", () => {
  it('fills a textarea and tells the page with an input event', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    expect(fillField(field, 'Order 5f1a2b3c4d5e6f708192a3b4 never arrived')).toBe(true);
    expect(fieldText(field)).toBe('Order 5f1a2b3c4d5e6f708192a3b4 never arrived');
    expect(seen.at(-1)).toBe('Order 5f1a2b3c4d5e6f708192a3b4 never arrived');
  });
  it('refuses a read-only field', () => {
    const field = document.createElement('textarea');
    field.readOnly = true;
    expect(fillField(field, 'x')).toBe(false);
    expect(field.value).toBe('');
  });
});

describe('soft navigation and features', () => {
  it('hears pushState (announced from the page world), popstate and hash changes', () => {
    const seen: string[] = [];
    const controller = new AbortController();
    onLocationChange((href) => seen.push(new URL(href).pathname + new URL(href).hash), controller.signal);
    history.pushState({}, '', '/transaction');
    window.dispatchEvent(new Event('wsg:locationchange'));
    location.hash = '#x';
    window.dispatchEvent(new Event('hashchange'));
    window.dispatchEvent(new Event('wsg:locationchange')); // no change: not reported twice
    controller.abort();
    history.pushState({}, '', '/cart');
    window.dispatchEvent(new Event('wsg:locationchange'));
    expect(seen).toEqual(['/transaction', '/transaction#x']);
  });

  it('a new page aborts what the previous page started', async () => {
    const signals: AbortSignal[] = [];
    const runner = new FeatureRunner([
      {
        id: 'orders',
        include: [isOrderHistory],
        init: ({ signal }) => void signals.push(signal),
        testedOn: [],
      },
    ]);
    runner.run('https://www.wish.com/transaction');
    await Promise.resolve();
    runner.run('https://www.wish.com/');
    await Promise.resolve();
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
  });

  it('a failing feature is logged, never thrown into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runner = new FeatureRunner([
      {
        id: 'broken',
        include: [() => true],
        init: () => {
          throw new Error('boom');
        },
        testedOn: [],
      },
    ]);
    expect(() => runner.run('https://www.wish.com/')).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('waiting for an element', () => {
  it('resolves when it appears, and null at the deadline or on abort', async () => {
    setTimeout(() => document.body.append(Object.assign(document.createElement('p'), { id: 'late' })), 20);
    expect(await waitFor(document, () => document.getElementById('late'), { timeout: 2000 })).not.toBeNull();
    expect(await waitFor(document, () => document.getElementById('never'), { timeout: 50 })).toBeNull();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(
      await waitFor(document, () => document.getElementById('never'), { signal: controller.signal }),
    ).toBeNull();
  });
});

describe('who may ask the background what', () => {
  const id = fakeBrowser.runtime.id;
  const page = { id, url: `chrome-extension://${id}/popup.html` };
  const wishTab = {
    id,
    url: 'https://www.wish.com/transaction',
    tab: { id: 3, url: 'https://www.wish.com/transaction' },
  };
  it('extension pages may do anything; Wish pages only what a page needs; others nothing', () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (p: string) => `chrome-extension://${id}/${p}`,
    );
    expect(senderKind(page as never)).toBe('extension-page');
    expect(allowed('clearData', page as never)).toBe(true);
    expect(senderKind(wishTab as never)).toBe('content');
    expect(allowed('captureOrders', wishTab as never)).toBe(true);
    expect(allowed('clearData', wishTab as never)).toBe(false);
    expect(allowed('importData', wishTab as never)).toBe(false);
    const merchant = {
      id,
      url: 'https://merchant.wish.com/',
      tab: { id: 4, url: 'https://merchant.wish.com/' },
    };
    expect(allowed('captureOrders', merchant as never)).toBe(false);
    expect(allowed('getState', { id: 'another-extension', url: page.url } as never)).toBe(false);
  });
});
