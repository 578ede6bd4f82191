// The extension's Greek, read as a Greek reader would: formal register, no known mistranslation,
// no English left over except names and Wish's own labels.
import { describe, expect, it } from 'vitest';
import { el } from '../../src/i18n/el';
import { en } from '../../src/i18n/en';
import { uiDate } from '../../src/i18n/format';
import { TEMPLATES } from '../../src/compose/render';

/** Settings, not words. */
const CONFIG = new Set(['lang', 'dateLocale', 'dateStyle']);

/** Every string of a table, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => unknown)(1, 2, 3))];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => !CONFIG.has(k))
      .flatMap(([, v]) => strings(v));
  return [];
}

// Placeholders and the example order numbers are not words.
const greek = [...strings(el), ...strings(TEMPLATES.el)].map((s) =>
  s.replace(/\{\w+\}/g, ' ').replace(/\b(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{12,24}\b/g, ' '),
);

/** Latin-script words Greek text may hold: names, addresses, formats and Wish's own labels. */
const ALLOWED = new Set(
  `Wish Cash Refund Eligible Date PayPal Facebook Google X WishShopping support wish com www
  Better Business Bureau BBB Resolver ECC Net FTC reportfraud ftc gov resolver co uk bbb org
  Citizens Advice Fair Credit Billing Act eccgreece gr facebook Qoo10 ContextLogic One Sansome
  Street JSON English el`
    .split(/\s+/)
    .map((w) => w.toLowerCase()),
);

describe('the Greek strings', () => {
  it('hold no English words other than names and Wish’s own labels', () => {
    const stray = greek.flatMap((s) =>
      (s.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !ALLOWED.has(w.toLowerCase())),
    );
    expect([...new Set(stray)]).toEqual([]);
  });

  it('keep the formal register and none of the mistakes found in review', () => {
    const text = greek.join('\n');
    for (const wrong of [
      'υποσχόμενη',
      'συντομέψτε',
      'να τη επισυνάψετε',
      'βήμα βήμα',
      'Δεν συνδέεται',
      'Κράτησε',
      'Κράτησέ',
      'Δείξε ',
      'ελλιπές',
      'η παραγγελία μου θα επιστραφεί',
      'στον οποίο πήγε',
      'από τον Απρίλιο 2024',
      'στο αναδυόμενο της',
      'σε σχέση με την υπόσχεση',
      'Σιγκαπούρη, οπότε',
    ])
      expect(text, wrong).not.toContain(wrong);
    // Informal imperatives (second person singular) among the formal "-στε".
    expect(text).not.toMatch(/(^|[\s«(])(κάνε|πάτα|γράψε|στείλε|δες|κράτα|επίλεξε|διάλεξε)(?=[\s,.»:;!])/u);
  });

  it('have the same keys as the English', () => {
    expect(Object.keys(el).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('dates on the extension’s pages', () => {
  it('in the shopper’s language, never raw ISO', () => {
    expect(uiDate('2026-11-05', 'en')).toBe('Nov 5, 2026');
    expect(uiDate('2026-11-05', 'el')).toBe('5 Νοε 2026');
    expect(uiDate('2026-11-05T10:00:00Z', 'el')).toMatch(/Νοε 2026/);
  });
});
