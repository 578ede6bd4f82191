// A case's follow-up timeline, as the guide gives it: after a contact, wait a few days
// (3 for email) and follow up; a reply or a solution stops the reminder.
import type { Case, Contact, ProblemId } from '../model/types';
import { caseId } from '../store/schema';
import { addDays } from './dates';

export const DEFAULT_FOLLOW_UP_DAYS = 3;

export function openCase(
  orderNumber: string,
  problem: ProblemId,
  now: Date,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
): Case {
  return {
    id: caseId(orderNumber, problem),
    orderNumber,
    problem,
    openedAt: now.toISOString(),
    contacts: [],
    followUpDays,
  };
}

/** Records a contact and schedules the follow-up `followUpDays` after it. */
export function recordContact(c: Case, contact: Contact): Case {
  const contacts = [...c.contacts, contact].sort((a, b) => a.at.localeCompare(b.at));
  const last = contacts[contacts.length - 1]!;
  const solved = c.solvedAt !== undefined;
  return {
    ...c,
    contacts,
    // A new message after a reply starts a new wait for an answer.
    ...(c.replyAt && c.replyAt < last.at ? { replyAt: undefined } : {}),
    followUpAt: solved ? undefined : addDays(last.at, c.followUpDays).toISOString(),
    notified: false,
  };
}

export function markReply(c: Case, at: Date): Case {
  return { ...c, replyAt: at.toISOString(), followUpAt: undefined, notified: false };
}

export function markSolved(c: Case, at: Date): Case {
  return { ...c, solvedAt: at.toISOString(), followUpAt: undefined, notified: false };
}

export function reopen(c: Case): Case {
  const { solvedAt: _s, ...rest } = c;
  const last = c.contacts[c.contacts.length - 1];
  return { ...rest, followUpAt: last ? addDays(last.at, c.followUpDays).toISOString() : undefined };
}

export function setFollowUpDays(c: Case, days: number): Case {
  const clamped = Math.min(60, Math.max(1, Math.round(days)));
  const last = c.contacts[c.contacts.length - 1];
  return {
    ...c,
    followUpDays: clamped,
    followUpAt: c.followUpAt && last ? addDays(last.at, clamped).toISOString() : c.followUpAt,
    notified: false,
  };
}

export function isDue(c: Case, now: Date): boolean {
  return !!c.followUpAt && !c.solvedAt && Date.parse(c.followUpAt) <= now.getTime();
}

export function dueCases(cases: Iterable<Case>, now: Date): Case[] {
  return [...cases].filter((c) => isDue(c, now));
}

/** The next moment any case needs attention (for the alarm), or undefined. */
export function nextDue(cases: Iterable<Case>): number | undefined {
  let next: number | undefined;
  for (const c of cases) {
    if (!c.followUpAt || c.solvedAt || c.notified) continue;
    const t = Date.parse(c.followUpAt);
    if (next === undefined || t < next) next = t;
  }
  return next;
}
