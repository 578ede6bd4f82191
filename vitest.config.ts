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
    testTimeout: 20_000,
  },
});
