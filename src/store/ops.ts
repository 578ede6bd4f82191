// The changes the background makes to stored data, as pure functions on StoreData.
import { markReply, markSolved, openCase, recordContact, reopen, setFollowUpDays } from '../cases/followup';
import type { Case, Contact, Order, ProblemId } from '../model/types';
import type { CaptureResult, ContactInput } from '../messaging/protocol';
import type { CapturedOrder } from '../wish/order-page';
import { checkOrderNumber } from '../wish/order-number';
import { changed, mergeOrder } from './merge';
import { load } from './migrate';
import { caseId, defaultData, type StoreData } from './schema';
import { isCapturedOrder } from './validate';

export const MAX_ORDERS = 5000;

export function applyCapture(
  data: StoreData,
  orders: unknown[],
  meta: { source: Order['source']; url?: string; now: Date },
): CaptureResult {
  const result: CaptureResult = { added: 0, updated: 0, rejected: 0 };
  const now = meta.now.toISOString();
  for (const incoming of orders) {
    if (!isCapturedOrder(incoming)) {
      result.rejected++;
      continue;
    }
    const check = checkOrderNumber(incoming.number, meta.now.getTime());
    // A page's number must be a real order number; a manual one may be kept anyway, flagged.
    if (!check.ok && meta.source === 'page') {
      result.rejected++;
      continue;
    }
    const number = check.ok ? check.value : incoming.number.trim();
    const order: CapturedOrder = {
      ...incoming,
      number,
      flags: check.ok ? incoming.flags : [...new Set([...incoming.flags, 'number-unverified' as const])],
    };
    const before = data.orders[number];
    if (!before && Object.keys(data.orders).length >= MAX_ORDERS) {
      result.rejected++;
      continue;
    }
    const after = mergeOrder(before, order, {
      source: meta.source,
      ...(meta.url ? { url: meta.url } : {}),
      now,
    });
    if (!changed(before, after)) continue;
    data.orders[number] = after;
    if (before) result.updated++;
    else result.added++;
  }
  return result;
}

/** The case a contact belongs to: a follow-up joins the order's latest open case. */
export function caseFor(data: StoreData, orderNumber: string, problem: ProblemId): Case | undefined {
  if (problem === 'follow-up') {
    const open = Object.values(data.cases)
      .filter((c) => c.orderNumber === orderNumber && !c.solvedAt)
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    if (open[0]) return open[0];
  }
  return data.cases[caseId(orderNumber, problem)];
}

export function applyContact(data: StoreData, input: ContactInput, now: Date, id: string): Case {
  const existing = caseFor(data, input.orderNumber, input.problem);
  const c = existing ?? openCase(input.orderNumber, input.problem, now, data.settings.followUpDays);
  const at =
    input.contact.at && !Number.isNaN(Date.parse(input.contact.at))
      ? new Date(input.contact.at).toISOString()
      : now.toISOString();
  const contact: Contact = { ...input.contact, id, at };
  const updated = recordContact(c, contact);
  data.cases[updated.id] = updated;
  return updated;
}

export function applyCaseAction(
  data: StoreData,
  id: string,
  action: 'reply' | 'solved' | 'reopen' | 'note' | 'follow-up-days' | 'payment',
  now: Date,
  extra: {
    days?: number;
    note?: string;
    payment?: Case['payment'];
    paidAt?: string;
    statementAt?: string;
  } = {},
): Case | null {
  const c = data.cases[id];
  if (!c) return null;
  let next: Case = c;
  if (action === 'reply') next = markReply(c, now);
  else if (action === 'solved') next = markSolved(c, now);
  else if (action === 'reopen') next = reopen(c);
  else if (action === 'follow-up-days' && extra.days !== undefined) next = setFollowUpDays(c, extra.days);
  else if (action === 'note' && extra.note !== undefined && c.contacts.length) {
    const contacts = [...c.contacts];
    contacts[contacts.length - 1] = { ...contacts[contacts.length - 1]!, note: extra.note.slice(0, 2000) };
    next = { ...c, contacts };
  } else if (action === 'payment') {
    next = { ...c };
    if (extra.payment) next.payment = extra.payment;
    if (extra.paidAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.paidAt)) next.paidAt = extra.paidAt;
    if (extra.statementAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.statementAt))
      next.statementAt = extra.statementAt;
  }
  data.cases[id] = next;
  return next;
}

/** An agent answered on Wish's page: every pending reminder for the order stops. */
export function applyAgentReply(data: StoreData, orderNumber: string | undefined, now: Date): number {
  let stopped = 0;
  for (const c of Object.values(data.cases)) {
    if (!c.followUpAt || c.solvedAt) continue;
    if (orderNumber && c.orderNumber !== orderNumber) continue;
    data.cases[c.id] = markReply(c, now);
    stopped++;
  }
  return stopped;
}

export const EXPORT_APP = 'wish-support-companion';

export function exportJson(data: StoreData, now: Date): string {
  return JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), ...data }, null, 2);
}

/** Reads an export. All or nothing: a file with any invalid part changes nothing. */
export function parseImport(json: string): { ok: true; data: StoreData } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${(error as Error).message}).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== EXPORT_APP) {
    return { ok: false, error: 'This file is not an export of Wish Support Companion.' };
  }
  const { app: _a, exportedAt: _e, ...rest } = raw as Record<string, unknown>;
  const { data, rejected } = load(rest);
  if (rejected.length) {
    const where = rejected
      .slice(0, 3)
      .map((r) => `${r.path || 'the file'}: ${r.reason}`)
      .join('; ');
    return {
      ok: false,
      error: `The file has ${rejected.length} invalid part(s) (${where}). Nothing was imported.`,
    };
  }
  return { ok: true, data };
}

/** Import merges: orders by number, cases by id (the newer wins), settings from the file. */
export function mergeImport(current: StoreData, incoming: StoreData): StoreData {
  const merged = { ...current, profile: incoming.profile, settings: incoming.settings };
  merged.orders = { ...current.orders };
  for (const [k, o] of Object.entries(incoming.orders)) {
    const mine = current.orders[k];
    merged.orders[k] = !mine || o.updatedAt >= mine.updatedAt ? o : mine;
  }
  merged.cases = { ...current.cases };
  for (const [k, c] of Object.entries(incoming.cases)) {
    const mine = current.cases[k];
    merged.cases[k] = !mine || c.contacts.length >= mine.contacts.length ? c : mine;
  }
  merged.drafts = { ...current.drafts, ...incoming.drafts };
  return merged;
}

export function cleared(): StoreData {
  return defaultData();
}
