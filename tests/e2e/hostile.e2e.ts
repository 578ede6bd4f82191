// A hostile page: its own script attacks the extension (see the fixture hostile-script-en)
// while a shopper runs the guide. Nothing is recorded or scheduled that the shopper did not
// do, no draft reaches the page unasked, and the page's own errors are the same with and
// without the extension (merchant.wish.com: the extension does not run there).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from './harness';
import { wrap } from './harness/chromium';
import {
  clickOverlayButton,
  clickStep,
  overlayText,
  resetTour,
  startFromPopup,
  stored,
  until,
  waitStep,
} from './helpers';

const ORDER = '5f1a2b3c4d5e6f708192a3b4';
const PATH = '/help?fixture=hostile-script-en';
const SITE_DRAFT = `Hello, my order ${ORDER} never arrived. SITE-DRAFT`;
const SECRET = 'SECRET-COMPLAINT Maria Papadopoulou, 1 Main St, maria@example.com';

interface Hostile {
  errors: string[];
  roots: unknown[];
  openRoots: number;
  fieldValues: string[];
  forgedReplies: number;
  forgedSends: number;
  presses: number;
  calm: boolean;
}
interface Stored {
  cases?: Record<
    string,
    {
      contacts: Array<{ message: string; via: string; channel: string }>;
      followUpAt?: string;
      replyAt?: string;
    }
  >;
  tour?: { stepId: string } | null;
}

const hostile = (page: E2EPage) =>
  page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile, null);
const simErrors = (page: E2EPage) =>
  page.evaluate(() => (window as unknown as { __sim: { errors: string[] } }).__sim.errors, null);

/** Sends a message to the worker from an extension page, as the popup does. */
async function ask(browser: E2EBrowser, type: string, data: unknown): Promise<void> {
  await browser.inExtension(
    async ([t, d]) => {
      const api = ((globalThis as { browser?: unknown }).browser ??
        (globalThis as { chrome?: unknown }).chrome) as {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
      };
      await api.runtime.sendMessage({ id: Date.now(), type: t, timestamp: Date.now(), data: d });
    },
    [type, data] as const,
  );
}

const draft = (channel: string, body: string) => ({
  key: `${ORDER}|never-delivered|${channel}`,
  draft: {
    orderNumber: ORDER,
    problem: 'never-delivered',
    channel,
    language: 'en',
    subject: 'About my order',
    body,
    generated: body,
    fills: {},
    updatedAt: new Date().toISOString(),
  },
});

