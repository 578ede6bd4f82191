// The corpus generator (tests/corpus/generate.ts): deterministic, covering, with truth for every
// step of each variant's route, and pages that parse and record their truth only in the page's
// JavaScript world.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  fixedSample,
  generateCorpus,
  generateVariant,
  parseVariantId,
  SAMPLE_SIZE,
  TAGS,
  variantFromId,
  type StepId,
} from '../corpus/generate';

const sample = fixedSample();
const corpus = generateCorpus(150, 1);

describe('corpus generator', () => {
  it('is deterministic: the same seed gives the same variant, and ids reproduce variants', () => {
    expect(JSON.stringify(generateVariant(42))).toBe(JSON.stringify(generateVariant(42)));
    expect(JSON.stringify(generateCorpus(20, 7))).toBe(JSON.stringify(generateCorpus(20, 7)));
    expect(JSON.stringify(fixedSample())).toBe(JSON.stringify(sample));
    for (const v of [...sample.slice(0, 10), ...corpus.slice(0, 10)])
      expect(JSON.stringify(variantFromId(v.id))).toBe(JSON.stringify(v));
    expect(generateVariant(1).pages).not.toEqual(generateVariant(2).pages);
  });

  it('has a fixed sample of at least 50 variants covering every tag value, forced values kept', () => {
    expect(sample.length).toBe(SAMPLE_SIZE);
    expect(sample.length).toBeGreaterThanOrEqual(50);
    for (const [tag, values] of Object.entries(TAGS))
      for (const value of values)
        expect(
          sample.some((v) => v.tags[tag] === value),
          `${tag}=${value} in the sample`,
        ).toBe(true);
    for (const v of sample) {
      const { force } = parseVariantId(v.id);
      for (const [k, value] of Object.entries(force)) expect(v.tags[k], `${v.id}: ${k}`).toBe(value);
    }
  });

  it('draws every tag value in a plain corpus too', () => {
    for (const [tag, values] of Object.entries(TAGS))
      for (const value of values)
        expect(
          corpus.some((v) => v.tags[tag] === value),
          `${tag}=${value}`,
        ).toBe(true);
  });

  it('gives each variant truth for every step of its route, on a page it serves', () => {
    for (const v of [...sample, ...corpus]) {
      const covered = new Set<StepId>(Object.values(v.truthSteps).flat());
      for (const step of v.steps) expect(covered.has(step), `${v.id}: truth for ${step}`).toBe(true);
      expect(v.pages[v.start], `${v.id}: start page`).toBeTruthy();
      for (const path of Object.keys(v.truthSteps)) expect(v.pages[path]).toBeTruthy();
      expect(v.steps[0]).toBe(v.signedOut ? 'sign-in' : v.route === 'order' ? 'get-help' : 'account-menu');
      if (v.route === 'order') expect(v.orderNumber).toMatch(/^[0-9a-f]{24}$/);
    }
  });

  // Sized for a slow machine: parsing every page of the sample takes a few seconds in jsdom.
  it('writes pages that parse, leave no truth in the DOM, and record the first step in page JS', () => {
    for (const v of sample) {
      for (const [path, html] of Object.entries(v.pages)) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.documentElement.lang, `${v.id} ${path}`).toBe(v.lang);
        expect(doc.body.children.length).toBeGreaterThan(0);
        expect(doc.querySelector('[data-wsg-step]')).toBeNull();
        // No attribute names a step or the truth (the extension reads attributes).
        const leaks: string[] = [];
        for (const el of doc.querySelectorAll('*'))
          for (const attr of el.attributes)
            if (/truth|corpus|wsg/i.test(`${attr.name}=${attr.name === 'srcdoc' ? '' : attr.value}`))
              leaks.push(attr.name);
        expect(leaks, `${v.id} ${path}`).toEqual([]);
      }
    }
    // Run the start page's own script (on variants covering both routes, signed in and out,
    // both kinds of sign-in): the truth for the first step is recorded in the page's
    // JavaScript world, and the script element is gone from the DOM.
    const kinds = new Map(sample.map((v) => [`${v.tags.route} ${v.tags.signin}`, v]));
    for (const v of kinds.values()) {
      const dom = new JSDOM(v.pages[v.start]!, {
        runScripts: 'dangerously',
        url: `https://www.wish.com${v.start}`,
      });
      const truth = (dom.window as unknown as { __corpusTruth?: Map<string, Element[]> }).__corpusTruth;
      expect(truth?.get(v.steps[0]!)?.length, `${v.id}: truth for ${v.steps[0]}`).toBeGreaterThan(0);
      expect(dom.window.document.querySelectorAll('script').length).toBe(0);
      dom.window.close();
    }
  }, 120_000);
});
