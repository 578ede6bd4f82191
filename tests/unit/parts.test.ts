// The parts of the content script injected on demand: what the worker injects for which
// request (src/background/parts.ts), and the slots the injected bundles fill, once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decidePart } from '../../src/background/parts';

const top = { tabId: 7, frameId: 0 };
const idle = { tourActive: false, lang: 'en' as const };

describe('the worker injects', () => {
  it('the guide for the shopper start or insert, in the shopper language, once per language', () => {
    expect(decidePart({ part: 'guide', why: 'start' }, top, idle)).toEqual({
      tabId: 7,
      file: 'guide.en.js',
      inject: true,
      lang: 'en',
    });
    expect(decidePart({ part: 'guide', why: 'insert' }, top, { ...idle, lang: 'el' })).toMatchObject({
      file: 'guide.el.js',
      inject: true,
    });
    // Already there in that language: nothing is injected again.
    expect(decidePart({ part: 'guide', why: 'start', have: 'en' }, top, idle)).toMatchObject({
      inject: false,
    });
    // There in the other language: the shopper's language is injected.
    expect(
      decidePart({ part: 'guide', why: 'start', have: 'en' }, top, { ...idle, lang: 'el' }),
    ).toMatchObject({
      file: 'guide.el.js',
      inject: true,
    });
  });

  it('the guide for a resume only while a tour is stored as active', () => {
    expect(decidePart({ part: 'guide', why: 'resume' }, top, idle)).toEqual({ refused: 'no tour to resume' });
    expect(decidePart({ part: 'guide', why: 'resume' }, top, { ...idle, tourActive: true })).toMatchObject({
      file: 'guide.en.js',
      inject: true,
    });
    expect(decidePart({ part: 'guide', why: 'capture' }, top, idle)).toHaveProperty('refused');
  });

  it("into a tab's top frame only, and nothing else than its own parts", () => {
    expect(decidePart({ part: 'guide', why: 'start' }, { tabId: 7, frameId: 3 }, idle)).toHaveProperty(
      'refused',
    );
    expect(decidePart({ part: 'guide', why: 'start' }, {}, idle)).toHaveProperty('refused');
    expect(decidePart({ part: 'x' as 'guide', why: 'start' }, top, idle)).toHaveProperty('refused');
    expect(decidePart(undefined, top, idle)).toHaveProperty('refused');
    expect(decidePart({ part: 'capture', why: 'capture' }, top, idle)).toEqual({
      tabId: 7,
      file: 'capture.js',
      inject: true,
    });
  });
});

describe('an injected part', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__wsgGuide;
    vi.resetModules();
  });

  it('puts its API in the world once: a second injection of the same language keeps the first', async () => {
    const { installGuide } = await import('../../src/content/guide/part');
    const { en } = await import('../../src/i18n/en');
    const { el } = await import('../../src/i18n/el');
    const { loadedGuide } = await import('../../src/content/parts');
    installGuide('en', en);
    const first = loadedGuide();
    expect(first?.lang).toBe('en');
    installGuide('en', en);
    expect(loadedGuide()).toBe(first);
    // The other language replaces it (the always-on script stops the old one's tour).
    installGuide('el', el);
    expect(loadedGuide()?.lang).toBe('el');
  });
});
