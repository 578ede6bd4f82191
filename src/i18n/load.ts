// The extension pages' words, one language at a time: each language is a chunk of its own,
// fetched when a page first needs it (the shopper reads one; the other is never loaded).
import { useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../model/types';
import type { UiStrings } from './en';
import { resolveLanguage } from './language';

export type { UiStrings } from './en';

type Lang = 'en' | 'el';
const loaded: Partial<Record<Lang, UiStrings>> = {};
const loading: Partial<Record<Lang, Promise<UiStrings>>> = {};

export function loadStrings(lang: Lang): Promise<UiStrings> {
  loading[lang] ??= (
    lang === 'el' ? import('./el').then((m) => m.el) : import('./en').then((m) => m.en)
  ).then((t) => (loaded[lang] = t));
  return loading[lang];
}

/** The words for the setting once loaded (undefined until then, or while `setting` is). */
export function useStrings(setting: UiLanguage | undefined, ready = true): UiStrings | undefined {
  const lang = ready ? resolveLanguage(setting) : undefined;
  const [, loadedNow] = useState(0);
  useEffect(() => {
    if (lang && !loaded[lang]) void loadStrings(lang).then(() => loadedNow((n) => n + 1));
  }, [lang]);
  return lang ? loaded[lang] : undefined;
}
