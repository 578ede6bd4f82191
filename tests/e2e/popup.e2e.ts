// The popup and options page in real browsers: the names acceptance tests rely on, drafts that
// survive the popup closing, the email link, inserting into Wish's form, and no accessibility
// violations (axe-core) in light and dark mode.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from './harness';
import { resetTour, stored, until } from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns its violations (id: nodes). */
async function axe(page: E2EPage): Promise<string[]> {
  await page.evaluateScript(`${axeSource}\n;void 0;`);
  const result = await page.evaluate(async () => {
    type Axe = {
      run(
        ctx: Document,
        o: object,
      ): Promise<{
        passes: unknown[];
        violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
      }>;
    };
    const api = (globalThis as unknown as { axe?: Axe }).axe;
    if (!api) return null;
    const r = await api.run(document, {});
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    };
  }, null);
  if (!result) throw new Error('axe-core did not load in the page');
  expect(result.passes).toBeGreaterThan(5); // it really ran
  return result.violations;
}

function byLabel(page: E2EPage, label: string, selector = 'select, input, textarea') {
  return page.evaluate(
    ([l, s]) => {
      const el = [...document.querySelectorAll('label')]
        .find((x) => x.firstChild?.textContent?.trim() === l)
        ?.querySelector(s as string) as HTMLInputElement | null;
      return el ? { tag: el.localName, value: el.value } : null;
    },
    [label, selector] as const,
  );
}

async function setByLabel(page: E2EPage, label: string, value: string) {
  await page.evaluate(
    ([l, v]) => {
      const el = [...document.querySelectorAll('label')]
        .find((x) => x.firstChild?.textContent?.trim() === l)!
        .querySelector('select, input, textarea') as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    },
    [label, value] as const,
  );
}

