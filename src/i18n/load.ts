// The extension pages' words, one language at a time: each is a chunk of its own, fetched when
// a page first needs it (the shopper reads one language). The popup does not load its words
// here: its header's are in its script (src/popup/App.tsx), the rest's in the chunk of its
// composer (src/popup/rest.ts), each cut to its part (src/i18n/pages.ts).
import { useLayoutEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../model/types';
import type { UiStrings } from './en';
import { resolveLanguage } from './language';

export type { UiStrings } from './en';

type Lang = 'en' | 'el';
/** What each part's words are (every word; a page part's would go here: src/i18n/pages.ts). */
export interface Parts {
  all: UiStrings;
}
type Part = keyof Parts;

// Literal import() paths, so that the build makes each its own chunk.
const LOADERS: { [P in Part]: Record<Lang, () => Promise<Parts[P]>> } = {
  all: {
    en: () => import('./en').then((m) => m.en),
    el: () => import('./el').then((m) => m.el),
  },
};

const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();

export function loadStrings<P extends Part = 'all'>(lang: Lang, part: P = 'all' as P): Promise<Parts[P]> {
  const key = `${part}.${lang}`;
  let promise = loading.get(key) as Promise<Parts[P]> | undefined;
  if (!promise) {
    promise = (LOADERS[part][lang]() as Promise<Parts[P]>).then((t) => {
      loaded.set(key, t);
      return t;
    });
    loading.set(key, promise);
  }
  return promise;
}

/** The words for the setting once loaded (undefined until then, or while `setting` is). */
export function useStrings<P extends Part = 'all'>(
  setting: UiLanguage | undefined,
  ready = true,
  part: P = 'all' as P,
): Parts[P] | undefined {
  const lang = ready ? resolveLanguage(setting) : undefined;
  const key = `${part}.${lang}`;
  const [, loadedNow] = useState(0);
  // Asked for as the render that knows the language commits, not after the next paint.
  useLayoutEffect(() => {
    if (lang && !loaded.has(key)) void loadStrings(lang, part).then(() => loadedNow((n) => n + 1));
  }, [key]);
  return lang ? (loaded.get(key) as Parts[P] | undefined) : undefined;
}
