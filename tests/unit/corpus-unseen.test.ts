// The hand-made unseen layouts (tests/fixtures/unseen/): each page has a sidecar whose steps
// follow its route, in at least four languages, and nothing in the pages names a step or a
// truth (the guide must find its way from what a shopper sees). Walked in Chromium by
// `npm run corpus -- --unseen` (oracle mode proves each is walkable).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeSteps } from '../corpus/generate';
import { loadUnseen, UNSEEN_DIR, type UnseenSidecar } from '../corpus/unseen';

const pages = loadUnseen();

describe('unseen layouts', () => {
  it('has at least nine pages in at least four languages, each with a sidecar that follows its route', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(new Set(pages.map((p) => p.lang)).size).toBeGreaterThanOrEqual(4);
    for (const v of pages) {
      expect(v.steps, v.id).toEqual(routeSteps(v.route, v.signedOut));
      if (v.route === 'order') expect(v.orderNumber, v.id).toMatch(/^[0-9a-f]{24}$/);
      const side = JSON.parse(
        readFileSync(path.join(UNSEEN_DIR, `${v.id.slice(2)}.json`), 'utf8'),
      ) as UnseenSidecar;
      expect(side.about.length, v.id).toBeGreaterThan(20);
      for (const s of side.steps) expect(s.selector.trim(), `${v.id} ${s.step}`).not.toBe('');
    }
  });

  it('puts no hint of the path into the pages', () => {
    for (const v of pages)
      for (const [p, html] of Object.entries(v.pages)) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const hints: string[] = [];
        for (const el of doc.querySelectorAll('*'))
          for (const attr of el.attributes)
            if (/truth|corpus|wsg|expect|^data-step/i.test(attr.name))
              hints.push(`${el.tagName} ${attr.name}`);
        expect(hints, `${v.id} ${p}`).toEqual([]);
      }
    // Parses every page (some 140, a few hundred ms each on a busy core beside other test files).
  }, 120_000);

  it('resolves the static steps of each start page to exactly the elements the sidecar means', () => {
    pages: for (const v of pages) {
      const side = JSON.parse(
        readFileSync(path.join(UNSEEN_DIR, `${v.id.slice(2)}.json`), 'utf8'),
      ) as UnseenSidecar;
      const first = side.steps[0]!;
      let doc = new DOMParser().parseFromString(v.pages[v.start]!, 'text/html');
      // A step inside a frame the site serves (a top bar drawn in a frame of its own path, or
      // a srcdoc): its page as served. A shadow host's root is drawn by script, so only the
      // host is checked there.
      for (const host of first.within ?? []) {
        const el = doc.querySelector(host);
        expect(el, `${v.id} ${first.step} within ${host}`).not.toBeNull();
        const src = el!.getAttribute('srcdoc') ?? v.pages[el!.getAttribute('src') ?? ''];
        if (el!.localName !== 'iframe' || src === undefined) continue pages;
        doc = new DOMParser().parseFromString(src, 'text/html');
      }
      // The first step is on the page as served (it is what the shopper sees first).
      expect(doc.querySelectorAll(first.selector).length, `${v.id} ${first.step}`).toBeGreaterThan(0);
      if (first.step === 'get-help') expect(doc.querySelectorAll(first.selector).length).toBe(1);
    }
  }, 120_000);
});
