// Writes a complete draft from an order, a problem, a channel and the shopper's details.
// Every placeholder becomes a value or a visible "missing" mark: a raw {placeholder} never
// reaches the shopper, and nothing is silently dropped.
import {
  GUIDE_LETTER_ADDRESS,
  MAILTO_MAX,
  SOCIAL_HANDLE,
  SOCIAL_MAX,
  SUPPORT_EMAIL,
} from '../guide/channels';
import type { Case, ChannelId, DraftLanguage, Order, ProblemId, Profile } from '../model/types';
import { daysBetween, localDate } from '../cases/dates';
import { formatMoney, parseDate } from '../wish/parse';
import { el } from './el';
import { en } from './en';
import type { FieldKey, TemplateLanguage } from './types';

export type { FieldKey } from './types';

export const TEMPLATES: Readonly<Record<DraftLanguage, TemplateLanguage>> = { en, el };

/** Fields without which a channel's message is not worth sending (the popup asks first). */
export const REQUIRED: Readonly<Record<ChannelId, readonly FieldKey[]>> = {
  site: ['orderNumber', 'orderDate'],
  email: ['orderNumber', 'name', 'email', 'account'],
  social: ['orderNumber'],
  letter: ['orderNumber', 'name', 'address'],
  complaint: ['orderNumber', 'orderDate', 'name', 'email', 'address'],
};

/** Length limits where a platform sets one. */
export const LIMITS: Partial<Record<ChannelId, number>> = { social: SOCIAL_MAX };

export interface ComposeInput {
  order?: Order;
  orderNumber?: string;
  problem: ProblemId;
  channel: ChannelId;
  language: DraftLanguage;
  profile: Profile;
  case?: Case;
  now: Date;
  /** Values the shopper typed for missing fields. */
  fills?: Partial<Record<FieldKey, string>>;
  recipient?: string;
}

export interface Composed {
  subject: string;
  body: string;
  /** Fields shown as missing in this draft. */
  missing: FieldKey[];
  /** Missing fields that the channel needs. */
  missingRequired: FieldKey[];
  limit?: number;
  overLimit: boolean;
  /** For the email channel. */
  mailto?: string;
  mailtoTooLong: boolean;
  recipient?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date in the language's medium style. Formatters are costly to make: one per locale. */
function formatDate(iso: string, t: TemplateLanguage): string {
  let format = dateFormats.get(t.dateLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(t.dateLocale, format);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return format.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export function fieldValues(input: ComposeInput, t: TemplateLanguage): Partial<Record<FieldKey, string>> {
  const { order, profile, now } = input;
  const c = input.case;
  const v: Partial<Record<FieldKey, string>> = {};
  const number = order?.number ?? input.orderNumber;
  if (number) v.orderNumber = number;
  if (order?.placedAt) {
    v.orderDate = formatDate(order.placedAt, t);
    v.daysSince = String(daysBetween(order.placedAt, now));
  } else if (order?.placedText) v.orderDate = order.placedText;
  if (order?.items.length)
    v.items = order.items
      .map((i) => (i.quantity && i.quantity > 1 ? `${i.title} (x${i.quantity})` : i.title))
      .join('; ');
  if (order?.amount) v.amount = formatMoney(order.amount, t.dateLocale);
  else if (order?.amountText) v.amount = order.amountText;
  if (order?.statusText) v.status = order.statusText;
  if (order?.estimateTo)
    v.estimate = order.estimateFrom
      ? `${formatDate(order.estimateFrom, t)} - ${formatDate(order.estimateTo, t)}`
      : formatDate(order.estimateTo, t);
  else if (order?.estimateText) v.estimate = order.estimateText;
  if (order?.tracking) v.tracking = order.tracking;
  if (profile.name.trim()) v.name = profile.name.trim();
  if (profile.accountNumber.trim()) v.account = profile.accountNumber.trim();
  if (profile.email.trim()) v.email = profile.email.trim();
  if (profile.postalAddress.trim()) v.address = profile.postalAddress.trim();
  v.today = formatDate(localDate(now), t);
  const contacts = c?.contacts ?? [];
  const first = contacts[0];
  if (first) {
    v.firstContactDate = formatDate(localDate(first.at), t);
    v.firstContactChannel = t.channelNames[first.channel];
    v.daysWaited = String(daysBetween(first.at, now));
  } else if (order?.placedAt) v.daysWaited = String(daysBetween(order.placedAt, now));
  v.contactCount = String(contacts.length);
  v.contactHistory = contacts.length
    ? contacts
        .map(
          (x) =>
            `- ${formatDate(localDate(x.at), t)}, ${t.channelNames[x.channel]}: ${firstLine(x.subject ?? x.message)}`,
        )
        .join('\n')
    : t.noContacts;
  v.recipient = input.recipient?.trim() || GUIDE_LETTER_ADDRESS.join('\n');
  for (const [key, value] of Object.entries(input.fills ?? {}) as Array<[FieldKey, string]>)
    if (value?.trim()) v[key] = value.trim();
  // A date the shopper typed still gives the days since ordering.
  if (v.daysSince === undefined && input.fills?.orderDate) {
    const iso = parseDate(input.fills.orderDate, t.lang);
    if (iso) {
      v.daysSince = String(daysBetween(iso, now));
      v.daysWaited ??= v.daysSince;
    }
  }
  return v;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() && !/^(hello|hi|γεια)/i.test(l.trim())) ?? text;
  return line.length > 90 ? line.slice(0, 87) + '...' : line;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(
  template: string,
  values: Record<string, string | undefined>,
  t: TemplateLanguage,
  missing: Set<FieldKey>,
): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value !== undefined) return value;
    if (key in t.fieldNames) missing.add(key as FieldKey);
    const name = t.fieldNames[key as FieldKey] ?? key;
    return t.missing.replace('{field}', name);
  });
}