describe.each(BROWSERS)('%s: popup and options', (name) => {
  let browser: E2EBrowser;
  let wish: E2EPage;
  let tabId: number;
  beforeAll(async () => {
    browser = await launch(name);
    wish = await browser.newPage();
    await wish.goto('https://www.wish.com/transaction');
    await until(
      () => stored<{ orders?: object }>(browser),
      (d) => Object.keys(d?.orders ?? {}).length >= 3,
    );
    tabId = await browser.tabIdOf('https://www.wish.com/transaction');
  });
  afterAll(async () => browser?.close());

  async function openPopup(): Promise<E2EPage> {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => !!document.querySelector('textarea.message'), null);
    return popup;
  }

  it("options: the shopper's details fill the drafts", async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => !!document.querySelector('input'), null);
    await setByLabel(options, 'Your name', 'Maria Papadopoulou');
    await setByLabel(options, 'Account number', '123456');
    await setByLabel(options, 'Contact email', 'maria@example.com');
    await until(
      () => stored<{ profile: { email: string } }>(browser),
      (d) => d.profile?.email === 'maria@example.com',
    );
    expect(await axe(options)).toEqual([]);
    await options.close();
  });

  it('has the named controls, a complete draft, and no accessibility violations', async () => {
    const popup = await openPopup();
    for (const label of ['Order', 'Problem', 'Channel'])
      expect(await byLabel(popup, label), label).toMatchObject({ tag: 'select' });
    expect(await byLabel(popup, 'Message', 'textarea')).toMatchObject({ tag: 'textarea' });
    const buttons = await popup.evaluate(
      () => [...document.querySelectorAll('button')].map((b) => b.textContent),
      null,
    );
    expect(buttons).toEqual(expect.arrayContaining(['Copy', 'Insert into Wish', 'Start guide']));
    const body = (await byLabel(popup, 'Message', 'textarea'))!.value;
    expect(body).toContain('5f1a2b3c4d5e6f708192a3b4');
    expect(body).toContain('Maria Papadopoulou');
    expect(body).not.toMatch(/\{\w+\}/);
    expect(await popup.evaluate(() => document.body.textContent ?? '', null)).toContain(
      'Not affiliated with Wish',
    );
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });

  it("email: a subject in the guide's pattern and a mailto link", async () => {
    const popup = await openPopup();
    await setByLabel(popup, 'Channel', 'email');
    await popup.waitFor(
      () => [...document.querySelectorAll('a')].some((a) => a.textContent === 'Send by email'),
      null,
    );
    const subject = (await byLabel(popup, 'Subject', 'input'))!.value;
    expect(subject).toMatch(/^Account #123456 - Maria Papadopoulou - Never delivered - Order [0-9A-Za-z]+$/);
    const href = await popup.evaluate(
      () =>
        [...document.querySelectorAll('a')]
          .find((a) => a.textContent === 'Send by email')!
          .getAttribute('href'),
      null,
    );
    expect(href).toMatch(/^mailto:support@wish\.com\?subject=Account%20%23123456/);
    expect(decodeURIComponent(href!.split('&body=')[1]!)).toContain('5f1a2b3c4d5e6f708192a3b4');
    // The stale fact is said next to it.
    expect(await popup.evaluate(() => document.querySelector('.fact')?.textContent ?? '', null)).toMatch(
      /not confirmed since 2024/,
    );
    await setByLabel(popup, 'Channel', 'site');
    await popup.close();
  });

  it('the draft autosaves: close the popup mid-edit, reopen, it is as it was', async () => {
    const popup = await openPopup();
    await popup.evaluate(() => {
      const t = document.querySelector('textarea.message') as HTMLTextAreaElement;
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
    }, null);
    await popup.type('textarea.message', ' PS: typed by hand');
    await popup.close(); // no pause: the popup closes the moment it loses focus
    const again = await openPopup();
    const body = (await byLabel(again, 'Message', 'textarea'))!.value;
    expect(body.endsWith(' PS: typed by hand')).toBe(true);
    expect(await again.evaluate(() => document.body.textContent ?? '', null)).toContain('Edited by you');
    await again.close();
  });

  it('Insert into Wish: fills the form Wish shows, asking before replacing what the shopper typed', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.wish.com/help');
    // Reach the form by hand, as a shopper who did not use the guide.
    for (const label of ['My Account', 'Something else', 'Contact Support Agent']) {
      await page.waitFor(
        (l) => [...document.querySelectorAll('button:not([disabled])')].some((b) => b.textContent === l),
        label,
      );
      await page.evaluate(
        (l) =>
          (
            [...document.querySelectorAll('button:not([disabled])')].find(
              (b) => b.textContent === l,
            ) as HTMLElement
          ).click(),
        label,
      );
    }
    await page.waitFor(() => !!document.querySelector('textarea'), null);
    await page.type('textarea', 'my own words');
    const helpTab = await browser.tabIdOf('https://www.wish.com/help');
    const popup = await browser.openExtensionPage(`popup.html?tab=${helpTab}`);
    await popup.waitFor(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent === 'Insert into Wish' && !b.disabled,
        ),
      null,
    );
    await popup.evaluate(
      () =>
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Insert into Wish')!.click(),
      null,
    );
    await popup.waitFor(() => /Replace it with your draft/.test(document.body.textContent ?? ''), null);
    expect(await page.evaluate(() => document.querySelector('textarea')!.value, null)).toBe('my own words');
    await popup.evaluate(
      () =>
        [...document.querySelectorAll('.confirm button')]
          .find((b) => b.textContent === 'Continue')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true })),
      null,
    );
    await popup.waitFor(() => /in Wish's form/.test(document.body.textContent ?? ''), null);
    const value = await page.evaluate(() => document.querySelector('textarea')!.value, null);
    expect(value).toContain('5f1a2b3c4d5e6f708192a3b4');
    expect(
      Number(
        await page.evaluate(
          () => document.querySelector('textarea')!.getAttribute('data-sim-state-length'),
          null,
        ),
      ),
    ).toBe(value.length);
    await Promise.all([popup.close(), page.close()]);
  });

  it('a malformed order number gets a clear message and can be kept anyway', async () => {
    const popup = await openPopup();
    await popup.evaluate(
      () => (document.querySelector('details.add-order summary') as HTMLElement).click(),
      null,
    );
    await setByLabel(popup, 'Order number', '12345');
    await popup.evaluate(
      () => (document.querySelector('.add-order form button') as HTMLElement).click(),
      null,
    );
    await popup.waitFor(
      () => /24 characters/.test(document.querySelector('#add-order-problem')?.textContent ?? ''),
      null,
    );
    await popup.evaluate(
      () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Keep it anyway')!.click(),
      null,
    );
    const data = await until(
      () => stored<{ orders: Record<string, { flags: string[] }> }>(browser),
      (d) => !!d.orders['12345'],
    );
    expect(data.orders['12345']!.flags).toContain('number-unverified');
    await popup.close();
  });

  it('keyboard only: Tab reaches the controls in order and Enter acts', async () => {
    const popup = await openPopup();
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.press('Tab');
      names.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.localName}:${el.textContent?.trim().slice(0, 20) || el.getAttribute('aria-label') || ''}`;
        }, null),
      );
    }
    expect(names[0]).toBe('button:Start guide');
    expect(names.some((n) => n.startsWith('select'))).toBe(true);
    expect(names.some((n) => n.startsWith('textarea') || n.startsWith('input'))).toBe(true);
    // Enter on the focused "Start guide" starts the guide on the Wish tab.
    await popup.evaluate(
      () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start guide')!.focus(),
      null,
    );
    await popup.press('Enter');
    await popup.waitFor(() => /guide is showing/.test(document.body.textContent ?? ''), null);
    await wish.waitFor(() => !!document.getElementById('wish-support-guide'), null);
    await resetTour(browser);
    await popup.close();
  });

  it('an order older than the picker lists is found by a search and picked', async () => {
    // More orders than the picker lists at open (the index's newest), and one old order among them.
    const OLD = '5a0b1c2d3e4f506172839401';
    await browser.inExtension(async (old) => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as {
        storage: {
          local: {
            get(k: string): Promise<Record<string, { v: number; value: Record<string, unknown> }>>;
            set(v: object): Promise<void>;
          };
        };
      };
      const current = (await api.storage.local.get('wsg:orders'))['wsg:orders']!;
      const at = new Date().toISOString();
      const add = (number: string, placedAt: string, title: string) => {
        current.value[number] = {
          number,
          placedAt,
          items: [{ title }],
          flags: [],
          source: 'page',
          capturedAt: at,
          updatedAt: at,
        };
      };
      for (let i = 0; i < 30; i++)
        add(`5a0b1c2d3e4f5061728394${String(10 + i)}`, '2026-10-01', `Phone case ${i}`);
      add(old, '2019-05-05', 'Brass tin whistle in D');
      await api.storage.local.set({ 'wsg:orders': current });
    }, OLD);
    // The worker makes the index from them.
    await until(
      () =>
        browser.inExtension(async () => {
          const api = ((globalThis as { browser?: unknown }).browser ??
            (globalThis as { chrome?: unknown }).chrome) as {
            storage: { local: { get(k: string): Promise<Record<string, { value?: { total?: number } }>> } };
          };
          return (await api.storage.local.get('wsg:order-index'))['wsg:order-index']?.value?.total ?? 0;
        }, null),
      (total) => total >= 31,
    );
    const popup = await openPopup();
    const listed = await popup.evaluate(
      () => [...document.querySelectorAll('select')[0]!.options].map((o) => o.value),
      null,
    );
    expect(listed).not.toContain(OLD);
    await popup.evaluate(
      () =>
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent?.startsWith('Find an order among all'))!
          .click(),
      null,
    );
    await popup.waitFor(() => document.activeElement?.matches('input[type=search]') ?? false, null);
    await popup.type('input[type=search]', 'tin whistle');
    await popup.waitFor(() => /1 order matches/.test(document.body.textContent ?? ''), null);
    await popup.evaluate(
      (old) =>
        [...document.querySelectorAll<HTMLButtonElement>('.found button')]
          .find((b) => b.textContent?.startsWith(old))!
          .click(),
      OLD,
    );
    await popup.waitFor(
      (old) =>
        (document.querySelector('textarea.message') as HTMLTextAreaElement | null)?.value.includes(old) ??
        false,
      OLD,
    );
    expect(await byLabel(popup, 'Order')).toMatchObject({ tag: 'select', value: OLD });
    await popup.close();
  });

  it('dark mode renders with no contrast violations', async () => {
    const popup = await openPopup();
    // Emulated through the page's own media: both drivers can't share one emulation API.
    await popup.evaluate(() => {
      document.documentElement.style.colorScheme = 'dark';
    }, null);
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });
});
