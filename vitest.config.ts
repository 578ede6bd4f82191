import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    // webextension-polyfill throws outside an extension: unit tests get an in-memory browser.
    alias: { 'webextension-polyfill': new URL('./tests/helpers/fake-browser.ts', import.meta.url).pathname },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/helpers/setup.ts'],
    // Processed by Vite so that its import of webextension-polyfill meets the alias above.
    server: { deps: { inline: ['@webext-core/messaging'] } },
    // A guide test looks at its page tens of times, each look a full reading of the page: on a
    // busy one-core machine a few of them take 20 s or more, so the limit only catches a hang.
    testTimeout: 60_000,
    // The guide's jsdom tests mostly wait (a page's assistant answering, a highlight held back a
    // moment, nothing marked for 3 s): three files at once overlap those waits on any machine,
    // one core included, where Vitest's default (cores - 1) runs one file at a time.
    maxWorkers: 3,
  },
});
