import type { UiLanguage } from '../model/types';
import { el } from './el';
import { en, type UiStrings } from './en';
import { resolveLanguage } from './language';

export type { UiStrings } from './en';

export { resolveLanguage } from './language';

export function uiStrings(setting?: UiLanguage, browserLanguage?: string): UiStrings {
  return resolveLanguage(setting, browserLanguage) === 'el' ? el : en;
}
