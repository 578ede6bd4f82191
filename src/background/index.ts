// The background service worker: the only writer of stored data, the follow-up reminders,
// the toolbar badge and the keyboard shortcut.
import browser from 'webextension-polyfill';
import { onMessage, sendMessage, type ProtocolMap } from '../messaging/protocol';
import { draftKey, MAX_DIAGNOSTICS, STORAGE_KEY, type StoreData } from '../store/schema';
import {
  applyAgentReply,
  applyCapture,
  applyCaseAction,
  applyContact,
  cleared,
  exportJson,
  mergeImport,
  parseImport,
} from '../store/ops';
import { isDraft, isProfile, isSettings, CHANNELS, PROBLEMS } from '../store/validate';
import { isShopperSite, pageKind } from '../wish/pages';
import { ALARM, NOTIFICATION_PREFIX, syncReminders, updateBadge } from './reminders';
import { allowed } from './sender';
import { Store } from './store';
import type { TourState } from '../model/types';

const store = new Store();

function currentDraft(data: StoreData) {
  const c = data.composer;
  return c ? data.drafts[draftKey(c.orderNumber, c.problem, c.channel)] : undefined;
}
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

class Refused extends Error {}

/** Registers a handler that checks the sender first and never lets an error escape unlogged. */
function handle<K extends keyof ProtocolMap>(
  type: K,
  run: (
    data: Parameters<ProtocolMap[K]>[0],
    tabId?: number,
  ) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  onMessage(type, async (message) => {
    if (!allowed(type, message.sender)) {
      console.warn(`[Wish support] refused ${String(type)} from`, message.sender.url);
      throw new Refused(`${String(type)} is not allowed from this sender`);
    }
    return run(message.data as Parameters<ProtocolMap[K]>[0], message.sender.tab?.id);
  });
}

handle('getState', () => store.read());

// Asked on every Wish page load: picks a few fields instead of copying the whole store.
handle('contentContext', () =>
  store.select((data) => ({
    tour: data.tour,
    launcher: data.settings.launcher,
    nameHint: data.profile.name,
    problem: data.composer?.problem ?? null,
    followUpDays: data.settings.followUpDays,
    draftText: currentDraft(data)?.body ?? '',
    pendingFollowUps: Object.values(data.cases).filter((c) => c.followUpAt && !c.solvedAt).length,
    language: data.settings.language,
  })),
);

handle('captureOrders', (data) => {
  if (!Array.isArray(data?.orders) || data.orders.length > 2000) throw new Refused('bad capture');
  const url = typeof data.url === 'string' && isShopperSite(data.url) ? data.url : undefined;
  return store.update((d) =>
    applyCapture(d, data.orders, { source: 'page', ...(url ? { url } : {}), now: new Date() }),
  );
});

handle('addManualOrder', (data) =>
  store.update((d) => applyCapture(d, [data?.order], { source: 'manual', now: new Date() })),
);

handle('deleteOrder', (data) =>
  store.update((d) => {
    delete d.orders[String(data?.number)];
  }),
);

handle('saveProfile', (data) => {
  if (!isProfile(data)) throw new Refused('invalid profile');
  return store.update((d) => {
    d.profile = data;
  });
});

handle('saveSettings', async (data) => {
  if (!isSettings(data)) throw new Refused('invalid settings');
  await store.update((d) => {
    d.settings = data;
  });
  await store.select((data) => updateBadge(data as StoreData));
});

handle('saveComposer', (data) => {
  if (
    !data ||
    !PROBLEMS.includes(data.problem) ||
    !CHANNELS.includes(data.channel) ||
    typeof data.orderNumber !== 'string' ||
    !['en', 'el'].includes(data.language)
  ) {
    throw new Refused('invalid composer state');
  }
  return store.update((d) => {
    d.composer = {
      orderNumber: data.orderNumber.slice(0, 40),
      problem: data.problem,
      channel: data.channel,
      language: data.language,
    };
  });
});

handle('saveDraft', (data) => {
  if (!data || typeof data.key !== 'string' || !isDraft(data.draft)) throw new Refused('invalid draft');
  return store.update((d) => {
    d.drafts[data.key] = data.draft;
    // Keep the 50 most recent drafts.
    const keys = Object.keys(d.drafts).sort((a, b) =>
      d.drafts[b]!.updatedAt.localeCompare(d.drafts[a]!.updatedAt),
    );
    for (const k of keys.slice(50)) delete d.drafts[k];
  });
});

handle('logContact', async (data) => {
  if (
    !data ||
    typeof data.orderNumber !== 'string' ||
    !PROBLEMS.includes(data.problem) ||
    !CHANNELS.includes(data.contact?.channel)
  ) {
    throw new Refused('invalid contact');
  }
  const message = String(data.contact.message ?? '').slice(0, 20_000);
  const c = await store.update((d) =>
    applyContact(
      d,
      { ...data, contact: { ...data.contact, message, via: data.contact.via } },
      new Date(),
      newId(),
    ),
  );
  await syncReminders(store);
  return c;
});

