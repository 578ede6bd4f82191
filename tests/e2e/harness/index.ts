// The browsers every end-to-end test runs in. E2E_BROWSERS=chromium (or firefox) narrows it.
import path from 'node:path';
import { launchChromium } from './chromium';
import { projectRoot } from './fixtures';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser } from './types';

export * from './types';

const root = projectRoot();
export const CHROME_BUILD = path.join(root, 'extension');
export const FIREFOX_BUILD = path.join(root, 'extension-firefox');

export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');

export function launch(name: BrowserName): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(CHROME_BUILD) : launchFirefox(FIREFOX_BUILD);
}

/** In an extension page: `browser` (Firefox) or `chrome` (Chromium). */
export const EXT_API = `(globalThis.browser ?? globalThis.chrome)`;
