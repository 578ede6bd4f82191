// Every language the guide understands. Wish's locale comes from a cookie, not the URL, so a
// control is matched against every language at once.
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pt } from './pt';
import type { WordKey, Words } from './types';

export type { WordKey, Words } from './types';

export const WORDS: readonly Words[] = [en, el, it, de, fr, es, pt];

const cache = new Map<WordKey, string[]>();

/** One family's wordings in every supported language. */
export function wordsFor(key: WordKey): string[] {
  let list = cache.get(key);
  if (!list) {
    list = [...new Set(WORDS.flatMap((w) => w[key]))];
    cache.set(key, list);
  }
  return list;
}
