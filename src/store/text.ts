// Strings the store keeps: cut to a cap without splitting a character, and free of lone
// surrogates (half an emoji), which make encodeURIComponent throw (the mailto link) and
// cannot round-trip through every JSON encoder.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces each lone surrogate with U+FFFD (what String.prototype.toWellFormed does). */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

export function isWellFormed(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

/** At most `max` UTF-16 units, never ending in the first half of a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

/** Well-formed and cut: what every string from a page or a form goes through before storing. */
export function clean(s: string, max: number): string {
  return cut(wellFormed(s), max);
}

/** A copy of `value` with every string made well-formed (the same object when none changed). */
export function repairStrings<T>(value: T): T {
  if (typeof value === 'string') return (isWellFormed(value) ? value : wellFormed(value)) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((v, i) => {
      const r = repairStrings(v);
      if (r !== v) (copy ??= [...value])[i] = r;
    });
    return (copy ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const r = repairStrings(v);
      if (r !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = r;
    }
    return (copy ?? value) as T;
  }
  return value;
}
