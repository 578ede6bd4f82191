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
    testTimeout: 20_000,
  },
});
