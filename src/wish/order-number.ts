// The ids Wish's order pages show, told apart by their shape. Two shapes of order (and
// transaction) id are known: the 24-hex MongoDB ObjectId Wish uses for every id (its first 8
// hex digits are the creation time, a plausibility check), and the 12-13 upper-case letters and
// digits of the guide's examples (0HSMWCNR827N, 08U74NMJ34380). Carriers' tracking numbers have
// shapes of their own, and one of them (UPU's S10, LZ123456789CN) is also 13 letters and digits:
// it is a tracking number, never an order number.

export type OrderNumberFormat = 'object-id' | 'short-code';

export type OrderNumberCheck =
  | { ok: true; value: string; format: OrderNumberFormat }
  | { ok: false; value: string; reason: OrderNumberProblem };

export type OrderNumberProblem = 'empty' | 'characters' | 'length' | 'date' | 'shape';

export const OBJECT_ID_RE = /^[0-9a-f]{24}$/;
export const SHORT_CODE_RE = /^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{12,13}$/;

/** Carriers' tracking numbers (upper case). Public formats: UPU S10 and the longer Chinese
 *  postal/Cainiao forms (LZ123456789CN, UB…CN, LP00123456789CN), YunExpress (YT + 16 digits),
 *  Cainiao/4PX letter prefixes followed by 12-20 digits, UPS (1Z + 16), USPS (9x + 20-26 digits). */
const TRACKING_RES: readonly RegExp[] = [
  /^[A-Z]{2}\d{9,16}[A-Z]{2}$/,
  /^[A-Z]{2,4}\d{12,22}$/,
  /^1Z[0-9A-Z]{16}$/,
  /^9[1-5]\d{18,24}$/,
];

/** Word-like runs long enough to be an id: each is then classified by `idShape`. */
export const ID_CANDIDATE = /(?<![0-9A-Za-z])[0-9A-Za-z]{10,34}(?![0-9A-Za-z])/g;

/** Text showing an order's number: the one given, or any id of an order's shape (a card
 *  recalling "Order no. 6710a3c2…" in the assistant). */
export function showsOrderNumber(text: string, orderNumber?: string): boolean {
  if (orderNumber && text.includes(orderNumber)) return true;
  return /(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])/.test(text);
}

export type IdShape = 'object-id' | 'short-code' | 'tracking';

export function isTrackingShape(token: string): boolean {
  // The shortest carrier number has 13 characters.
  if (token.length < 13) return false;
  const t = token.toUpperCase();
  return TRACKING_RES.some((re) => re.test(t));
}

/** A token already cut out of page text: an order or transaction id, or undefined (a lean
 *  `checkOrderNumber` for capture, which meets thousands of them). */
export function checkIdToken(
  token: string,
  now = Date.now(),
): { value: string; format: OrderNumberFormat } | undefined {
  if (token.length === 24) {
    const lower = token.toLowerCase();
    if (!OBJECT_ID_RE.test(lower)) return undefined;
    const seconds = parseInt(lower.slice(0, 8), 16);
    return seconds < EARLIEST || seconds > now / 1000 + 86_400
      ? undefined
      : { value: lower, format: 'object-id' };
  }
  if (token.length !== 12 && token.length !== 13) return undefined;
  const upper = token.toUpperCase();
  return SHORT_CODE_RE.test(upper) && !isTrackingShape(upper)
    ? { value: upper, format: 'short-code' }
    : undefined;
}

/** What a token looks like, by shape alone (the label beside it decides when it can). */
export function idShape(token: string, now = Date.now()): IdShape | undefined {
  if (isTrackingShape(token)) return 'tracking';
  const check = checkOrderNumber(token, now);
  return check.ok ? check.format : undefined;
}

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
    // A pasted label in any language ends with a colon ("Bestellnummer: …").
    .replace(/^[^:：]{1,40}[:：]\s*(?=\S)/u, '')
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
  if (SHORT_CODE_RE.test(upper)) {
    // LZ123456789CN is a parcel, not an order.
    if (isTrackingShape(upper)) return { ok: false, value: upper, reason: 'shape' };
    return { ok: true, value: upper, format: 'short-code' };
  }
  if (value.length !== 24 && (value.length < 12 || value.length > 13))
    return { ok: false, value, reason: 'length' };
  return { ok: false, value, reason: 'shape' };
}

export function isOrderNumber(text: string, now = Date.now()): boolean {
  return checkOrderNumber(text, now).ok;
}

/** The id fields of an order, stored or captured. */
export interface OrderIds {
  number: string;
  transactionId?: string;
  idKind?: 'transaction';
}

/**
 * Which stored order a captured one is, when one page showed the order id and another only the
 * transaction id (Wish: each item has its order id, items bought together share a transaction
 * id). For the store, which keys orders by number: a transaction-only reading joins the one
 * stored order with that transaction id; an order-id reading absorbs a transaction-only record
 * stored before it (seen first on the detail page). Several orders share the transaction: the
 * reading stays apart, since nothing tells which of them it is.
 */
export class OrderKeys {
  private byTransaction = new Map<string, Set<string>>();
  private transactionOnly = new Set<string>();

  constructor(stored: Iterable<OrderIds> = []) {
    for (const o of stored) this.add(o);
  }

  add(o: OrderIds): void {
    if (o.idKind === 'transaction') {
      this.transactionOnly.add(o.number);
      return;
    }
    if (!o.transactionId) return;
    let set = this.byTransaction.get(o.transactionId);
    if (!set) this.byTransaction.set(o.transactionId, (set = new Set()));
    set.add(o.number);
  }

  remove(number: string): void {
    this.transactionOnly.delete(number);
    for (const set of this.byTransaction.values()) set.delete(number);
  }

  /** The key to merge `incoming` into, and a transaction-only record it replaces, if any. */
  keyFor(incoming: OrderIds): { key: string; absorb?: string } {
    if (incoming.idKind === 'transaction') {
      const orders = this.byTransaction.get(incoming.number);
      return orders?.size === 1 ? { key: [...orders][0]! } : { key: incoming.number };
    }
    const t = incoming.transactionId;
    if (!t || !this.transactionOnly.has(t)) return { key: incoming.number };
    const others = [...(this.byTransaction.get(t) ?? [])].filter((n) => n !== incoming.number);
    return others.length ? { key: incoming.number } : { key: incoming.number, absorb: t };
  }
}
