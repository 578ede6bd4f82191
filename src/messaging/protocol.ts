// Every message between the parts of the extension, typed in one place.
// Pages and content scripts ask; only the background worker writes stored data.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  Case,
  Contact,
  Country,
  Diagnostic,
  Draft,
  PaymentMethod,
  ProblemId,
  Profile,
  Settings,
  TourRoute,
  TourState,
  Correction,
  Order,
} from '../model/types';
import type { ComposerState, StoreData } from '../store/schema';
import type { OrderIndex, OrderSummary } from '../store/order-index';
import type { PageKind } from '../wish/pages';
import type { CapturedOrder } from '../wish/order-page';

export interface CaptureResult {
  added: number;
  updated: number;
  rejected: number;
}

export interface PageInfo {
  kind: PageKind;
  url: string;
  signedIn: boolean | null;
  ordersOnPage: string[];
  /** The order's own support button is on the page (Wish's route). */
  orderHelp: boolean;
  tourActive: boolean;
}

/** The parts of the content script injected on demand (src/content/parts.ts). */
export type ContentPart = 'guide' | 'capture';
export type PartReason = 'start' | 'resume' | 'insert' | 'capture';
export type UiLanguageCode = 'en' | 'el';
/** The launcher's words, in the shopper's UI language. */
export interface ContentUi {
  appName: string;
  launcherLabel: string;
  launcherDismiss: string;
}

export interface InsertResult {
  ok: boolean;
  /** Why not: no field on the page, or the shopper's own text is there and `replace` was not set. */
  reason?: 'no-field' | 'has-text' | 'rejected' | 'not-wish';
  existing?: string;
}

export interface ContactInput {
  orderNumber: string;
  problem: ProblemId;
  contact: Omit<Contact, 'id' | 'at'> & { at?: string };
}

/** What the options page shows about storage: sizes, and the last write refused. */
export interface StorageReport {
  /** Bytes per item and for the set-aside copies (estimated where the browser cannot say). */
  bytes: Record<string, number>;
  counts: { orders: number; cases: number; drafts: number; setAside: number };
  refusal?: { item: string; kind: 'invalid' | 'quota' | 'newer'; reason: string; at: string };
}

export interface ProtocolMap {
  // Background (the store)
  getState(): StoreData;
  captureOrders(data: { orders: CapturedOrder[]; url: string }): CaptureResult;
  addManualOrder(data: { order: CapturedOrder }): CaptureResult;
  deleteOrder(data: { number: string }): void;
  /** Changes only the fields given (a page's stale copy of the others is never written back). */
  saveProfile(data: Partial<Profile>): void;
  saveSettings(data: Partial<Settings>): void;
  saveComposer(data: ComposerState): void;
  saveDraft(data: { key: string; draft: Draft }): void;
  logContact(data: ContactInput): Case;
  updateCase(data: {
    id: string;
    action: 'reply' | 'solved' | 'reopen' | 'note' | 'follow-up-days' | 'payment';
    days?: number;
    note?: string;
    payment?: PaymentMethod;
    paidAt?: string;
    statementAt?: string;
    /** ISO dates the shopper enters for deadlines (stored on the case). */
    deliveredAt?: string;
    disputeOpenedAt?: string;
    country?: Country;
  }): Case | null;
  tourStart(data: { problem: ProblemId; orderNumber?: string; route: TourRoute; tabId?: number }): TourState;
  /** The tour moved on a step; `route` when signing in showed the order's own help. */
  tourStep(data: { stepId: string; route?: TourRoute }): TourState | null;
  tourStop(): void;
  getTour(): TourState | null;
  recordDiagnostic(data: Omit<Diagnostic, 'at'>): void;
  /** The shopper showed the guide where a step's element is (src/content/guide/corrections.ts). */
  saveCorrection(data: Correction): void;
  /** Deletes the corrections taught for a step (the options page). */
  deleteCorrection(data: { step: string; at: string }): void;
  exportData(): string;
  importData(data: {
    json: string;
  }): { ok: true; orders: number; cases: number } | { ok: false; error: string };
  clearData(): void;
  storageReport(): StorageReport;
  /** Deletes the copies set aside at load (what failed validation). */
  clearSetAside(): number;
  /** One order in full and its cases (the popup reads only the index of the others). */
  orderDetail(data: { number: string }): { order: Order | null; cases: Case[] };
  /** The orders index, made now if it was missing (the popup opened before the worker built it). */
  orderIndex(): OrderIndex;
  /** The stored orders a search names (all of them, not only the index's), newest first: the
   *  popup's "find an order". */
  findOrders(data: { query: string }): { orders: OrderSummary[]; total: number };
  /** Deletes the oldest diagnostics, or solved cases, to make room. */
  freeSpace(data: { what: 'diagnostics' | 'solved-cases' }): number;
  /** The content script saw a new message from an agent on Wish's support page. */
  agentReplied(data: { orderNumber?: string }): void;
  /** What a content script needs to know: the tour, the launcher setting, the shopper's name. */
  contentContext(): {
    tour: TourState | null;
    launcher: boolean;
    nameHint: string;
    problem: ProblemId | null;
    followUpDays: number;
    /** The draft for Wish's own form (channel `site`) of the tour's or the composer's order and
     *  problem, for "Insert my draft" on Wish's page; never another channel's draft. */
    draftText: string;
    pendingFollowUps: number;
    language: Settings['language'];
    /** What the shopper taught the guide on earlier visits. */
    corrections: Correction[];
    /** The launcher's words in the shopper's UI language (the always-on script carries no
     *  strings of its own). */
    ui: ContentUi;
  };
  /** A content script asks for a part that is not always on: the worker injects it into the
   *  asking tab's top frame (scripting.executeScript), the guide in the shopper's language
   *  unless the page has it in that language already (`have`). Why: `start` (the shopper's
   *  popup, command or launcher), `resume` (a stored active tour: refused without one),
   *  `insert` (the popup's "Insert"), `capture` (an order page). */
  loadPart(data: { part: ContentPart; why: PartReason; have?: UiLanguageCode }): {
    file: string;
    injected: boolean;
    lang?: UiLanguageCode;
  };

  // Content script (sent to a tab)
  pageInfo(): PageInfo;
  startGuide(data: { problem: ProblemId; orderNumber?: string }): { ok: boolean; route?: TourRoute };
  insertDraft(data: { text: string; replace?: boolean }): InsertResult;
  /** The background tells Wish tabs the tour changed (content scripts cannot read storage). */
  tourChanged(data: { tour: TourState | null }): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