export function compose(input: ComposeInput): Composed {
  const t = TEMPLATES[input.language];
  const p = t.problems[input.problem];
  const v = fieldValues(input, t);
  const missing = new Set<FieldKey>();
  // The problem's sentences may carry fields too ({daysSince}, {estimate}).
  const parts: Record<string, string | undefined> = {
    ...v,
    what: fill(p.what, v, t, missing),
    want: fill(p.want, v, t, missing),
    short: fill(p.short, v, t, missing),
    summary: p.summary,
    handle: SOCIAL_HANDLE,
  };
  parts.facts = t.facts.map(([, line]) => fill(line, v, t, missing)).join('\n');
  const frame = t[input.channel];
  const body = fill(frame, parts, t, missing);
  const subject =
    input.channel === 'email' || input.channel === 'letter' ? fill(t.emailSubject, parts, t, missing) : '';
  const limit = LIMITS[input.channel];
  const mailto = input.channel === 'email' ? mailtoUrl(subject, body) : undefined;
  const list = [...missing];
  return {
    subject,
    body,
    missing: list,
    missingRequired: REQUIRED[input.channel].filter((k) => list.includes(k) || v[k] === undefined),
    ...(limit ? { limit } : {}),
    overLimit: limit !== undefined && [...body].length > limit,
    ...(mailto ? { mailto } : {}),
    mailtoTooLong: mailto !== undefined && mailto.length > MAILTO_MAX,
    ...(input.channel === 'letter' ? { recipient: v.recipient } : {}),
  };
}

export function mailtoUrl(subject: string, body: string, to = SUPPORT_EMAIL): string {
  // Line breaks as CRLF, as RFC 6068 asks for in a mailto body.
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}

/** The missing-field marks a text still contains (the shopper may have edited the draft). */
export function missingMarks(text: string, language: DraftLanguage): FieldKey[] {
  const t = TEMPLATES[language];
  return (Object.keys(t.fieldNames) as FieldKey[]).filter((k) =>
    text.includes(t.missing.replace('{field}', t.fieldNames[k])),
  );
}
