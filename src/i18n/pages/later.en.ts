// The popup's words in English that show after its first paint (the composer, the case view,
// the tab's context, the other ways). Built, this module is en.ts cut to LATER_KEYS
// (build.mjs, stringsByPage): its chunk carries no other page's words. Run as it is (tests),
// it picks the same keys at run time.
import { en } from '../en';
import { LATER_KEYS, pickStrings } from '../pages';

export const strings = pickStrings(en, LATER_KEYS);
