// Writes a complete draft from an order, a problem, a channel and the shopper's details.
// Every placeholder becomes a value or a visible "missing" mark in the body (a raw {placeholder}
// never reaches the shopper, and nothing is silently dropped); a subject never carries a mark,
// it leaves the part out instead. `[[...]]` in a template is kept only when its fields are known.
import {
  COMPLAINT_URLS,
  GUIDE_LETTER_ADDRESS,
  MAILTO_MAX,
  SOCIAL_HANDLE,
  SUPPORT_EMAIL,
  type ComplaintBodyId,
} from '../guide/channels';
import type { Case, ChannelId, Country, DraftLanguage, Order, ProblemId, Profile } from '../model/types';
import { addDaysToDate, daysBetween, localDate } from '../cases/dates';
import { formatMoney, parseDate } from '../wish/parse';
import { el } from './el';
import { en } from './en';
import type { FieldKey, TemplateLanguage } from './types';

export type { FieldKey } from './types';

export const TEMPLATES: Readonly<Record<DraftLanguage, TemplateLanguage>> = { en, el };

/** Days the shopper gives Wish to act: two weeks (the guide's example), one for a follow-up. */
export const ASK_DAYS = 14;
export const FOLLOW_UP_ASK_DAYS = 7;

/** Fields without which a channel's message is not worth sending (the popup asks first).
 *  Email needs no account number: the subject falls back to the account's email. */
export const REQUIRED: Readonly<Record<ChannelId, readonly FieldKey[]>> = {
  site: ['orderNumber', 'orderDate'],
  email: ['orderNumber', 'name', 'email'],
  social: ['orderNumber'],
  letter: ['orderNumber', 'name', 'address'],
  complaint: ['orderNumber', 'orderDate'],
};

/** Length limits where a platform sets one (a direct message has none worth counting). */
export const LIMITS: Partial<Record<ChannelId, number>> = {};

export const COMPLAINT_BODIES: readonly ComplaintBodyId[] = ['bbb', 'resolver', 'ecc-greece'];

/** The body a complaint goes to unless the shopper picks another: Resolver in the UK, the BBB in
 *  the US, ECC Greece for a shopper writing in Greek elsewhere, the BBB otherwise (the guide). */
export function defaultComplaintBody(country: Country, language: DraftLanguage): ComplaintBodyId {
  if (country === 'UK') return 'resolver';
  if (country === 'US') return 'bbb';
  return language === 'el' ? 'ecc-greece' : 'bbb';
}

export function isComplaintBody(value: string | undefined): value is ComplaintBodyId {
  return !!value && (COMPLAINT_BODIES as readonly string[]).includes(value);
}

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
  /** A letter's recipient; for a complaint, the body's id. */
  recipient?: string;
  complaintBody?: ComplaintBodyId;
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
  /** A letter's recipient, or a complaint's body id. */
  recipient?: string;
  /** Social: a public post asking them to read the direct message, with no order details. */
  publicPost?: string;
  /** Complaint: the body and the page where its complaints start. */
  complaintBody?: ComplaintBodyId;
  complaintUrl?: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make: one per locale and style. */
