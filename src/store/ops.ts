// The changes the background makes to stored data, as pure functions on the items they touch.
// What comes from a page or a form is cut to the caps here (on character boundaries) and
// only known fields are kept; the store then checks the result with the load-time validator.
import { markReply, markSolved, openCase, recordContact, reopen, setFollowUpDays } from '../cases/followup';
import type { Case, Contact, Order, ProblemId } from '../model/types';
import type { CaptureResult, ContactInput } from '../messaging/protocol';
import type { CapturedOrder } from '../wish/order-page';
import { checkOrderNumber, OrderKeys } from '../wish/order-number';
import { changed, mergeOrder } from './merge';
import { load } from './migrate';
import { caseId, defaultData, SCHEMA_VERSION, type StoreData } from './schema';
import { clean, repairStrings } from './text';
import { CAPS, isCapturedOrder, isObject } from './validate';

export const MAX_ORDERS = CAPS.orders;

const ORDER_TEXT: Record<string, number> = {
  transactionId: 40,
  placedText: 200,
  amountText: 200,
  status: 40,
  statusText: 200,
  estimateText: 200,
  tracking: 60,
};
const ORDER_KEEP = [
  'number',
  'transactionId',
  'placedAt',
  'placedText',
  'items',
  'amount',
  'amountText',
  'status',
  'statusText',
  'estimateFrom',
  'estimateTo',
  'estimateText',
  'refundEligibleDate',
  'tracking',
  'flags',
  'idKind',
] as const;

/** The known fields of a reported order, with texts cut to their caps; null when invalid. */
export function normalizeCaptured(raw: unknown): CapturedOrder | null {
  if (!isObject(raw)) return null;
  const v = repairStrings(raw);
  const out: Record<string, unknown> = {};
  for (const key of ORDER_KEEP) if (v[key] !== undefined) out[key] = v[key];
  for (const [key, max] of Object.entries(ORDER_TEXT))
    if (typeof out[key] === 'string') out[key] = clean(out[key] as string, max);
  if (Array.isArray(out.items)) {
    out.items = out.items.slice(0, CAPS.itemsPerOrder).map((item: unknown) => {
      if (!isObject(item)) return item;
      const copy: Record<string, unknown> = { ...item };
      if (typeof copy.title === 'string') copy.title = clean(copy.title, CAPS.title);
      if (typeof copy.imageUrl === 'string' && copy.imageUrl.length > 1000) delete copy.imageUrl;
      return copy;
    });
  }
  return isCapturedOrder(out) ? out : null;
}

export function applyCapture(
  data: Pick<StoreData, 'orders'>,
  orders: unknown[],
  meta: { source: Order['source']; url?: string; now: Date },
): CaptureResult {
  const result: CaptureResult = { added: 0, updated: 0, rejected: 0 };
  const now = meta.now.toISOString();
  // A page URL longer than the cap is not kept (a cut URL points nowhere).
  const url = meta.url && meta.url.length <= CAPS.url ? meta.url : undefined;
  // An order seen on the list (its order id) and on its detail page (only its transaction id)
  // is one order: the keys tell which stored record a reading belongs to.
  const keys = new OrderKeys(Object.values(data.orders));
  const inCase = new Set(
    Object.values((data as Partial<Pick<StoreData, 'cases'>>).cases ?? {}).map((c) => c.orderNumber),
  );
  for (const raw of orders) {
    const incoming = normalizeCaptured(raw);
    if (!incoming) {
      result.rejected++;
      continue;
    }
    const check = checkOrderNumber(incoming.number, meta.now.getTime());
    // A page's number must be a real order number; a manual one may be kept anyway, flagged.
    if (!check.ok && meta.source === 'page') {
      result.rejected++;
      continue;
    }
    const read = check.ok ? check.value : incoming.number.trim();
    const { key: number, absorb } = keys.keyFor({ ...incoming, number: read });
    // A transaction-only record of the same order folds into this one, unless a case names it.
    const absorbed = absorb && absorb !== number && !inCase.has(absorb) ? data.orders[absorb] : undefined;
    const { idKind, ...fields } = incoming;
    const order: CapturedOrder = {
      ...fields,
      // Read by its transaction id, joined to the order it belongs to: kept as that order.
      ...(number !== read ? { transactionId: read } : idKind ? { idKind } : {}),
      number,
      flags: check.ok ? incoming.flags : [...new Set([...incoming.flags, 'number-unverified' as const])],
    };
    let before = data.orders[number];
    if (absorbed && absorb) {
      const { idKind: _kind, ...rest } = absorbed;
      void _kind;
      before = before ? before : { ...rest, number };
      delete data.orders[absorb];
      keys.remove(absorb);
    }
    if (!before && Object.keys(data.orders).length >= MAX_ORDERS) {
      result.rejected++;
      continue;
    }
    const after = mergeOrder(before, order, {
      source: meta.source,
      ...(url ? { url } : {}),
      now,
    });
    if (!absorbed && !changed(before, after)) continue;
    data.orders[number] = after;
    keys.add(after);
    if (before) result.updated++;
    else result.added++;
  }
  return result;
}

/** The case a contact belongs to: a follow-up joins the order's latest open case. */
export function caseFor(
  data: Pick<StoreData, 'cases'>,
  orderNumber: string,
  problem: ProblemId,
): Case | undefined {
  if (problem === 'follow-up') {
    const open = Object.values(data.cases)
      .filter((c) => c.orderNumber === orderNumber && !c.solvedAt)
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    if (open[0]) return open[0];
  }
  return data.cases[caseId(orderNumber, problem)];
}

export class Refused extends Error {}

