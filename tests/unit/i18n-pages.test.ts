// @vitest-environment node
// Each page loads only its own words: src/i18n/pages/<part>.<lang>.ts, built from the language's
// source cut to the part's keys (build.mjs, stringsByPage).
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { partSource } from '../../build.mjs';
import { el } from '../../src/i18n/el';
import { en } from '../../src/i18n/en';
import { LATER_KEYS, pickStrings, POPUP_KEYS } from '../../src/i18n/pages';

describe("a page's words (src/i18n/pages.ts)", () => {
  // What the build makes of src/i18n/pages/<part>.<lang>.ts (build.mjs, stringsByPage): the
  // language's source cut to the part's keys. It must hold the same words as the module run as
  // it is (tests, and what the keys' types promise), and no other page's.
  const built = async (part: string, lang: string) => {
    const { contents } = await partSource(part, lang);
    const js = (await esbuild.transform(contents, { loader: 'ts', format: 'esm' })).code;
    return (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as {
      strings: Record<string, unknown>;
    };
  };
  const samples: unknown[][] = [[], [1], [2, 'x'], [3, 5, 7], ['2026-11-26', 4]];
  const same = (a: unknown, b: unknown): boolean =>
    typeof a === 'function' && typeof b === 'function'
      ? samples.every((args) => {
          const call = (f: unknown) => {
            try {
              return JSON.stringify((f as (...x: unknown[]) => unknown)(...args));
            } catch (e) {
              return `threw ${(e as Error).constructor.name}`;
            }
          };
          return call(a) === call(b);
        })
      : JSON.stringify(a) === JSON.stringify(b);

  for (const [part, keys] of [
    ['popup', POPUP_KEYS],
    ['later', LATER_KEYS],
  ] as const)
    for (const [lang, all] of [
      ['en', en],
      ['el', el],
    ] as const)
      it(`${part}.${lang}: built, it holds exactly its keys, with the same words`, async () => {
        const { strings } = await built(part, lang);
        expect(Object.keys(strings).sort()).toEqual([...new Set<string>(keys)].sort());
        const picked = pickStrings(all, keys) as Record<string, unknown>;
        for (const k of keys) expect(same(strings[k], picked[k]), k).toBe(true);
      });

  it('the popup paints with a small part of the words', () => {
    expect(POPUP_KEYS.length).toBeLessThan(Object.keys(en).length / 5);
  });
});
