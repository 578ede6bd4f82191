// Validation of everything that enters the store: messages from pages, imported files, and
// what storage gives back (which a bug, another version or a user can have corrupted).
// Hand-written guards: the shapes are small and the bundle stays free of a schema library.
import type {
  Case,
  ChannelId,
  Contact,
  Country,
  Diagnostic,
  Draft,
  Money,
  Order,
  OrderFlag,
  OrderItem,
  PaymentMethod,
  ProblemId,
  Profile,
  Settings,
  TourState,
  Correction,
} from '../model/types';

export const CHANNELS: readonly ChannelId[] = ['site', 'email', 'social', 'letter', 'complaint'];
export const PROBLEMS: readonly ProblemId[] = [
  'not-as-described',
  'never-delivered',
  'no-updates',
  'late',
  'wrong-item',
  'refund-missing',
  'payment-declined',
  'incorrect-charge',
  'account',
  'follow-up',
  'other',
];
export const COUNTRIES: readonly Country[] = ['US', 'UK', 'EU', 'other'];
export const PAYMENTS: readonly PaymentMethod[] = ['card', 'paypal', 'other'];
export const UI_LANGUAGES = ['auto', 'en', 'el'] as const;
const FLAGS: readonly OrderFlag[] = [
  'date-unparsed',
  'amount-unparsed',
  'estimate-unparsed',
  'number-unverified',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every cap on what is stored, in one place: the write path cuts or refuses to these, and the
 *  load path checks the same numbers (a write that passes here survives a restart). */
export const CAPS = {
  text: 20_000,
  orders: 5000,
  itemsPerOrder: 200,
  title: 500,
  url: 2000,
  cases: 1000,
  contactsPerCase: 100,
  subject: 500,
  note: 2000,
  drafts: 50,
  draftSubject: 1000,
  diagnostics: 20,
  corrections: 40,
  diagnosticMessage: 2000,
  diagnosticUrl: 500,
} as const;
const MAX_TEXT: number = CAPS.text;

type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const optString = (v: unknown, max = MAX_TEXT) => v === undefined || isString(v, max);
const optDate = (v: unknown) => v === undefined || (typeof v === 'string' && ISO_DATE.test(v));
const isTimestamp = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const optTimestamp = (v: unknown) => v === undefined || isTimestamp(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

export function isMoney(v: unknown): v is Money {
  return (
    isObject(v) &&
    Number.isSafeInteger(v.minor) &&
    (v.minor as number) >= 0 &&
    typeof v.currency === 'string' &&
    /^[A-Z]{3}$/.test(v.currency)
  );
}

function isItem(v: unknown): v is OrderItem {
  return (
    isObject(v) &&
    isString(v.title, CAPS.title) &&
    (v.quantity === undefined || (Number.isInteger(v.quantity) && (v.quantity as number) > 0)) &&
    optString(v.imageUrl, 1000) &&
    (v.productId === undefined || (typeof v.productId === 'string' && /^[0-9a-f]{24}$/.test(v.productId))) &&
    (v.price === undefined || isMoney(v.price))
  );
}

/** Fields a page or the shopper supplies for an order (what `captureOrders` accepts). */
export function isCapturedOrder(v: unknown): v is Omit<Order, 'capturedAt' | 'updatedAt' | 'source'> {
  return (
    isObject(v) &&
    isString(v.number, 40) &&
    /^[0-9a-zA-Z]{1,40}$/.test(v.number) &&
    optString(v.transactionId, 40) &&
    optDate(v.placedAt) &&
    optString(v.placedText, 200) &&
    Array.isArray(v.items) &&
    v.items.length <= CAPS.itemsPerOrder &&
    v.items.every(isItem) &&
    (v.amount === undefined || isMoney(v.amount)) &&
    optString(v.amountText, 200) &&
    optString(v.status, 40) &&
    optString(v.statusText, 200) &&
    optDate(v.estimateFrom) &&
    optDate(v.estimateTo) &&
    optString(v.estimateText, 200) &&
    optDate(v.refundEligibleDate) &&
    optString(v.tracking, 60) &&
    (v.idKind === undefined || v.idKind === 'transaction') &&
    Array.isArray(v.flags) &&
    v.flags.every((f) => oneOf(FLAGS, f))
  );
}

export function isOrder(v: unknown): v is Order {
  if (!isCapturedOrder(v)) return false;
  const o = v as unknown as Obj;
  return (
    oneOf(['page', 'manual'] as const, o.source) &&
    optString(o.url, CAPS.url) &&
    isTimestamp(o.capturedAt) &&
    isTimestamp(o.updatedAt)
  );
}

function isContact(v: unknown): v is Contact {
  return (
    isObject(v) &&
    isString(v.id, 80) &&
    oneOf(CHANNELS, v.channel) &&
    isTimestamp(v.at) &&
    isString(v.message) &&
    optString(v.subject, CAPS.subject) &&
    optString(v.note, CAPS.note) &&
    oneOf(['sent', 'copied', 'mailto', 'printed', 'manual'] as const, v.via)
  );
}

export function isCase(v: unknown): v is Case {
  return (
    isObject(v) &&
    isString(v.id, 200) &&
    isString(v.orderNumber, 40) &&
    oneOf(PROBLEMS, v.problem) &&
    isTimestamp(v.openedAt) &&
    Array.isArray(v.contacts) &&
    v.contacts.length <= CAPS.contactsPerCase &&
    v.contacts.every(isContact) &&
    optTimestamp(v.replyAt) &&
    optTimestamp(v.solvedAt) &&
    optTimestamp(v.followUpAt) &&
    Number.isInteger(v.followUpDays) &&
    (v.followUpDays as number) >= 1 &&
    (v.followUpDays as number) <= 60 &&
    (v.notified === undefined || typeof v.notified === 'boolean') &&
    (v.payment === undefined || oneOf(PAYMENTS, v.payment)) &&
    optDate(v.paidAt) &&
    optDate(v.statementAt) &&
    optDate(v.deliveredAt) &&
    optDate(v.disputeOpenedAt)
  );
}

export function isProfile(v: unknown): v is Profile {
  return (
    isObject(v) &&
    isString(v.name, 200) &&
    isString(v.accountNumber, 100) &&
    isString(v.email, 320) &&
    isString(v.postalAddress, 1000) &&
    oneOf(COUNTRIES, v.country)
  );
}

export function isSettings(v: unknown): v is Settings {
  return (
    isObject(v) &&
    oneOf(UI_LANGUAGES, v.language) &&
    oneOf(CHANNELS, v.defaultChannel) &&
    typeof v.launcher === 'boolean' &&
    Number.isInteger(v.followUpDays) &&
    (v.followUpDays as number) >= 1 &&
    (v.followUpDays as number) <= 60
  );
}

export function isDraft(v: unknown): v is Draft {
  return (
    isObject(v) &&
    isString(v.orderNumber, 40) &&
    oneOf(PROBLEMS, v.problem) &&
    oneOf(CHANNELS, v.channel) &&
    oneOf(['en', 'el'] as const, v.language) &&
    isString(v.subject, CAPS.draftSubject) &&
    isString(v.body) &&
    isString(v.generated) &&
    isObject(v.fills) &&
    Object.values(v.fills).every((x) => isString(x, 2000)) &&
    optString(v.recipient, 2000) &&
    isTimestamp(v.updatedAt)
  );
}

export function isTour(v: unknown): v is TourState {
  return (
    isObject(v) &&
    typeof v.active === 'boolean' &&
    isString(v.stepId, 40) &&
    oneOf(['account-menu', 'order'] as const, v.route) &&
    oneOf(PROBLEMS, v.problem) &&
    optString(v.orderNumber, 40) &&
    isTimestamp(v.startedAt) &&
    isTimestamp(v.updatedAt)
  );
}

export function isComposer(
  v: unknown,
): v is { orderNumber: string; problem: ProblemId; channel: ChannelId; language: 'en' | 'el' } {
  return (
    isObject(v) &&
    isString(v.orderNumber, 40) &&
    oneOf(PROBLEMS, v.problem) &&
    oneOf(CHANNELS, v.channel) &&
    oneOf(['en', 'el'] as const, v.language)
  );
}

export function isCorrection(v: unknown): v is Correction {
  return (
    isObject(v) &&
    isString(v.step, 40) &&
    isString(v.role, 40) &&
    isString(v.name, 80) &&
    isString(v.path, 200) &&
    isTimestamp(v.at) &&
    isObject(v.attributes) &&
    Object.keys(v.attributes).length <= 6 &&
    Object.entries(v.attributes).every(([k, a]) => k.length <= 40 && isString(a, 80))
  );
}

export function isDiagnostic(v: unknown): v is Diagnostic {
  return (
    isObject(v) &&
    isTimestamp(v.at) &&
    isString(v.stepId, 40) &&
    isString(v.url, CAPS.diagnosticUrl) &&
    isString(v.message, CAPS.diagnosticMessage)
  );
}
