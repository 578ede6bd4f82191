// Order numbers Wish shows. Two shapes are known: the 24-hex MongoDB ObjectId Wish uses for
// every id (its first 8 hex digits are the creation time, a plausibility check), and the
// 12-13 upper-case letters and digits of the guide's examples (0HSMWCNR827N, 08U74NMJ34380).

export type OrderNumberFormat = 'object-id' | 'short-code';

export type OrderNumberCheck =
  | { ok: true; value: string; format: OrderNumberFormat }
  | { ok: false; value: string; reason: OrderNumberProblem };

export type OrderNumberProblem = 'empty' | 'characters' | 'length' | 'date' | 'shape';

export const OBJECT_ID_RE = /^[0-9a-f]{24}$/;
export const SHORT_CODE_RE = /^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{12,13}$/;
/** Finds candidates inside running text. */
export const ORDER_NUMBER_IN_TEXT =
  /\b(?:[0-9a-fA-F]{24}|(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{12,13})\b/g;

// Wish was founded in 2010; an id from before it, or from the future, was mistyped.
const EARLIEST = Date.UTC(2010, 0, 1) / 1000;

export function objectIdTime(id: string): Date | undefined {
  if (!OBJECT_ID_RE.test(id)) return undefined;
  return new Date(parseInt(id.slice(0, 8), 16) * 1000);
}

/** Cleans what a shopper typed or pasted ("# 5f1a 2b3c...", "Order ID: ...") and checks it. */
export function checkOrderNumber(input: string, now = Date.now()): OrderNumberCheck {
  const value = input
    .trim()
    .replace(/^(?:order\s*(?:id|number|no\.?|#)?|αριθμός παραγγελίας)\s*[:#]?\s*/iu, '')
    .replace(/^#/, '')
    .replace(/[\s-]+/g, '');
  if (!value) return { ok: false, value, reason: 'empty' };
  if (/[^0-9a-z]/i.test(value)) return { ok: false, value, reason: 'characters' };
  const lower = value.toLowerCase();
  if (OBJECT_ID_RE.test(lower)) {
    const seconds = parseInt(lower.slice(0, 8), 16);
    if (seconds < EARLIEST || seconds > now / 1000 + 86_400)
      return { ok: false, value: lower, reason: 'date' };
    return { ok: true, value: lower, format: 'object-id' };
  }
  const upper = value.toUpperCase();
  if (SHORT_CODE_RE.test(upper)) return { ok: true, value: upper, format: 'short-code' };
  if (value.length !== 24 && (value.length < 12 || value.length > 13))
    return { ok: false, value, reason: 'length' };
  return { ok: false, value, reason: 'shape' };
}

export function isOrderNumber(text: string, now = Date.now()): boolean {
  return checkOrderNumber(text, now).ok;
}
