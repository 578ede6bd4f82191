import type { UiLanguage } from '../model/types';

/** The language to show: the setting, or the browser's language when set to "auto". */
export function resolveLanguage(setting: UiLanguage | undefined, browserLanguage?: string): 'en' | 'el' {
  if (setting === 'en' || setting === 'el') return setting;
  const lang = browserLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
  return /^el\b/i.test(lang) ? 'el' : 'en';
}
