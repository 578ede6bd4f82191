// The stored data as typed items, one storage key each (webext-core / WXT style): a key, a
// default, a version and a validator, defined once here. The same `parse` checks what
// storage gives back at load and what the background is about to write: a write that would
// not survive a restart is refused before it is made.
import type {
  Case,
  Correction,
  Diagnostic,
  Draft,
  Order,
  Profile,
  Settings,
  TourState,
} from '../model/types';
import type { Rejected } from './migrate';
import { INDEX_SIZE, isSummary, MAX_TOTAL, type OrderIndex, type OrderSummary } from './order-index';
import { defaultData, type ComposerState, type StoreData } from './schema';
import { repairStrings } from './text';
import {
  CAPS,
  isCase,
  isComposer,
  isCorrection,
  isDiagnostic,
  isDraft,
  isObject,
  isOrder,
  isProfile,
  isSettings,
  isTour,
} from './validate';

/** The stored items: the data (what export and import carry), and the orders index, made from
 *  the orders by the store whenever they change (never exported, rebuilt when missing). */
export type Items = Omit<StoreData, 'schemaVersion'> & { orderIndex: OrderIndex };
export type ItemName = keyof Items;
/** The items that are the shopper's data (all but the derived index). */
export type DataName = Exclude<keyof StoreData, 'schemaVersion'>;

export interface Parsed<T> {
  value: T;
  rejected: Rejected[];
}

export interface Item<K extends ItemName> {
  name: K;
  key: string;
  /** The layout version of this item's value; a newer one on disk is kept, never overwritten. */
  version: number;
  fallback: () => Items[K];
  /**
   * The valid part of `raw` and what had to be set aside. With `previous` (a write), entries
   * that are the very same objects as before were checked when they were stored and are not
   * checked again: a keystroke or a capture costs what it changes, not what is stored.
   */
  parse: (raw: unknown, previous?: Items[K]) => Parsed<Items[K]>;
}

/** What storage holds under each item's key. */
export interface Envelope {
  v: number;
  value: unknown;
}

export const isEnvelope = (raw: unknown): raw is Envelope =>
  isObject(raw) && Number.isInteger(raw.v) && 'value' in raw;

function record<T>(
  name: string,
  valid: (v: unknown) => v is T,
  keyOf: (v: T) => string,
  max: number,
): (raw: unknown, previous?: Record<string, T>) => Parsed<Record<string, T>> {
  return (raw, previous) => {
    const rejected: Rejected[] = [];
    const value: Record<string, T> = {};
    if (raw === undefined) return { value, rejected };
    if (!isObject(raw)) return { value, rejected: [{ path: name, reason: 'not an object', value: raw }] };
    let count = 0;
    for (const [key, entry] of Object.entries(raw)) {
      if (previous && previous[key] === entry) {
        value[key] = entry as T;
        count++;
        continue;
      }
      const item = repairStrings(entry);
      if (!valid(item)) rejected.push({ path: `${name}.${key}`, reason: 'invalid', value: entry });
      else if (keyOf(item) !== key)
        rejected.push({ path: `${name}.${key}`, reason: 'stored under the wrong key', value: entry });
      else if (count >= max)
        rejected.push({ path: `${name}.${key}`, reason: `more than ${max}`, value: entry });
      else {
        value[key] = item;
        count++;
      }
    }
    return { value, rejected };
  };
}

function single<T>(
  name: string,
  valid: (v: unknown) => v is T,
  fallback: () => T,
): (raw: unknown) => Parsed<T> {
  return (raw) => {
    if (raw === undefined) return { value: fallback(), rejected: [] };
    const value = repairStrings(raw);
    if (valid(value)) return { value, rejected: [] };
    return { value: fallback(), rejected: [{ path: name, reason: 'invalid', value: raw }] };
  };
}

