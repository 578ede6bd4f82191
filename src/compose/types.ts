import type { ComplaintBodyId } from '../guide/channels';
import type { ChannelId, ProblemId } from '../model/types';

/** Values a draft is filled with. Each may be missing; the draft then says so. */
export type FieldKey =
  | 'orderNumber'
  | 'orderDate'
  | 'daysSince'
  | 'items'
  | 'amount'
  | 'status'
  | 'estimate'
  | 'refundEligibleDate'
  | 'daysPastEstimate'
  | 'tracking'
  | 'name'
  | 'account'
  | 'email'
  | 'address'
  | 'today'
  | 'askBy'
  | 'daysWaited'
  | 'firstContactDate'
  | 'firstContactChannel'
  | 'reference'
  | 'contactCount'
  | 'contactHistory'
  | 'complaintDate'
  | 'complaintReference'
  | 'replyDate'
  | 'wishReply'
  | 'recipient';

export interface ProblemText {
  /** Name in the picker. */
  label: string;
  /** A few words for a subject line. */
  summary: string;
  /** What happened, as the shopper would say it. */
  what: string;
  /** The one thing asked for, as a request that fits the language's `ask` frame ("refund..."). */
  goal: string;
  /** The same as a noun phrase, for a complaint ("a full refund..."). */
  want: string;
  /** A frame of its own for the ask, where the date belongs elsewhere (`{goal}`, `{askBy}`). */
  ask?: string;
  /** What the shopper does next if it is not done by the date, fitting `then`; '' for nothing. */
  next: string;
  /** One clause for a direct message. */
  short: string;
  /** A problem with delivery: the estimate and the parcel's responsibility matter. */
  delivery?: boolean;
}

export interface BodyText {
  /** The salutation line of a complaint to this body. */
  to: string;
  /** Its short name inside a sentence. */
  short: string;
  /** What the shopper asks the body to do. */
  ask: string;
  /** What the shopper asks the body to do in an update (Wish's answer or silence). */
  updateAsk: string;
}

export interface TemplateLanguage {
  lang: 'en' | 'el';
  dateLocale: string;
  /** Greek prose wants the month's name in full ("9 Δεκεμβρίου 2026"). */
  dateStyle: 'medium' | 'long';
  problems: Record<ProblemId, ProblemText>;
  /** The ask with its date first, so the date cannot be read as part of the request. */
  ask: string;
  /** What happens next: `{next}`, `{askBy}`. */
  then: string;
  /** Used when a follow-up's problem has no `next` of its own. */
  followUpNext: string;
  /** The start of a follow-up, restating the first contact; `{original}` is the problem again. */
  followUpWhat: string;
  /** A delivery problem's reminder that the seller carries the parcel until the door (the guide). */
  responsibility: string;
  /** A delivery problem's dates and tracking, for a direct message (no facts block there). */
  deliveryFacts: string;
  /** How long the shopper has waited, counted from the order and the estimate. */
  waited: string;
  waitedEstimate: string;
  /** Frames per channel; `{what}`, `{ask}`, `{then}`, `{facts}` are the problem's parts.
   *  `[[...]]` is kept only when every field inside it has a value. */
  site: string;
  email: string;
  social: string;
  /** A public post that only asks them to read the direct message: no order details. */
  publicPost: string;
  letter: string;
  complaint: string;
  /** An update to a complaint already filed (the guide's last step). */
  complaintUpdate: string;
  updateSilent: string;
  updateAnswered: string;
  /** Subject parts, joined with " - " in the guide's order (account, name, problem, order). */
  subject: { account: string; accountEmail: string; order: string; followUp: string };
  facts: string[];
  contactLine: string;
  /** Shown in place of a missing value: `{field}` is the field's name. Never in a subject. */
  missing: string;
  fieldNames: Record<FieldKey, string>;
  channelNames: Record<ChannelId, string>;
  bodies: Record<ComplaintBodyId, BodyText>;
  noContacts: string;
  /** A number of days with its noun in the right form. */
  days: (n: number) => string;
}