describe.each(BROWSERS)('%s: a hostile page', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => browser?.close());
  // A failed try leaves no attacking tab behind for the retry (its timers would go on pressing
  // whatever the next tab's guide shows, and the tour it started would still be stored).
  const opened: E2EPage[] = [];
  afterEach(async () => {
    for (const p of opened.splice(0)) await p.close().catch(() => undefined);
    await resetTour(browser).catch(() => undefined);
  });

  it('the page cannot act for the shopper, read their draft, or switch the extension off', async () => {
    // From an empty store (a retry starts where the failed try left it otherwise).
    await ask(browser, 'clearData', null);
    // A case with a pending reminder, and two drafts: the complaint (personal data), shown
    // last in the popup, and the one for Wish's form.
    await ask(browser, 'logContact', {
      orderNumber: ORDER,
      problem: 'never-delivered',
      contact: { channel: 'email', message: 'First email', via: 'mailto' },
    });
    await ask(browser, 'saveDraft', draft('complaint', SECRET));
    await ask(browser, 'saveDraft', draft('site', SITE_DRAFT));
    await ask(browser, 'saveComposer', {
      orderNumber: ORDER,
      problem: 'never-delivered',
      channel: 'complaint',
      language: 'en',
    });
    const before = await stored<Stored>(browser);
    const seeded = Object.values(before.cases ?? {})[0]!;
    expect(seeded.followUpAt).toBeTruthy();

    const t0 = Date.now();
    const mark = (what: string) =>
      process.env.E2E_TRACE && console.log(`${name} +${Date.now() - t0} ms: ${what}`);
    const page = await browser.newPage();
    opened.push(page);
    await page.goto(`https://www.wish.com${PATH}`);
    await page.waitFor(() => document.readyState === 'complete', null);
    // The marker was pre-set by the page: the content script starts all the same.
    await startFromPopup(browser, `https://www.wish.com${PATH}`, 'never-delivered');
    await page.bringToFront();
    await waitStep(page, 'topic');
    mark('guide started');
    // Let the page attack for a while: Escape, clicks on our host, buttons of any root it got.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await overlayText(page)).toMatch(/My Account|Payment/);
    expect((await stored<Stored>(browser)).tour?.stepId).toBe('topic');
    let h = await hostile(page);
    expect(h.roots).toHaveLength(0); // attachShadow patched in the page: our roots never passed
    expect(h.openRoots).toBe(0);
    expect(h.presses).toBe(0);

    // The shopper walks on (trusted clicks).
    await clickStep(page, 'topic');
    await clickStep(page, 'something-else');
    await clickStep(page, 'contact-agent');
    await waitStep(page, 'message');
    mark('message step');
    // The page types its own text and "sends" it with a synthetic Enter and click.
    await page.waitFor(() => (window as unknown as { __hostile: Hostile }).__hostile.forgedSends > 0, null);
    await page.waitFor(() => !!document.querySelector('[data-sim-sent]'), null);
    await new Promise((r) => setTimeout(r, 1500));
    let data = await stored<Stored>(browser);
    let contacts = Object.values(data.cases ?? {}).flatMap((c) => c.contacts);
    expect(contacts.map((c) => c.message)).toEqual(['First email']);
    // Forged agent replies did not stop the reminder.
    const pending = Object.values(data.cases ?? {})[0]!;
    expect(pending.followUpAt).toBe(seeded.followUpAt);
    expect(pending.replyAt).toBeUndefined();
    h = await hostile(page);
    expect(h.forgedReplies).toBeGreaterThan(0);
    // No draft reached the page unasked.
    expect(h.fieldValues.some((v) => v.includes('SITE-DRAFT') || v.includes('SECRET'))).toBe(false);

    // The shopper asks for the draft and sends it: that, and only that, is recorded.
    await page.evaluate(() => {
      (window as unknown as { __hostile: Hostile }).__hostile.calm = true;
    }, null);
    await waitStep(page, 'message');
    mark('inserting');
    await clickOverlayButton(page, 'Insert my draft');
    await page.waitFor(() => /SITE-DRAFT/.test(document.querySelector('textarea')!.value), null);
    const text = await page.evaluate(() => document.querySelector('textarea')!.value, null);
    expect(text).not.toContain('SECRET');
    mark('sending');
    await clickStep(page, 'send');
    data = await until(
      () => stored<Stored>(browser),
      (d) => Object.values(d.cases ?? {}).some((c) => c.contacts.length >= 2),
    );
    contacts = Object.values(data.cases ?? {}).flatMap((c) => c.contacts);
    expect(contacts.map((c) => [c.message, c.via])).toEqual([
      ['First email', 'mailto'],
      [text, 'sent'],
    ]);
    h = await hostile(page);
    expect(h.fieldValues.some((v) => v.includes('SECRET'))).toBe(false);
    const withExtension = { hostile: h.errors, sim: await simErrors(page) };
    await page.close();
    await resetTour(browser);

    mark('recorded');
    // The same page where the extension does not run: the page's own errors are the same.
    const bare = await browser.newPage();
    opened.push(bare);
    await bare.goto(`https://merchant.wish.com${PATH}`);
    await bare.waitFor(() => document.readyState === 'complete', null);
    await new Promise((r) => setTimeout(r, 1500));
    for (const label of ['My Account', 'Something else', 'Contact Support Agent'])
      await bare.evaluate(async (l) => {
        for (let i = 0; i < 50; i++) {
          const b = [...document.querySelectorAll('button')].find((x) => x.textContent === l);
          if (b) return b.click();
          await new Promise((r) => setTimeout(r, 100));
        }
      }, label);
    await new Promise((r) => setTimeout(r, 1500));
    const without = { hostile: (await hostile(bare)).errors, sim: await simErrors(bare) };
    expect(withExtension).toEqual(without);
    await bare.close();
  }, 180_000);

  it.runIf(name === 'chromium')(
    'the content script has no storage of its own, its start guard is in its own world, and the guide loads there only when the shopper starts it, once',
    async () => {
      // Chromium only: CDP reaches the extension's isolated world (Firefox restricts only
      // storage.session, so there the content script keeps storage.local).
      const { context } = browser as unknown as { context: import('playwright-core').BrowserContext };
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const worlds: Array<{ id: number; name: string }> = [];
      cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
      await cdp.send('Runtime.enable');
      await page.goto(`https://www.wish.com${PATH}`);
      await until(
        async () => worlds.find((w) => w.name === 'Wish Support Companion'),
        (w) => !!w,
      );
      const world = worlds.filter((w) => w.name === 'Wish Support Companion').at(-1)!;
      const inWorld = async (expression: string, contextId?: number) =>
        (
          await cdp.send('Runtime.evaluate', {
            ...(contextId ? { contextId } : {}),
            expression,
            awaitPromise: true,
            returnByValue: true,
          })
        ).result.value as string;
      expect(
        await inWorld(
          "(async () => { try { await chrome.storage.local.get(null); return 'read'; } catch (e) { return 'refused: ' + e.message; } })()",
          world.id,
        ),
      ).toMatch(/^refused/);
      expect(await inWorld('String(globalThis.__wsgContentStarted)', world.id)).toBe('true');
      expect(await inWorld('String(globalThis.__wsgContentStarted)')).toBe('undefined');

      // The guide is injected on demand only: the page's attempts (synthetic command keys,
      // forged navigation events, every second) load nothing.
      await new Promise((r) => setTimeout(r, 2000));
      expect(await inWorld('typeof globalThis.__wsgGuide', world.id)).toBe('undefined');
      // Even the content script's own request is refused for a resume without a stored tour.
      expect(
        await inWorld(
          `chrome.runtime.sendMessage({ id: 1, type: 'loadPart', timestamp: Date.now(), data: { part: 'guide', why: 'resume' } })
             .then((a) => (a && a.err ? 'refused' : 'loaded'), (e) => 'refused: ' + e.message)`,
          world.id,
        ),
      ).toMatch(/^refused/);
      expect(await inWorld('typeof globalThis.__wsgGuide', world.id)).toBe('undefined');

      // The shopper starts it: it runs in the extension's world, never the page's.
      await startFromPopup(browser, `https://www.wish.com${PATH}`, 'never-delivered');
      await page.bringToFront();
      await waitStep(wrap(page), 'topic');
      expect(await inWorld('globalThis.__wsgGuide.lang', world.id)).toBe('en');
      expect(await inWorld('typeof globalThis.__wsgGuide')).toBe('undefined');
      // Injected twice (the worker asked again, or a second start): the first stays, alone.
      await inWorld('globalThis.__wsgGuide.probe = 42', world.id);
      const tabId = await browser.tabIdOf(`https://www.wish.com${PATH}`);
      await browser.inExtension(async (id) => {
        const api = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
        await api.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['guide.en.js'] });
      }, tabId);
      expect(await inWorld('String(globalThis.__wsgGuide.probe)', world.id)).toBe('42');
      expect(await page.evaluate(() => document.querySelectorAll('wsg-overlay').length)).toBe(1);
      await resetTour(browser);
      await cdp.detach();
      await page.close();
    },
  );
});
