// `npm start`: builds the extension and shows it working without a Wish account. It serves
// the bundled demo of Wish's pages (the test fixtures) as https://www.wish.com in Chromium
// with the extension loaded. With a display, the browser stays open for you to try; without
// one, it runs headless, walks the demo and saves screenshots of what a shopper would see.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from '../build.mjs';
import { launchChromium } from '../tests/e2e/harness/chromium';
import type { E2EPage } from '../tests/e2e/harness/types';

const root = process.cwd();
// `--out <dir>` writes the screenshots elsewhere: `npm run screenshots` refreshes the README's.
const outAt = process.argv.indexOf('--out');
const shots = outAt > 0 ? path.resolve(root, process.argv[outAt + 1]!) : path.join(root, 'screenshots');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

await build();
const browser = await launchChromium(path.join(root, 'extension'), {
  headless,
  viewport: { width: 1280, height: 800 },
});

async function shot(page: E2EPage, name: string): Promise<void> {
  const file = path.join(shots, name);
  await page.screenshot(file);
  console.log(`  saved ${path.relative(root, file)}`);
}

/** Sets a labelled field as a shopper would (the options page and the popup save on change). */
async function setByLabel(page: E2EPage, label: string, value: string): Promise<void> {
  await page.evaluate(
    ([l, v]) => {
      const field = [...document.querySelectorAll('label')]
        .find((x) => x.firstChild?.textContent?.trim() === l)
        ?.querySelector('select, input, textarea') as HTMLInputElement | null;
      if (!field) throw new Error(`no field labelled ${l}`);
      field.value = v;
      field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    },
    [label, value] as const,
  );
}

async function stepShown(page: E2EPage, step: string): Promise<void> {
  await page.waitFor((s) => !!document.querySelector(`[data-wsg-step="${s}"]`), step, 15_000);
  await sleep(250);
}

if (!headless) {
  const page = await browser.newPage();
  await page.goto('https://www.wish.com/transaction');
  const tabId = await browser.tabIdOf('https://www.wish.com/transaction');
  await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  console.log('Chromium is open with the extension and a demo of Wish (served from tests/fixtures).');
  console.log('Try: the popup tab, "Start guide", or the toolbar icon. Close the browser to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(shots, { recursive: true });
console.log(`No display: running the demo headless, screenshots go to ${shots}/`);
try {
  const page = await browser.newPage();
  await page.goto('https://www.wish.com/transaction');
  await page.waitFor(() => document.documentElement.hasAttribute('data-wsg-content'), null);
  await sleep(800);
  await shot(page, '1-wish-order-history.png');

  const tabId = await browser.tabIdOf('https://www.wish.com/transaction');
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => !!document.querySelector('textarea.message'), null);
  await popup.evaluate(() => {
    document.body.style.width = '420px';
  }, null);
  await shot(popup, '2-popup-composer.png');

  // The guide on an order's own page: Wish's route today.
  await page.goto('https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4');
  await page.waitFor(() => document.documentElement.hasAttribute('data-wsg-content'), null);
  const orderTab = await browser.tabIdOf('https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4');
  await popup.goto(browser.extensionUrl(`popup.html?tab=${orderTab}`));
  await popup.waitFor(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start guide'),
    null,
  );
  await popup.evaluate(
    () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start guide')!.click(),
    null,
  );
  await page.bringToFront();
  await stepShown(page, 'get-help');
  await shot(page, '3-guide-get-help.png');
  await page.click('[data-wsg-step="get-help"]');
  // The assistant offers "Something else" beside its order topics: the guide points there.
  await stepShown(page, 'something-else');
  await shot(page, '4-guide-assistant.png');
  await page.click('[data-wsg-step="something-else"]');
  await stepShown(page, 'contact-agent');
  await page.click('[data-wsg-step="contact-agent"]');
  await stepShown(page, 'message');
  await shot(page, '5-guide-message.png');

  // The same popup in Greek, writing a complaint: the shopper's language is a setting.
  const options = await browser.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelectorAll('label').length > 3, null);
  await setByLabel(options, 'Your name', 'Μαρία Παπαδοπούλου');
  await setByLabel(options, 'Language', 'el');
  await sleep(500);
  await popup.goto(browser.extensionUrl(`popup.html?tab=${orderTab}`));
  await popup.waitFor(() => !!document.querySelector('textarea.message'), null);
  await setByLabel(popup, 'Γλώσσα μηνύματος', 'el');
  await sleep(300);
  await setByLabel(popup, 'Τρόπος επικοινωνίας', 'complaint');
  await popup.waitFor(
    () =>
      (document.querySelector('textarea.message') as HTMLTextAreaElement | null)?.value.startsWith('Προς') ??
      false,
    null,
  );
  await popup.evaluate(() => {
    document.body.style.width = '420px';
  }, null);
  await shot(popup, '6-popup-greek-complaint.png');
  console.log(`Done. Open the PNGs in ${shots}/ to see what a shopper sees.`);
} catch (error) {
  console.error('The demo stopped:', error);
  process.exitCode = 1;
} finally {
  await browser.close();
}
