// The built extension loads in both browsers, runs on Wish and nowhere else, and its pages open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser } from './harness';

describe.each(BROWSERS)('%s: the extension loads', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => browser?.close());

  it('runs its content script on a Wish page', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.wish.com/');
    await page.waitFor(() => document.documentElement.hasAttribute('data-wsg-content'), null);
    await page.close();
  });

  it.each([
    'https://merchant.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4',
    'https://blog.example.org/how-to-contact-wish-customer-support',
  ])('does nothing on %s', async (url) => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor(() => document.readyState === 'complete', null);
    await new Promise((r) => setTimeout(r, 500));
    const touched = await page.evaluate(
      () =>
        document.documentElement.hasAttribute('data-wsg-content') ||
        !!document.querySelector('[data-wsg-ui], #wish-support-guide'),
      null,
    );
    expect(touched).toBe(false);
    await page.close();
  });

  it('opens the popup for a Wish tab and the options page', async () => {
    const wish = await browser.newPage();
    await wish.goto('https://www.wish.com/transaction');
    await wish.waitFor(() => document.documentElement.hasAttribute('data-wsg-content'), null);
    const tabId = await browser.tabIdOf('https://www.wish.com/transaction');
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(
      () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start guide'),
      null,
    );
    const where = await popup.evaluate(() => document.querySelector('.where')?.textContent, null);
    expect(where).toBe('Wish: your order history');
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('input'), null);
    const labels = await options.evaluate(
      () => [...document.querySelectorAll('label')].map((l) => l.textContent?.trim()),
      null,
    );
    expect(labels).toEqual(expect.arrayContaining(['Your name', 'Account number', 'Contact email']));
    await Promise.all([wish.close(), popup.close(), options.close()]);
  });

  it.runIf(name === 'chromium')('Chrome shows no manifest warning or error for it', async () => {
    const page = await browser.newPage();
    await page.goto('chrome://extensions/');
    await page.waitFor(() => !!document.querySelector('extensions-manager'), null);
    const report = await page.evaluate(async () => {
      type Item = { data: Record<string, unknown[]> };
      const root = (el: Element | null | undefined) =>
        (el as Element & { shadowRoot: ShadowRoot }).shadowRoot;
      const manager = document.querySelector('extensions-manager');
      for (
        let i = 0;
        i < 50 &&
        !root(root(manager).querySelector('extensions-item-list'))?.querySelector('extensions-item');
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      const items = [
        ...root(root(manager).querySelector('extensions-item-list')).querySelectorAll('extensions-item'),
      ] as unknown as Item[];
      return items.map((i) => ({
        name: String(i.data.name),
        installWarnings: i.data.installWarnings ?? [],
        manifestErrors: i.data.manifestErrors ?? [],
        runtimeWarnings: i.data.runtimeWarnings ?? [],
      }));
    }, null);
    expect(report).toEqual([
      { name: 'Wish Support Companion', installWarnings: [], manifestErrors: [], runtimeWarnings: [] },
    ]);
    await page.close();
  });

  it('follows soft navigation (pushState) and captures the orders that appear', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.wish.com/');
    await page.waitFor(() => document.documentElement.hasAttribute('data-wsg-content'), null);
    // The menu link uses pushState, as Wish's router does.
    await page.evaluate(() => (document.querySelector('a[data-sim-spa]') as HTMLElement).click(), null);
    await page.waitFor(() => location.pathname === '/transaction', null);
    const stored = async () =>
      browser.inExtension(async () => {
        const api = ((globalThis as { browser?: unknown }).browser ??
          (globalThis as { chrome?: unknown }).chrome) as {
          storage: {
            local: { get(k: string): Promise<Record<string, { value?: Record<string, unknown> }>> };
          };
        };
        const orders = (await api.storage.local.get('wsg:orders'))['wsg:orders'];
        return Object.keys(orders?.value ?? {});
      }, null);
    let numbers: string[] = [];
    for (let i = 0; i < 50 && !numbers.includes('5f1a2b3c4d5e6f708192a3b4'); i++) {
      numbers = await stored();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(numbers).toContain('5f1a2b3c4d5e6f708192a3b4');
    await page.close();
  });
});