function dateFormat(t: TemplateLanguage): Intl.DateTimeFormat {
  const key = `${t.dateLocale}|${t.dateStyle}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: t.dateStyle, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

/** An ISO date in the language's style ("Oct 15, 2026", "15 Οκτωβρίου 2026"). */
export function formatDate(iso: string, t: TemplateLanguage): string {
  return dateFormat(t).format(utc(iso));
}

/** A date range as the language writes it ("Oct 1 – 15, 2026", "1–15 Οκτωβρίου 2026"). */
function formatRange(from: string, to: string, t: TemplateLanguage): string {
  return dateFormat(t).formatRange(utc(from), utc(to));
}

export function fieldValues(input: ComposeInput, t: TemplateLanguage): Partial<Record<FieldKey, string>> {
  const { order, profile, now } = input;
  const c = input.case;
  const v: Partial<Record<FieldKey, string>> = {};
  const today = localDate(now);
  const number = order?.number ?? input.orderNumber;
  if (number) v.orderNumber = number;
  if (order?.placedAt) {
    v.orderDate = formatDate(order.placedAt, t);
    v.daysSince = t.days(daysBetween(order.placedAt, now));
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
      ? formatRange(order.estimateFrom, order.estimateTo, t)
      : formatDate(order.estimateTo, t);
  else if (order?.estimateText) v.estimate = order.estimateText;
  // Wish's "Refund Eligible Date" is the latest estimated delivery date; the estimate's end
  // stands in for it when the page did not show it.
  const latest = order?.refundEligibleDate ?? order?.estimateTo;
  if (latest) {
    v.refundEligibleDate = formatDate(latest, t);
    const past = daysBetween(latest, now);
    if (past > 0) v.daysPastEstimate = t.days(past);
  }
  if (order?.tracking) v.tracking = order.tracking;
  if (profile.name.trim()) v.name = profile.name.trim();
  if (profile.accountNumber.trim()) v.account = profile.accountNumber.trim();
  if (profile.email.trim()) v.email = profile.email.trim();
  if (profile.postalAddress.trim()) v.address = profile.postalAddress.trim();
  v.today = formatDate(today, t);
  const askDays = input.problem === 'follow-up' ? FOLLOW_UP_ASK_DAYS : ASK_DAYS;
  v.askBy = formatDate(addDaysToDate(today, askDays), t);
  const contacts = c?.contacts ?? [];
  const first = contacts[0];
  if (first) {
    v.firstContactDate = formatDate(localDate(first.at), t);
    v.firstContactChannel = t.channelNames[first.channel];
    v.daysWaited = t.days(daysBetween(first.at, now));
    if (first.reference) v.reference = first.reference;
  }
  const complaint = contacts.find((x) => x.channel === 'complaint');
  if (complaint) v.complaintDate = formatDate(localDate(complaint.at), t);
  if (complaint?.reference) v.complaintReference = complaint.reference;
  if (c?.replyAt && (!complaint || c.replyAt > complaint.at))
    v.replyDate = formatDate(localDate(c.replyAt), t);
  v.contactCount = String(contacts.length);
  v.contactHistory = contacts.length
    ? contacts
        .map((x) =>
          fill(
            t.contactLine,
            {
              date: formatDate(localDate(x.at), t),
              channel: t.channelNames[x.channel],
              reference: x.reference,
            },
            t,
            new Set(),
          ),
        )
        .join('\n')
    : t.noContacts;
  v.recipient = input.recipient?.trim() || GUIDE_LETTER_ADDRESS.join('\n');
  for (const [key, value] of Object.entries(input.fills ?? {}) as Array<[FieldKey, string]>)
    if (value?.trim()) v[key] = value.trim();
  // A date the shopper typed still gives the days since ordering.
  if (v.daysSince === undefined && input.fills?.orderDate) {
    const iso = parseDate(input.fills.orderDate, t.lang);
    if (iso) v.daysSince = t.days(daysBetween(iso, now));
  }
  return v;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const OPTIONAL = /\[\[([\s\S]*?)\]\]/g;

type Values = Record<string, string | undefined>;

function fill(template: string, values: Values, t: TemplateLanguage, missing: Set<FieldKey>): string {
  const kept = template.replace(OPTIONAL, (_, inner: string) =>
    [...inner.matchAll(PLACEHOLDER)].every((m) => values[m[1]!] !== undefined) ? inner : '',
  );
  return kept.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value !== undefined) return value;
    if (key in t.fieldNames) missing.add(key as FieldKey);
    const name = t.fieldNames[key as FieldKey] ?? key;
    return t.missing.replace('{field}', name);
  });
}

/** Blank parts leave no double spaces or empty paragraphs behind. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The guide's subject pattern (account - name - problem) plus the order number. A part whose
 *  value is unknown is left out: the account falls back to the account's email. */
function subjectLine(v: Values, summary: string, t: TemplateLanguage): string {
  const part = (template: string, key: string) =>
    v[key] ? template.replace(`{${key}}`, v[key]!) : undefined;
  return [
    part(t.subject.account, 'account') ?? part(t.subject.accountEmail, 'email'),
    v.name,
    summary,
    part(t.subject.order, 'orderNumber'),
  ]
    .filter(Boolean)
    .join(' - ');
}

export function compose(input: ComposeInput): Composed {
  const t = TEMPLATES[input.language];
  const followUp = input.problem === 'follow-up';
  // A follow-up restates the problem the case is about.
  const original: ProblemId = followUp
    ? input.case && input.case.problem !== 'follow-up'
      ? input.case.problem
      : 'other'
    : input.problem;
  const p = t.problems[original];
  const v: Values = fieldValues(input, t);
  // Wish's own name for the date, only where the page showed it.
  v.redLabel = input.order?.refundEligibleDate ? ' (Refund Eligible Date)' : '';
  const missing = new Set<FieldKey>();
  const f = (template: string, extra: Values = {}) => fill(template, { ...v, ...extra }, t, missing);

  const problemWhat = f(p.what);
  const what = followUp ? f(t.followUpWhat, { original: problemWhat }) : problemWhat;
  const goal = f(p.goal);
  const next = p.next || (followUp ? t.followUpNext : '');
  const summary = followUp ? t.subject.followUp.replace('{summary}', p.summary) : p.summary;
  const body =
    input.complaintBody ??
    (isComplaintBody(input.recipient) ? input.recipient : undefined) ??
    defaultComplaintBody(input.profile.country, input.language);
  const bodyText = t.bodies[body];
  const parts: Values = {
    what,
    original: problemWhat,
    goal,
    want: f(p.want),
    ask: f(p.ask ?? t.ask, { goal }),
    then: next ? f(t.then, { next }) : '',
    short: f(p.short),
    summary,
    handle: SOCIAL_HANDLE,
    deliveryFacts: p.delivery ? f(t.deliveryFacts) : '',
    waited: f(t.waited) + (p.delivery ? f(t.waitedEstimate) : ''),
    responsibility: p.delivery ? ` ${t.responsibility}` : '',
    to: bodyText.to,
    bodyShort: bodyText.short,
    bodyAsk: bodyText.ask,
    bodyUpdateAsk: bodyText.updateAsk,
    answer: v.replyDate ? f(t.updateAnswered) : t.updateSilent,
    // The BBB publishes complaints: the text carries no personal details, not even the name.
    signature: body === 'bbb' ? '' : (v.name ?? f('{name}')),
  };
  parts.facts = t.facts
    .map((line) => f(line))
    .filter((line) => line.trim())
    .join('\n');
  const frame = input.channel === 'complaint' && followUp ? t.complaintUpdate : t[input.channel];
  const text = tidy(f(frame, parts));
  const subject = input.channel === 'email' || input.channel === 'letter' ? subjectLine(v, summary, t) : '';
  const limit = LIMITS[input.channel];
  const mailto = input.channel === 'email' ? mailtoUrl(subject, text) : undefined;
  const list = [...missing];
  return {
    subject,
    body: text,
    missing: list,
    missingRequired: REQUIRED[input.channel].filter((k) => list.includes(k) || v[k] === undefined),
    ...(limit ? { limit } : {}),
    overLimit: limit !== undefined && [...text].length > limit,
    ...(mailto ? { mailto } : {}),
    mailtoTooLong: mailto !== undefined && mailto.length > MAILTO_MAX,
    ...(input.channel === 'letter' ? { recipient: v.recipient } : {}),
    ...(input.channel === 'social' ? { publicPost: tidy(f(t.publicPost, parts)) } : {}),
    ...(input.channel === 'complaint'
      ? { recipient: body, complaintBody: body, complaintUrl: COMPLAINT_URLS[body] }
      : {}),
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
