// The shapes the extension stores and passes around. Plain data only (JSON-safe),
// so it can cross message boundaries and be exported/imported as a file.

export interface Money {
  /** Amount in the currency's minor unit (cents). */
  minor: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface OrderItem {
  title: string;
  quantity?: number;
  /** Kept as text only; never loaded by the extension. */
  imageUrl?: string;
  price?: Money;
  /** Wish's id of the product (24 hex), from the item's `/product/<id>` link or its label. */
  productId?: string;
}

/** Where a value could not be parsed: the text is kept and the field flagged, never guessed. */
export type OrderFlag = 'date-unparsed' | 'amount-unparsed' | 'estimate-unparsed' | 'number-unverified';

export interface Order {
  /** The order number as Wish shows it (24-hex id, or the short code the guide shows). */
  number: string;
  transactionId?: string;
  /** What `number` is: Wish's order id (the default, absent), or the transaction id when the
   *  page showed no order id (a detail page labelled "Transaction ID"). */
  idKind?: 'transaction';
  /** ISO date (YYYY-MM-DD) the order was placed. */
  placedAt?: string;
  placedText?: string;
  items: OrderItem[];
  amount?: Money;
  amountText?: string;
  /** Wish's backend state (PENDING, SHIPPED, DELIVERED, REFUNDED...). */
  status?: string;
  statusText?: string;
  /** Delivery estimate: ISO dates where parsed, the page's text always. */
  estimateFrom?: string;
  estimateTo?: string;
  estimateText?: string;
  /** The "Refund Eligible Date" (maximum delivery date), ISO. */
  refundEligibleDate?: string;
  tracking?: string;
  flags: OrderFlag[];
  source: 'page' | 'manual';
  /** The page the order was seen on. */
  url?: string;
  capturedAt: string;
  updatedAt: string;
}

export type ChannelId = 'site' | 'email' | 'social' | 'letter' | 'complaint';

export type ProblemId =
  | 'not-as-described'
  | 'never-delivered'
  | 'no-updates'
  | 'late'
  | 'wrong-item'
  | 'refund-missing'
  | 'payment-declined'
  | 'incorrect-charge'
  | 'account'
  | 'follow-up'
  | 'other';

export interface Contact {
  id: string;
  channel: ChannelId;
  /** ISO timestamp. */
  at: string;
  message: string;
  subject?: string;
  note?: string;
  /** How it left: sent through Wish's form, copied, opened in the mail client, printed. */
  via: 'sent' | 'copied' | 'mailto' | 'printed' | 'manual';
  /** The ticket or case number Wish (or a complaint body) gave for this contact, if any. */
  reference?: string;
}

export interface Case {
  id: string;
  orderNumber: string;
  problem: ProblemId;
  openedAt: string;
  contacts: Contact[];
  replyAt?: string;
  solvedAt?: string;
  /** ISO timestamp when the next follow-up is due; absent when none is pending. */
  followUpAt?: string;
  /** Days to wait before a follow-up (3 by default, the guide's advice for email). */
  followUpDays: number;
  /** A reminder already shown for the current followUpAt. */
  notified?: boolean;
  payment?: PaymentMethod;
  paidAt?: string;
  statementAt?: string;
  /** ISO date the item reached the shopper (typed by them): a delivered item's 30 days run from it. */
  deliveredAt?: string;
  /** ISO date the shopper opened a PayPal dispute (typed by them): the 20 days to escalate run from it. */
  disputeOpenedAt?: string;
}

export type PaymentMethod = 'card' | 'paypal' | 'other';
export type Country = 'US' | 'UK' | 'EU' | 'other';

export interface Profile {
  name: string;
  accountNumber: string;
  email: string;
  postalAddress: string;
  country: Country;
}

export type UiLanguage = 'auto' | 'en' | 'el';
export type DraftLanguage = 'en' | 'el';

export interface Settings {
  language: UiLanguage;
  defaultChannel: ChannelId;
  launcher: boolean;
  followUpDays: number;
}

export interface Draft {
  orderNumber: string;
  problem: ProblemId;
  channel: ChannelId;
  language: DraftLanguage;
  subject: string;
  body: string;
  /** The text as generated, so the popup knows if the shopper edited it. */
  generated: string;
  /** Values the shopper filled in place for fields the order lacked. */
  fills: Record<string, string>;
  recipient?: string;
  updatedAt: string;
}

export type TourRoute = 'account-menu' | 'order';

export interface TourState {
  active: boolean;
  stepId: string;
  route: TourRoute;
  problem: ProblemId;
  orderNumber?: string;
  startedAt: string;
  updatedAt: string;
}

/** Where the shopper showed the guide a step's element ("Show me where it is"): a
 *  fingerprint of it, kept locally and tried first from then on (src/content/guide/corrections.ts). */
export interface Correction {
  step: string;
  role: string;
  /** The accessible name, normalised and cut short. */
  name: string;
  /** Stable attributes: data-testid, name, aria-haspopup, type; never a generated class. */
  attributes: Record<string, string>;
  /** Landmarks from the element up (header > nav), for the maintainers' report. */
  path: string;
  at: string;
}

export interface Diagnostic {
  at: string;
  stepId: string;
  url: string;
  message: string;
}
