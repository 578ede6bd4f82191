// The stored data: one object under one storage key, with a schema version. Only the
// background worker writes it (src/background/store.ts); everything here is pure.
import type {
  Case,
  ChannelId,
  Diagnostic,
  Draft,
  DraftLanguage,
  Order,
  ProblemId,
  Profile,
  Settings,
  TourState,
  Correction,
} from '../model/types';

export const SCHEMA_VERSION = 2;
export const STORAGE_KEY = 'wsg:data';
export const QUARANTINE_PREFIX = 'wsg:quarantine:';

/** What the popup's composer had selected, so it reopens where the shopper left it. */
export interface ComposerState {
  orderNumber: string;
  problem: ProblemId;
  channel: ChannelId;
  language: DraftLanguage;
}

export interface StoreData {
  schemaVersion: typeof SCHEMA_VERSION;
  orders: Record<string, Order>;
  cases: Record<string, Case>;
  profile: Profile;
  settings: Settings;
  composer: ComposerState | null;
  /** Drafts by `draftKey(order, problem, channel)`. */
  drafts: Record<string, Draft>;
  tour: TourState | null;
  diagnostics: Diagnostic[];
  /** What the shopper taught the guide, per step (newest first). */
  corrections: Correction[];
}

export const MAX_DIAGNOSTICS = 20;

export function defaultData(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    orders: {},
    cases: {},
    profile: { name: '', accountNumber: '', email: '', postalAddress: '', country: 'other' },
    settings: { language: 'auto', defaultChannel: 'site', launcher: true, followUpDays: 3 },
    composer: null,
    drafts: {},
    tour: null,
    diagnostics: [],
    corrections: [],
  };
}

export function draftKey(orderNumber: string, problem: ProblemId, channel: ChannelId): string {
  return `${orderNumber || '-'}|${problem}|${channel}`;
}

export function caseId(orderNumber: string, problem: ProblemId): string {
  return `${orderNumber || '-'}|${problem}`;
}