const nullable =
  <T>(valid: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || valid(v);

export const draftKeyOf = (d: Pick<Draft, 'orderNumber' | 'problem' | 'channel'>) =>
  `${d.orderNumber || '-'}|${d.problem}|${d.channel}`;

const defaults = defaultData();

export const ITEMS: { [K in ItemName]: Item<K> } = {
  orders: {
    name: 'orders',
    key: 'wsg:orders',
    version: 1,
    fallback: () => ({}),
    parse: record<Order>('orders', isOrder, (o) => o.number, CAPS.orders),
  },
  cases: {
    name: 'cases',
    key: 'wsg:cases',
    version: 1,
    fallback: () => ({}),
    parse: record<Case>('cases', isCase, (c) => c.id, CAPS.cases),
  },
  drafts: {
    name: 'drafts',
    key: 'wsg:drafts',
    version: 1,
    fallback: () => ({}),
    parse: record<Draft>('drafts', isDraft, draftKeyOf, CAPS.drafts),
  },
  composer: {
    name: 'composer',
    key: 'wsg:composer',
    version: 1,
    fallback: () => null,
    parse: single<ComposerState | null>('composer', nullable(isComposer), () => null),
  },
  tour: {
    name: 'tour',
    key: 'wsg:tour',
    version: 1,
    fallback: () => null,
    parse: single<TourState | null>('tour', nullable(isTour), () => null),
  },
  settings: {
    name: 'settings',
    key: 'wsg:settings',
    version: 1,
    fallback: () => ({ ...defaults.settings }),
    parse: single<Settings>('settings', isSettings, () => ({ ...defaults.settings })),
  },
  profile: {
    name: 'profile',
    key: 'wsg:profile',
    version: 1,
    fallback: () => ({ ...defaults.profile }),
    parse: single<Profile>('profile', isProfile, () => ({ ...defaults.profile })),
  },
  diagnostics: {
    name: 'diagnostics',
    key: 'wsg:diagnostics',
    version: 1,
    fallback: () => [],
    parse: (raw) => {
      if (raw === undefined) return { value: [], rejected: [] };
      if (!Array.isArray(raw))
        return { value: [], rejected: [{ path: 'diagnostics', reason: 'not a list', value: raw }] };
      const rejected: Rejected[] = [];
      const value: Diagnostic[] = [];
      for (const d of raw.slice(-CAPS.diagnostics)) {
        const r = repairStrings(d);
        if (isDiagnostic(r)) value.push(r);
        else rejected.push({ path: 'diagnostics', reason: 'invalid', value: d });
      }
      return { value, rejected };
    },
  },
  corrections: {
    name: 'corrections',
    key: 'wsg:corrections',
    version: 1,
    fallback: () => [],
    parse: (raw) => {
      if (raw === undefined) return { value: [], rejected: [] };
      if (!Array.isArray(raw))
        return { value: [], rejected: [{ path: 'corrections', reason: 'not a list', value: raw }] };
      const rejected: Rejected[] = [];
      const value: Correction[] = [];
      for (const c of raw.slice(0, CAPS.corrections)) {
        const r = repairStrings(c);
        if (isCorrection(r)) value.push(r);
        else rejected.push({ path: 'corrections', reason: 'invalid', value: c });
      }
      return { value, rejected };
    },
  },
  orderIndex: {
    name: 'orderIndex',
    key: 'wsg:order-index',
    // 2: the count and the newest INDEX_SIZE orders (1 listed every order).
    version: 2,
    fallback: () => ({ total: 0, newest: [] }),
    parse: (raw, previous) => {
      if (raw === undefined) return { value: { total: 0, newest: [] }, rejected: [] };
      if (!isObject(raw) || !Array.isArray(raw.newest))
        return {
          value: { total: 0, newest: [] },
          rejected: [{ path: 'orderIndex', reason: 'not an index', value: raw }],
        };
      // Entries the store made from orders it had checked are the same objects as before.
      const known = new Set<unknown>(previous?.newest);
      const seen = new Set<string>();
      const rejected: Rejected[] = [];
      const newest: OrderSummary[] = [];
      for (const entry of raw.newest as unknown[]) {
        if (!known.has(entry) && !isSummary(entry)) {
          rejected.push({ path: 'orderIndex', reason: 'invalid', value: entry });
          continue;
        }
        const s = entry as OrderSummary;
        if (seen.has(s.number))
          rejected.push({ path: `orderIndex.${s.number}`, reason: 'listed twice', value: s });
        else if (newest.length >= INDEX_SIZE)
          rejected.push({ path: `orderIndex.${s.number}`, reason: `more than ${INDEX_SIZE}`, value: s });
        else {
          seen.add(s.number);
          newest.push(s);
        }
      }
      const total = raw.total;
      if (!Number.isInteger(total) || (total as number) < newest.length || (total as number) > MAX_TOTAL) {
        rejected.push({ path: 'orderIndex.total', reason: 'not a count of the orders', value: total });
        return { value: { total: newest.length, newest }, rejected };
      }
      return { value: { total: total as number, newest }, rejected };
    },
  },
};

export const ITEM_NAMES = Object.keys(ITEMS) as ItemName[];
export const DATA_NAMES = ITEM_NAMES.filter((n): n is DataName => n !== 'orderIndex');
export const ITEM_KEYS = ITEM_NAMES.map((n) => ITEMS[n].key);

export function itemByKey(key: string): Item<ItemName> | undefined {
  return ITEM_NAMES.map((n) => ITEMS[n] as unknown as Item<ItemName>).find((i) => i.key === key);
}

export type Unwrapped<K extends ItemName> =
  | { state: 'ok'; value: Items[K]; rejected: Rejected[] }
  /** Written by a newer version of the extension: left as it is, shown as the default. */
  | { state: 'newer'; value: Items[K]; version: number };

/** Reads one item's stored envelope (the same in the worker and in extension pages). */
export function unwrap<K extends ItemName>(name: K, raw: unknown): Unwrapped<K> {
  const item = ITEMS[name] as unknown as Item<K>;
  if (raw === undefined) return { state: 'ok', value: item.fallback(), rejected: [] };
  if (!isEnvelope(raw))
    return {
      state: 'ok',
      value: item.fallback(),
      rejected: [{ path: name, reason: 'not an item envelope', value: raw }],
    };
  if (raw.v > item.version) return { state: 'newer', value: item.fallback(), version: raw.v };
  // (Per-item migrations go here when a version 2 of an item exists.)
  const { value, rejected } = item.parse(raw.value);
  return { state: 'ok', value, rejected };
}

export function wrap(name: ItemName, value: unknown): Envelope {
  return { v: ITEMS[name].version, value };
}
