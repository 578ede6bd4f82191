// Follow-up reminders. Due dates live in stored data; the alarm is only a wake-up call and is
// re-created every time the worker starts (alarms can be lost across browser restarts).
import browser from 'webextension-polyfill';
import { dueCases, nextDue } from '../cases/followup';
import { uiStrings } from '../i18n';
import type { StoreData } from '../store/schema';
import type { Store } from './store';

export const ALARM = 'wsg:follow-up';
export const NOTIFICATION_PREFIX = 'wsg:case:';

export async function syncReminders(store: Store, now = new Date()): Promise<void> {
  const due = await store.select((data) => dueCases(Object.values(data.cases), now).some((c) => !c.notified));
  if (due) await notify(store, now);
  await store.select((data) => updateBadge(data as StoreData, now));
  const next = await store.select((data) => nextDue(Object.values(data.cases)));
  await browser.alarms.clear(ALARM);
  if (next !== undefined) await browser.alarms.create(ALARM, { when: Math.max(next, Date.now() + 1000) });
}

async function notify(store: Store, now: Date): Promise<void> {
  const shown = await store.update((data) => {
    const list = dueCases(Object.values(data.cases), now).filter((c) => !c.notified);
    for (const c of list) data.cases[c.id] = { ...c, notified: true };
    return { list, lang: data.settings.language };
  });
  const t = uiStrings(shown.lang);
  for (const c of shown.list) {
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
}

export async function updateBadge(data: StoreData, now = new Date()): Promise<void> {
  const count = dueCases(Object.values(data.cases), now).length;
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: '#d93025' });
  const t = uiStrings(data.settings.language);
  await browser.action.setTitle({ title: count ? t.badgeTitle(count) : t.actionTitle });
}