export function applyContact(
  data: Pick<StoreData, 'cases' | 'settings'>,
  input: ContactInput,
  now: Date,
  id: string,
): Case {
  const existing = caseFor(data, input.orderNumber, input.problem);
  if (!existing && Object.keys(data.cases).length >= CAPS.cases)
    throw new Refused(`at most ${CAPS.cases} cases are kept: delete solved ones first`);
  if (existing && existing.contacts.length >= CAPS.contactsPerCase)
    throw new Refused(`this case already has ${CAPS.contactsPerCase} contacts, the most kept for one case`);
  const c = existing ?? openCase(input.orderNumber, input.problem, now, data.settings.followUpDays);
  const at =
    input.contact.at && !Number.isNaN(Date.parse(input.contact.at))
      ? new Date(input.contact.at).toISOString()
      : now.toISOString();
  const { channel, via, message, subject, note } = input.contact;
  const contact: Contact = {
    id,
    at,
    channel,
    via,
    message: clean(String(message ?? ''), CAPS.text),
    ...(typeof subject === 'string' ? { subject: clean(subject, CAPS.subject) } : {}),
    ...(typeof note === 'string' ? { note: clean(note, CAPS.note) } : {}),
  };
  const updated = recordContact(c, contact);
  data.cases[updated.id] = updated;
  return updated;
}

export function applyCaseAction(
  data: Pick<StoreData, 'cases'>,
  id: string,
  action: 'reply' | 'solved' | 'reopen' | 'note' | 'follow-up-days' | 'payment',
  now: Date,
  extra: {
    days?: number;
    note?: string;
    payment?: Case['payment'];
    paidAt?: string;
    statementAt?: string;
    deliveredAt?: string;
    disputeOpenedAt?: string;
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
    contacts[contacts.length - 1] = { ...contacts[contacts.length - 1]!, note: clean(extra.note, CAPS.note) };
    next = { ...c, contacts };
  } else if (action === 'payment') {
    next = { ...c };
    if (extra.payment) next.payment = extra.payment;
    if (extra.paidAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.paidAt)) next.paidAt = extra.paidAt;
    if (extra.statementAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.statementAt))
      next.statementAt = extra.statementAt;
    // The dates the deadlines count from (src/cases/deadlines.ts): the delivery of an item that
    // came wrong, and the day a PayPal dispute was opened.
    if (extra.deliveredAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.deliveredAt))
      next.deliveredAt = extra.deliveredAt;
    if (extra.disputeOpenedAt && /^\d{4}-\d{2}-\d{2}$/.test(extra.disputeOpenedAt))
      next.disputeOpenedAt = extra.disputeOpenedAt;
  }
  data.cases[id] = next;
  return next;
}

/** An agent answered on Wish's page: every pending reminder for the order stops. With no
 *  order known, nothing stops: a reply cannot be told apart for one order from another. */
export function applyAgentReply(
  data: Pick<StoreData, 'cases'>,
  orderNumber: string | undefined,
  now: Date,
): number {
  let stopped = 0;
  if (!orderNumber) return 0;
  for (const c of Object.values(data.cases)) {
    if (!c.followUpAt || c.solvedAt) continue;
    if (c.orderNumber !== orderNumber) continue;
    data.cases[c.id] = markReply(c, now);
    stopped++;
  }
  return stopped;
}

export const EXPORT_APP = 'wish-support-companion';

export function exportJson(data: StoreData, now: Date): string {
  return JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), ...data }, null, 2);
}

export type ImportSection = 'orders' | 'cases' | 'drafts' | 'profile' | 'settings';

export interface Imported {
  data: StoreData;
  /** The sections the file has: an import changes only these. */
  present: ImportSection[];
}

/** Reads an export. All or nothing: a file with any invalid part changes nothing. */
export function parseImport(json: string): { ok: true; imported: Imported } | { ok: false; error: string } {
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
  const version = rest.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      error: 'The file has no schema version: it cannot be read safely. Nothing was imported.',
    };
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `The file was made by a newer version of the extension (schema ${version}); update the extension to import it. Nothing was imported.`,
    };
  const { data, rejected } = load(rest);
  // The same caps as storing: a file cannot bring in more than the store keeps.
  const over: string[] = [];
  if (isObject(rest.orders) && Object.keys(rest.orders).length > CAPS.orders)
    over.push(`more than ${CAPS.orders} orders`);
  if (Array.isArray(rest.orders) && rest.orders.length > CAPS.orders)
    over.push(`more than ${CAPS.orders} orders`);
  if (isObject(rest.cases) && Object.keys(rest.cases).length > CAPS.cases)
    over.push(`more than ${CAPS.cases} cases`);
  if (isObject(rest.drafts) && Object.keys(rest.drafts).length > CAPS.drafts)
    over.push(`more than ${CAPS.drafts} drafts`);
  const problems = [...over, ...rejected.slice(0, 3).map((r) => `${r.path || 'the file'}: ${r.reason}`)];
  if (over.length || rejected.length) {
    return {
      ok: false,
      error: `The file has ${over.length + rejected.length} invalid part(s) (${problems.slice(0, 3).join('; ')}). Nothing was imported.`,
    };
  }
  const present = (['orders', 'cases', 'drafts', 'profile', 'settings'] as const).filter(
    (k) => rest[k] !== undefined,
  );
  return { ok: true, imported: { data, present } };
}

/** Import merges: orders by number, cases by id (the newer wins); profile and settings only
 *  when the file has them. The caller stores the result through the same checks as any write. */
export function mergeImport(
  current: Pick<StoreData, ImportSection>,
  { data: incoming, present }: Imported,
): Pick<StoreData, ImportSection> {
  const has = (k: ImportSection) => present.includes(k);
  const merged = {
    ...current,
    profile: has('profile') ? incoming.profile : current.profile,
    settings: has('settings') ? incoming.settings : current.settings,
  };
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
