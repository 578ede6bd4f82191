import { el } from './el';
import { en } from './en';
import { it } from './it';
import type { Labels } from './types';

export type { Labels } from './types';

/** Every language the locators understand. Wish's locale comes from a cookie, not the URL,
 *  so a locator tries them all: a label is looked for in every language at once. */
export const LANGUAGES: readonly Labels[] = [en, el, it];

type ListKey = { [K in keyof Labels]: Labels[K] extends string[] ? K : never }[keyof Labels];
export type LabelKey = ListKey;

const cache = new Map<LabelKey, string[]>();

/** The variants of one label in every supported language. */
export function labelsFor(key: LabelKey): string[] {
  let list = cache.get(key);
  if (!list) {
    list = [...new Set(LANGUAGES.flatMap((l) => l[key]))];
    cache.set(key, list);
  }
  return list;
}

export function languageOf(code: string | undefined): Labels {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.lang === base) ?? en;
}
