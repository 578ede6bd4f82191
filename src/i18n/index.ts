import type { UiLanguage } from '../model/types';
import { el } from './el';
import { en, type UiStrings } from './en';

export type { UiStrings } from './en';

/** The language to show: the setting, or the browser's language when set to "auto". */
export function resolveLanguage(setting: UiLanguage | undefined, browserLanguage?: string): 'en' | 'el' {
  if (setting === 'en' || setting === 'el') return setting;
  const lang = browserLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
  return /^el\b/i.test(lang) ? 'el' : 'en';
}

export function uiStrings(setting?: UiLanguage, browserLanguage?: string): UiStrings {
  return resolveLanguage(setting, browserLanguage) === 'el' ? el : en;
}
