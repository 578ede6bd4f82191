// Follow-up reminders. Due dates live in stored data; the alarm is only a wake-up call and is
// re-created every time the worker starts (alarms can be lost across browser restarts). A
// write that fails (storage full, an item of a newer version) never stops the alarm from
// being set: the reminder may show twice, it is never lost.
import browser from 'webextension-polyfill';
import { dueCases, nextDue } from '../cases/followup';
import { uiStrings } from '../i18n';
import type { StoreData } from '../store/schema';
import type { Store } from './store';

export const ALARM = 'wsg:follow-up';
export const NOTIFICATION_PREFIX = 'wsg:case:';

/** When a shown reminder could not be marked as shown, the next wake-up waits this long (not
 *  every second for the same reminder). */
export const RETRY_MS = 60 * 60 * 1000;

export async function syncReminders(store: Store, now = new Date()): Promise<void> {
  let marked = true;
  try {
    // The badge first: it counts due cases whether or not their reminder was shown yet.
    await store.select(['cases', 'settings'], (data) => updateBadge(data, now));
    const due = await store.select(['cases'], (data) =>
      dueCases(Object.values(data.cases), now).some((c) => !c.notified),
    );
    if (due) marked = await notify(store, now);
  } catch (error) {
    console.error('[Wish support] reminders: notifying failed; the alarm is set all the same', error);
  }
  const next = await store.select(['cases'], (data) => nextDue(Object.values(data.cases)));
  await browser.alarms.clear(ALARM);
  const soonest = Date.now() + (marked ? 1000 : RETRY_MS);
  if (next !== undefined) await browser.alarms.create(ALARM, { when: Math.max(next, soonest) });
}

/** Shows the due reminders; false when they could not be marked as shown. */
async function notify(store: Store, now: Date): Promise<boolean> {
  const { list, lang } = await store.select(['cases', 'settings'], (data) => ({
    list: dueCases(Object.values(data.cases), now).filter((c) => !c.notified),
    lang: data.settings.language,
  }));
  // Marked first, shown second; if marking fails (storage full) they are shown anyway.
  const marked = await store
    .update(['cases'], (data) => {
      for (const c of list) data.cases[c.id] = { ...c, notified: true };
    })
    .then(
      () => true,
      (error: unknown) => {
        console.warn('[Wish support] reminders not marked as shown', error);
        return false;
      },
    );
  const t = uiStrings(lang);
  for (const c of list) {
    const last = c.contacts[c.contacts.length - 1];
    try {
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${c.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: t.reminderTitle,
        message: t.reminderBody(c.orderNumber, last ? new Date(last.at).toLocaleDateString() : ''),
      });
    } catch (error) {
      console.warn('[Wish support] notification failed', error);
    }
  }
  return marked;
}

export async function updateBadge(
  data: Pick<StoreData, 'cases' | 'settings'>,
  now = new Date(),
): Promise<void> {
  const count = dueCases(Object.values(data.cases), now).length;
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: '#d93025' });
  const t = uiStrings(data.settings.language);
  await browser.action.setTitle({ title: count ? t.badgeTitle(count) : t.actionTitle });
}
