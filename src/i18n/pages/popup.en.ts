// The words the popup paints first with, in English. Built, this module is en.ts cut to POPUP_KEYS (build.mjs,
// stringsByPage): the popup's chunk carries no other page's words. Run as it is (tests), it
// picks the same keys at run time.
import { en } from '../en';
import { POPUP_KEYS, pickStrings } from '../pages';

export const strings = pickStrings(en, POPUP_KEYS);
