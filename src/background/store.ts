// The one writer of stored data. Each item (orders, cases, drafts...) has its own storage key;
// a change names the items it touches and only those are read, copied, checked and written.
// Changes run one at a time (two tabs capturing at once lose nothing). Every write passes the
// same `parse` as every load, so what is written survives a restart; a write that would not is
// refused with its reason, and so is one the browser refuses for quota.
import browser from 'webextension-polyfill';
import {
  DATA_NAMES,
  ITEM_KEYS,
  ITEMS,
  unwrap,
  wrap,
  type Item,
  type ItemName,
  type Items,
} from '../store/items';
import { load, type Rejected } from '../store/migrate';
import { buildIndex, inStep, sameIndex, type OrderIndex } from '../store/order-index';
import type { Order } from '../model/types';
import { QUARANTINE_PREFIX, SCHEMA_VERSION, STORAGE_KEY } from '../store/schema';

export type RefusalKind = 'invalid' | 'quota' | 'newer';

export class WriteRefused extends Error {
  constructor(
    readonly item: ItemName,
    readonly kind: RefusalKind,
    readonly reason: string,
  ) {
    super(`${item} not saved: ${reason}`);
  }
}

export interface Refusal {
  item: ItemName;
  kind: RefusalKind;
  reason: string;
  at: string;
}

type Part<K extends ItemName> = Pick<Items, K>;

/** Items whose values are records of whole entries that changes replace, never edit in place:
 *  a shallow copy is enough (copying 5,000 orders deeply for one change is what made it slow). */
const SHALLOW = new Set<ItemName>(['orders', 'cases', 'drafts']);

/** True when a change left the item as it was (nothing to check or write). */
function unchanged(name: ItemName, before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (SHALLOW.has(name)) {
    const a = before as Record<string, unknown>;
    const b = after as Record<string, unknown>;
    const keys = Object.keys(b);
    return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
  }
  return JSON.stringify(before) === JSON.stringify(after);
}

export class Store {
  private queue: Promise<unknown> = Promise.resolve();
  private cache = new Map<ItemName, unknown>();
  /** Items a newer version of the extension wrote: kept on disk as they are, not written. */
  private newer = new Map<ItemName, number>();
  private ready: Promise<void> | undefined;
  /** The stored index failed validation: rewrite it even when its valid part matches. */
  private indexDamaged = false;
  private listeners = new Set<(name: ItemName, value: unknown) => void>();
  /** The last write refused (shown on the options page); cleared by the next write that passes. */
  lastRefusal: Refusal | undefined;
  /** What the last update cost: this code's own work, and the browser's storage write (ms). */
  lastCost = { work: 0, write: 0 };

