// Turns whatever storage (or an imported file) holds into the current StoreData.
// Older layouts are migrated step by step; parts that fail validation are set aside
// (returned as `rejected`, which the background keeps under a quarantine key), never dropped
// silently, and the rest goes on working.
import { defaultData, MAX_DIAGNOSTICS, SCHEMA_VERSION, type StoreData } from './schema';
import { isCase, isDraft, isObject, isOrder, isProfile, isSettings, isTour } from './validate';

export interface Rejected {
  path: string;
  reason: string;
  value: unknown;
}

export interface Loaded {
  data: StoreData;
  rejected: Rejected[];
  migratedFrom?: number;
}

type Raw = Record<string, unknown>;

/** Each step takes data of version N to N+1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 1 (the first development layout) kept orders as a list and had no cases.
  1: (raw) => {
    const orders: Raw = {};
    if (Array.isArray(raw.orders)) {
      for (const order of raw.orders)
        if (isObject(order) && typeof order.number === 'string') orders[order.number] = order;
    }
    return { ...raw, orders, cases: raw.cases ?? {}, schemaVersion: 2 };
  },
};

export function load(raw: unknown): Loaded {
  const rejected: Rejected[] = [];
  const data = defaultData();
  if (raw === undefined || raw === null) return { data, rejected };
  if (!isObject(raw)) {
    rejected.push({ path: '', reason: 'not an object', value: raw });
    return { data, rejected };
  }
  let current: Raw = raw;
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
  if (from > SCHEMA_VERSION) {
    // Written by a newer version of the extension: keep it aside, do not guess its meaning.
    rejected.push({ path: '', reason: `schema version ${from} is newer than ${SCHEMA_VERSION}`, value: raw });
    return { data, rejected };
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      rejected.push({ path: '', reason: `no migration from version ${v}`, value: raw });
      return { data, rejected };
    }
    try {
      current = step(current);
    } catch (error) {
      rejected.push({
        path: '',
        reason: `migration from ${v} failed: ${(error as Error).message}`,
        value: raw,
      });
      return { data, rejected };
    }
  }

  const section = <T>(name: string, value: unknown, valid: (v: unknown) => v is T, fallback: T): T => {
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    rejected.push({ path: name, reason: 'invalid', value });
    return fallback;
  };
  const record = <T>(
    name: string,
    value: unknown,
    valid: (v: unknown) => v is T,
    keyOf: (v: T) => string,
  ): Record<string, T> => {
    const out: Record<string, T> = {};
    if (value === undefined) return out;
    if (!isObject(value)) {
      rejected.push({ path: name, reason: 'not an object', value });
      return out;
    }
    for (const [key, item] of Object.entries(value)) {
      if (valid(item) && keyOf(item) === key) out[key] = item;
      else rejected.push({ path: `${name}.${key}`, reason: 'invalid', value: item });
    }
    return out;
  };

  data.orders = record('orders', current.orders, isOrder, (o) => o.number);
  data.cases = record('cases', current.cases, isCase, (c) => c.id);
  data.drafts = record('drafts', current.drafts, isDraft, (d) => draftKeyOf(d));
  data.profile = section('profile', current.profile, isProfile, data.profile);
  data.settings = section('settings', current.settings, isSettings, data.settings);
  data.tour = current.tour === null ? null : section('tour', current.tour, isTour, null);
  if (isObject(current.composer)) data.composer = current.composer as unknown as StoreData['composer'];
  if (Array.isArray(current.diagnostics)) {
    data.diagnostics = current.diagnostics
      .filter(isObject)
      .slice(-MAX_DIAGNOSTICS) as unknown as StoreData['diagnostics'];
  }
  return { data, rejected, ...(from !== SCHEMA_VERSION ? { migratedFrom: from } : {}) };
}

function draftKeyOf(d: { orderNumber: string; problem: string; channel: string }): string {
  return `${d.orderNumber || '-'}|${d.problem}|${d.channel}`;
}
