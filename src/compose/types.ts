import type { ProblemId } from '../model/types';

/** Values a draft is filled with. Each may be missing; the draft then says so. */
export type FieldKey =
  | 'orderNumber'
  | 'orderDate'
  | 'daysSince'
  | 'items'
  | 'amount'
  | 'status'
  | 'estimate'
  | 'tracking'
  | 'name'
  | 'account'
  | 'email'
  | 'address'
  | 'today'
  | 'daysWaited'
  | 'firstContactDate'
  | 'firstContactChannel'
  | 'contactCount'
  | 'contactHistory'
  | 'recipient';

export interface ProblemText {
  /** Name in the picker. */
  label: string;
  /** A few words for a subject line. */
  summary: string;
  /** What happened, as the shopper would say it. */
  what: string;
  /** What the shopper asks for. */
  want: string;
  /** One sentence for a short social message. */
  short: string;
}

export interface TemplateLanguage {
  lang: 'en' | 'el';
  problems: Record<ProblemId, ProblemText>;
  /** Frames per channel; `{what}`, `{want}`, `{facts}` are the problem's parts. */
  site: string;
  email: string;
  emailSubject: string;
  social: string;
  letter: string;
  complaint: string;
  /** Lines of the order block; a line whose field is missing is shown with the missing mark. */
  facts: Array<[FieldKey, string]>;
  /** Shown in place of a missing value: `{field}` is the field's name. */
  missing: string;
  fieldNames: Record<FieldKey, string>;
  channelNames: Record<'site' | 'email' | 'social' | 'letter' | 'complaint', string>;
  noContacts: string;
  dateLocale: string;
}