  /** Calls `listener` after each item this store wrote. */
  onWritten(listener: (name: ItemName, value: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One item, validated (read-only: never change what you get). */
  get<K extends ItemName>(name: K): Promise<Readonly<Items[K]>> {
    return this.enqueue(() => this.current(name));
  }

  /** Several items at once, for `pick` to choose from (read-only). */
  select<K extends ItemName, T>(names: readonly K[], pick: (data: Readonly<Part<K>>) => T): Promise<T> {
    return this.enqueue(async () => pick(await this.part(names)));
  }

  /**
   * Like `select`, but from the last written values without waiting behind queued writes when
   * every named item is in memory: the popup opening must not wait for a capture's storage write.
   */
  peek<K extends ItemName, T>(names: readonly K[], pick: (data: Readonly<Part<K>>) => T): Promise<T> {
    if (!names.every((n) => this.cache.has(n))) return this.select(names, pick);
    const out = {} as Part<K>;
    for (const name of names) out[name] = this.cache.get(name) as Part<K>[K];
    return Promise.resolve(pick(out));
  }

  /** Applies `change` to copies of the named items, checks them, and saves them. */
  update<K extends ItemName, T>(names: readonly K[], change: (data: Part<K>) => T | Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const started = performance.now();
      let write = 0;
      const before = await this.part(names);
      const data = {} as Part<K>;
      for (const name of names) {
        const value = before[name];
        data[name] = (SHALLOW.has(name) ? { ...(value as object) } : structuredClone(value)) as Part<K>[K];
      }
      const result = await change(data);
      const writes: Record<string, unknown> = {};
      const written: Array<[ItemName, unknown]> = [];
      for (const name of names) {
        if (unchanged(name, before[name], data[name])) continue;
        const version = this.newer.get(name);
        if (version !== undefined)
          this.refuse(
            name,
            'newer',
            `stored by a newer version of the extension (item version ${version}); this version leaves it as it is`,
          );
        const item = ITEMS[name] as unknown as Item<K>;
        const { value, rejected } = item.parse(data[name], before[name]);
        if (rejected.length)
          this.refuse(
            name,
            'invalid',
            rejected
              .slice(0, 3)
              .map((r) => `${r.path}: ${r.reason}`)
              .join('; '),
          );
        writes[item.key] = wrap(name, value);
        written.push([name, value]);
        // The orders index changes with the orders, in the same write; a change to an order
        // older than the newest it lists leaves it as it was, and unwritten.
        if (name === 'orders' && !this.newer.has('orderIndex')) {
          const previous = this.cache.get('orderIndex') as OrderIndex | undefined;
          const built = buildIndex(value as Items['orders']);
          if (!previous || !sameIndex(built, previous)) {
            const index = ITEMS.orderIndex.parse(built, previous);
            if (index.rejected.length) this.refuse('orderIndex', 'invalid', index.rejected[0]!.reason);
            writes[ITEMS.orderIndex.key] = wrap('orderIndex', index.value);
            written.push(['orderIndex', index.value]);
          }
        }
      }
      if (written.length) {
        const writeStarted = performance.now();
        try {
          await browser.storage.local.set(writes);
          write = performance.now() - writeStarted;
        } catch (error) {
          const message = (error as Error)?.message ?? String(error);
          const quota = /quota/i.test(message);
          this.refuse(
            written[0]![0],
            quota ? 'quota' : 'invalid',
            quota ? 'the browser storage is full' : message,
          );
        }
        for (const [name, value] of written) this.cache.set(name, value);
        this.lastRefusal = undefined;
        for (const [name, value] of written) for (const l of this.listeners) l(name, value);
      }
      this.lastCost = { work: performance.now() - started - write, write };
      return result;
    });
  }

  /** Replaces every item (clear); `names` limits it. */
  replace(data: Partial<Items>): Promise<void> {
    const names = Object.keys(data) as ItemName[];
    return this.update(names, (d) => {
      Object.assign(d, data);
    });
  }

  /** Forgets the cached copy of an item that another context changed in storage. */
  invalidate(name: ItemName, stored: unknown): boolean {
    if (!this.cache.has(name)) return false;
    const mine = this.cache.get(name);
    const theirs = stored === undefined ? undefined : (stored as { value?: unknown })?.value;
    if (JSON.stringify(theirs) === JSON.stringify(mine)) return false;
    this.cache.delete(name);
    this.newer.delete(name);
    return true;
  }

