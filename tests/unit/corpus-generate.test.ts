// The corpus generator (tests/corpus/generate.ts): deterministic, covering, with truth for every
// step of each variant's route, and pages that parse and record their truth only in the page's
// JavaScript world.
import { createHash } from 'node:crypto';
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
  WIDE_SAMPLE_SIZE,
  wideSample,
  type StepId,
  type Variant,
} from '../corpus/generate';
import { WIDE_TAGS } from '../corpus/wide';

const sample = fixedSample();
const corpus = generateCorpus(150, 1);

/** Each variant's start page runs its own script: the truth for the first step is recorded in
 *  the page's JavaScript world, and the script element is gone from the DOM. */
function expectStartScriptsRun(variants: Iterable<Variant>): void {
  for (const v of variants) {
    const dom = new JSDOM(v.pages[v.start]!, {
      runScripts: 'dangerously',
      url: `https://www.wish.com${v.start}`,
    });
    const truth = (dom.window as unknown as { __corpusTruth?: Map<string, Element[]> }).__corpusTruth;
    expect(truth?.get(v.steps[0]!)?.length, `${v.id}: truth for ${v.steps[0]}`).toBeGreaterThan(0);
    expect(dom.window.document.querySelectorAll('script').length).toBe(0);
    dom.window.close();
  }
}

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
    expectStartScriptsRun(new Map(sample.map((v) => [`${v.tags.route} ${v.tags.signin}`, v])).values());
  }, 120_000);

  it('keeps classic ids producing the layouts they produced before the wide axes', () => {
    // Pages with the page script's code left out (it gained the wide behaviours; classic
    // configurations never reach them) and its configuration kept; hashes taken at the
    // commit before the wide axes (ebaad12).
    const strip = (x: unknown) =>
      JSON.stringify(x).replace(
        /<script>\(function \(\) \{\\nvar C = (.*?);\\nvar W = window;.*?<\/script>/g,
        '<script>$1</script>',
      );
    const hash = (x: unknown) => createHash('sha256').update(strip(x)).digest('hex').slice(0, 16);
    expect(hash(generateCorpus(60, 1))).toBe('49ca02f15c9473f1');
    expect(hash(sample)).toBe('45317eef1ed1686f');
  });
});

describe('corpus generator, wide variants', () => {
  const wides = wideSample();
  const plain = generateCorpus(120, 1, true);
  const all: Variant[] = [...wides, ...plain];

  it('is deterministic, reproducible from ids, and the classic variant of the same seed underneath', () => {
    expect(JSON.stringify(generateCorpus(10, 5, true))).toBe(JSON.stringify(generateCorpus(10, 5, true)));
    for (const v of [...wides.slice(0, 8), ...plain.slice(0, 8)]) {
      expect(v.id).toMatch(/^w\d+/);
      expect(JSON.stringify(variantFromId(v.id))).toBe(JSON.stringify(v));
    }
    // Same seed: the classic tags are the same as the classic variant's.
    for (const v of plain.slice(0, 20)) {
      const c = generateVariant(v.seed);
      for (const tag of Object.keys(TAGS)) expect(v.tags[tag], `${v.id} ${tag}`).toBe(c.tags[tag]);
      expect(v.name).toBe(c.name);
      expect(v.steps).toEqual(c.steps);
    }
    expect(() => parseVariantId('s1~markup=hashed')).toThrow(); // wide tags only on wide ids
  });

  it('covers every value of every wide axis, in the wide sample and in a plain wide corpus', () => {
    expect(wides.length).toBe(WIDE_SAMPLE_SIZE);
    for (const [tag, values] of Object.entries(WIDE_TAGS))
      for (const value of values) {
        expect(
          wides.some((v) => v.tags[tag] === value),
          `${tag}=${value} in the wide sample`,
        ).toBe(true);
        expect(
          plain.some((v) => v.tags[tag] === value),
          `${tag}=${value} in a wide corpus`,
        ).toBe(true);
      }
  });

  it('gives truth for every step on a served page and leaks nothing into the DOM', () => {
    for (const v of all) {
      const covered = new Set<StepId>(Object.values(v.truthSteps).flat());
      for (const step of v.steps) expect(covered.has(step), `${v.id}: truth for ${step}`).toBe(true);
      for (const path of Object.keys(v.truthSteps)) expect(v.pages[path]).toBeTruthy();
    }
    for (const v of wides)
      for (const [path, html] of Object.entries(v.pages)) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.body.children.length, `${v.id} ${path}`).toBeGreaterThan(0);
        const leaks: string[] = [];
        for (const el of doc.querySelectorAll('*'))
          for (const attr of el.attributes)
            if (/truth|corpus|wsg/i.test(`${attr.name}=${attr.name === 'srcdoc' ? '' : attr.value}`))
              leaks.push(attr.name);
        expect(leaks, `${v.id} ${path}`).toEqual([]);
        if (v.tags.markup === 'div-soup')
          expect(doc.querySelectorAll('header,nav,main,footer,section,article,button').length).toBe(0);
        if (v.tags.mix === 'rtl') expect(doc.documentElement.dir).toBe('rtl');
      }
  });

  it('runs its start page script: truth for the first step, script gone', () => {
    expectStartScriptsRun(
      new Map(wides.map((v) => [`${v.tags.route} ${v.tags.signin} ${v.tags.trigger2}`, v])).values(),
    );
  }, 120_000);
});
