// The words the popup paints first with, in Greek. Built, this module is el.ts cut to POPUP_KEYS (build.mjs,
// stringsByPage): the popup's chunk carries no other page's words. Run as it is (tests), it
// picks the same keys at run time.
import { el } from '../el';
import { POPUP_KEYS, pickStrings } from '../pages';

export const strings = pickStrings(el, POPUP_KEYS);
