// Text normalisation for matching Wish's labels in any language: case, accents,
// whitespace and punctuation do not matter ("Contact Support Agent", "contact support agent!",
// "Επικοινωνήστε" and "ΕΠΙΚΟΙΝΩΝΗΣΤΕ" match).

const MARKS = /\p{M}+/gu;
/** Zero-width characters and soft hyphens, which a page may put inside a word. */
const INVISIBLE = /\p{Cf}+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACE = /\s+/gu;

const ASCII = /^[\x20-\x7e\t\n\r]*$/;

export function normalise(text: string): string {
  // Most page text is plain ASCII: a cheaper path gives the same result for it.
  if (ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9\s]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return (
    text
      .normalize('NFKD')
      .replace(INVISIBLE, '')
      .replace(MARKS, '')
      .toLocaleLowerCase('en')
      // Greek final sigma lower-cases differently by context: fold it.
      .replace(/ς/g, 'σ')
      .replace(PUNCTUATION, ' ')
      .replace(SPACE, ' ')
      .trim()
  );
}

const normalisedLists = new WeakMap<readonly string[], string[]>();

/** A label list, normalised once (lists are data: the same arrays come back every call). */
export function normaliseList(labels: readonly string[]): string[] {
  let list = normalisedLists.get(labels);
  if (!list) {
    list = labels.map(normalise).filter(Boolean);
    normalisedLists.set(labels, list);
  }
  return list;
}

/** How well `text` matches one of `labels`: 1 exact, 0.6 starts with it, 0 otherwise. */
export function labelScore(text: string, labels: readonly string[]): number {
  const t = normalise(text);
  if (!t) return 0;
  let best = 0;
  for (const l of normaliseList(labels)) {
    if (t === l) return 1;
    // A button may carry an icon's text or a count after the label ("Customer Support ›").
    if (t.startsWith(l + ' ') && t.length <= l.length * 1.6 + 4) best = Math.max(best, 0.6);
  }
  return best;
}