  private refuse(item: ItemName, kind: RefusalKind, reason: string): never {
    this.lastRefusal = { item, kind, reason, at: new Date().toISOString() };
    console.warn(`[Wish support] ${item} not saved (${kind}): ${reason}`);
    throw new WriteRefused(item, kind, reason);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async part<K extends ItemName>(names: readonly K[]): Promise<Part<K>> {
    const missing = names.filter((n) => !this.cache.has(n));
    if (missing.length) await this.loadItems(missing);
    const out = {} as Part<K>;
    for (const name of names) out[name] = this.cache.get(name) as Part<K>[K];
    return out;
  }

  private async current<K extends ItemName>(name: K): Promise<Items[K]> {
    return (await this.part([name]))[name];
  }

  private async loadItems(names: readonly ItemName[]): Promise<void> {
    this.ready ??= migrateLegacy();
    await this.ready;
    const raw = await browser.storage.local.get(names.map((n) => ITEMS[n].key));
    const rejected: Rejected[] = [];
    const repaired: Record<string, unknown> = {};
    for (const name of names) {
      const key = ITEMS[name].key;
      const read = unwrap(name, raw[key]);
      this.cache.set(name, read.value);
      if (read.state === 'newer') {
        this.newer.set(name, read.version);
        console.warn(`[Wish support] ${key} was written by a newer version: kept as it is, not used`);
        continue;
      }
      // The index is made from the orders: a damaged one is rebuilt, not set aside.
      if (read.rejected.length && name === 'orderIndex') {
        this.cache.set(name, ITEMS.orderIndex.fallback());
        this.indexDamaged = true;
        continue;
      }
      if (read.rejected.length) {
        rejected.push(...read.rejected);
        repaired[key] = wrap(name, read.value);
      }
    }
    if (rejected.length) {
      await quarantine(rejected);
      await browser.storage.local
        .set(repaired)
        .catch((e) => console.error('[Wish support] repair failed', e));
    }
    if (names.includes('orders')) await this.syncIndex();
  }

  /**
   * Makes the stored orders index match the orders (read just now): written when it is
   * missing, set aside, out of step (orders written by an older version, or by hand), and left
   * alone when a newer version wrote it.
   */
  private async syncIndex(): Promise<void> {
    if (!this.cache.has('orderIndex')) await this.loadItems(['orderIndex']);
    if (this.newer.has('orderIndex')) return;
    const orders = this.cache.get('orders') as Record<string, Order>;
    const index = this.cache.get('orderIndex') as OrderIndex;
    if (!this.indexDamaged && inStep(index, orders)) return;
    this.indexDamaged = false;
    const rebuilt = buildIndex(orders);
    this.cache.set('orderIndex', rebuilt);
    await browser.storage.local
      .set({ [ITEMS.orderIndex.key]: wrap('orderIndex', rebuilt) })
      .catch((e) => console.error('[Wish support] the orders index was not written', e));
    for (const l of this.listeners) l('orderIndex', rebuilt);
  }

  /** At start: an index that is missing or unreadable is rebuilt from the orders (an update
   *  from a version without it, or a damaged one); a readable one costs one small read. */
  checkIndex(): Promise<void> {
    return this.enqueue(async () => {
      const key = ITEMS.orderIndex.key;
      const raw = (await browser.storage.local.get(key))[key];
      const read = unwrap('orderIndex', raw);
      if (raw !== undefined && read.state === 'ok' && !read.rejected.length) return;
      if (read.state === 'newer') return;
      await this.resync();
    });
  }

  /** Reads the orders and the index again and makes the index match (after another context
   *  changed either in storage). */
  resyncIndex(): Promise<void> {
    return this.enqueue(() => this.resync());
  }

  private async resync(): Promise<void> {
    this.cache.delete('orderIndex');
    this.newer.delete('orderIndex');
    if (this.cache.has('orders')) await this.syncIndex();
    else await this.part(['orders']);
  }
}

/**
 * Moves data from the single key of schema version 2 and earlier into the items. What fails
 * validation is set aside; a blob of a newer schema is left where it is (a newer version's).
 */
export async function migrateLegacy(): Promise<void> {
  const raw = (await browser.storage.local.get([STORAGE_KEY, ...ITEM_KEYS])) as Record<string, unknown>;
  const legacy = raw[STORAGE_KEY] as { schemaVersion?: unknown } | undefined;
  if (legacy === undefined) return;
  if (typeof legacy?.schemaVersion === 'number' && legacy.schemaVersion > SCHEMA_VERSION) {
    console.warn(`[Wish support] ${STORAGE_KEY} has schema ${legacy.schemaVersion}: left untouched`);
    return;
  }
  const { data, rejected } = load(legacy);
  if (rejected.length) await quarantine(rejected);
  const writes: Record<string, unknown> = {};
  // An item already stored separately is newer than the blob: it wins.
  for (const name of DATA_NAMES)
    if (raw[ITEMS[name].key] === undefined) writes[ITEMS[name].key] = wrap(name, data[name]);
  await browser.storage.local.set(writes);
  await browser.storage.local.remove(STORAGE_KEY);
}

/** Keeps what failed validation under its own key: set aside, never deleted silently. */
async function quarantine(rejected: Rejected[]): Promise<void> {
  const key = `${QUARANTINE_PREFIX}${new Date().toISOString()}`;
  console.warn(
    `[Wish support] ${rejected.length} stored part(s) failed validation and were moved to ${key}`,
    rejected.map((r) => `${r.path}: ${r.reason}`),
  );
  try {
    await browser.storage.local.set({ [key]: JSON.parse(JSON.stringify(rejected)) });
  } catch (error) {
    console.error('[Wish support] could not keep the rejected data aside', error);
  }
}

export async function quarantinedKeys(): Promise<string[]> {
  const all = await browser.storage.local.get(null);
  return Object.keys(all).filter((k) => k.startsWith(QUARANTINE_PREFIX));
}