handle('updateCase', async (data) => {
  const c = await store.update((d) =>
    applyCaseAction(d, String(data?.id), data.action, new Date(), {
      ...(data.days !== undefined ? { days: Number(data.days) } : {}),
      ...(data.note !== undefined ? { note: String(data.note) } : {}),
      ...(data.payment ? { payment: data.payment } : {}),
      ...(data.paidAt ? { paidAt: data.paidAt } : {}),
      ...(data.statementAt ? { statementAt: data.statementAt } : {}),
    }),
  );
  if (data.country && ['US', 'UK', 'EU', 'other'].includes(data.country)) {
    await store.update((d) => {
      d.profile.country = data.country!;
    });
  }
  await syncReminders(store);
  return c;
});

handle('agentReplied', async (data) => {
  const stopped = await store.update((d) => applyAgentReply(d, data?.orderNumber, new Date()));
  if (stopped) await syncReminders(store);
});

handle('tourStart', (data) => {
  if (!PROBLEMS.includes(data?.problem)) throw new Refused('invalid problem');
  const now = new Date().toISOString();
  const tour: TourState = {
    active: true,
    stepId: data.route === 'order' ? 'get-help' : 'account-menu',
    route: data.route === 'order' ? 'order' : 'account-menu',
    problem: data.problem,
    ...(data.orderNumber ? { orderNumber: String(data.orderNumber).slice(0, 40) } : {}),
    startedAt: now,
    updatedAt: now,
  };
  return store.update((d) => {
    d.tour = tour;
    return tour;
  });
});

handle('tourStep', (data) =>
  store.update((d) => {
    if (!d.tour?.active || typeof data?.stepId !== 'string' || data.stepId.length > 40) return d.tour;
    d.tour = { ...d.tour, stepId: data.stepId, updatedAt: new Date().toISOString() };
    return d.tour;
  }),
);

handle('tourStop', () =>
  store.update((d) => {
    d.tour = null;
  }),
);

handle('getTour', () => store.select((data) => data.tour));

handle('recordDiagnostic', (data) =>
  store.update((d) => {
    d.diagnostics = [
      ...d.diagnostics,
      {
        at: new Date().toISOString(),
        stepId: String(data?.stepId).slice(0, 40),
        url: String(data?.url).slice(0, 500),
        message: String(data?.message).slice(0, 2000),
      },
    ].slice(-MAX_DIAGNOSTICS);
  }),
);

handle('exportData', () => store.select((data) => exportJson(data as StoreData, new Date())));

handle('importData', async (data) => {
  const parsed = parseImport(String(data?.json ?? ''));
  if (!parsed.ok) return parsed;
  await store.update((d) => Object.assign(d, mergeImport(d, parsed.data)));
  await syncReminders(store);
  return {
    ok: true as const,
    orders: Object.keys(parsed.data.orders).length,
    cases: Object.keys(parsed.data.cases).length,
  };
});

handle('clearData', async () => {
  await store.replace(cleared());
  await syncReminders(store);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) syncReminders(store).catch((e) => console.error('[Wish support] reminders', e));
});

browser.notifications.onClicked.addListener((id) => {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return;
  const caseId = id.slice(NOTIFICATION_PREFIX.length);
  // A popup cannot always be opened from a notification: the same page, in a tab, can.
  browser.tabs
    .create({ url: browser.runtime.getURL(`popup.html?case=${encodeURIComponent(caseId)}&followup=1`) })
    .catch(() => undefined);
  browser.notifications.clear(id).catch(() => undefined);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'start-guide') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !isShopperSite(tab.url) || pageKind(tab.url) === 'not-wish') {
    await browser.tabs.create({ url: 'https://www.wish.com/' });
    return;
  }
  const data = await store.read();
  await sendMessage(
    'startGuide',
    {
      problem: data.composer?.problem ?? 'other',
      ...(data.composer?.orderNumber ? { orderNumber: data.composer.orderNumber } : {}),
    },
    tab.id,
  ).catch((e) => console.warn('[Wish support] the page did not answer', e));
});

// Another context (an older version, a test, devtools) changed storage: re-read it.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORAGE_KEY in changes) store.invalidateUnlessMine(changes[STORAGE_KEY]!.newValue);
});

browser.runtime.onInstalled.addListener(() => syncReminders(store).catch(() => undefined));
browser.runtime.onStartup.addListener(() => syncReminders(store).catch(() => undefined));
// Every start of the worker: due dates are in storage, the alarm may not be.
syncReminders(store).catch((e) => console.error('[Wish support] reminders', e));
