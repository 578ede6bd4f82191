// The one writer of stored data. Every change goes through `update`, which runs changes one at
// a time (two tabs capturing at once lose nothing) on a validated copy of the data.
import browser from 'webextension-polyfill';
import { load, type Rejected } from '../store/migrate';
import { QUARANTINE_PREFIX, STORAGE_KEY, type StoreData } from '../store/schema';

export class Store {
  private queue: Promise<unknown> = Promise.resolve();
  private cache: StoreData | undefined;

  /** The current data (validated and migrated on first read). */
  read(): Promise<StoreData> {
    return this.enqueue(async () => structuredClone(await this.current()));
  }

  /** Reads part of the data without copying all of it (`pick` must not change what it gets). */
  select<T>(pick: (data: Readonly<StoreData>) => T): Promise<T> {
    return this.enqueue(async () => pick(await this.current()));
  }

  /** Applies `change` to the data and saves it; returns what `change` returns. */
  update<T>(change: (data: StoreData) => T | Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const data = structuredClone(await this.current());
      const result = await change(data);
      await browser.storage.local.set({ [STORAGE_KEY]: data });
      this.cache = data;
      return result;
    });
  }

  /** Replaces everything (import, clear). */
  replace(data: StoreData): Promise<void> {
    return this.update((current) => {
      Object.assign(current, data);
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async current(): Promise<StoreData> {
    if (this.cache) return this.cache;
    const raw = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
    const { data, rejected, migratedFrom } = load(raw);
    if (rejected.length) await quarantine(rejected);
    if (rejected.length || migratedFrom !== undefined)
      await browser.storage.local.set({ [STORAGE_KEY]: data });
    this.cache = data;
    return data;
  }

  /** Forgets the cached copy when storage holds something this store did not write. */
  invalidateUnlessMine(stored: unknown): void {
    if (this.cache && JSON.stringify(stored) !== JSON.stringify(this.cache)) this.cache = undefined;
  }
}

/** Keeps what failed validation under its own key: set aside, never deleted. */
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
