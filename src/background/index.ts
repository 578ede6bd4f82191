// The background service worker: the only writer of stored data, the follow-up reminders,
// the toolbar badge and the keyboard shortcut.
import browser, { type Runtime } from 'webextension-polyfill';
import { onMessage, sendMessage, type ContentUi, type ProtocolMap } from '../messaging/protocol';
import type { Correction, Profile, Settings, TourState } from '../model/types';
import { QUARANTINE_PREFIX, SCHEMA_VERSION, type StoreData } from '../store/schema';
import { DATA_NAMES, itemByKey, type ItemName } from '../store/items';
import {
  applyAgentReply,
  applyCapture,
  applyCaseAction,
  applyContact,
  exportJson,
  mergeImport,
  parseImport,
  Refused as OpRefused,
} from '../store/ops';
import { clean } from '../store/text';
import { CAPS, isDraft, isProfile, isSettings, CHANNELS, PROBLEMS } from '../store/validate';
import { resolveLanguage, uiStrings } from '../i18n';
import { isShopperSite, pageKind } from '../wish/pages';
import { ALARM, NOTIFICATION_PREFIX, syncReminders, updateBadge } from './reminders';
import { decidePart } from './parts';
import { allowed } from './sender';
import { captureFromPage, clearEverything, siteDraft, tourMoved } from './actions';
import { quarantinedKeys, Store } from './store';
import { findOrders } from '../store/find-orders';

const store = new Store();

// Content scripts run in the page's process: they get no storage access of their own where the
// browser can restrict it (Chrome; Firefox restricts only storage.session), only the answers
// to their messages.
restrictContentScripts();

function restrictContentScripts(): void {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: unknown } } } }).chrome
    ?.storage?.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined;
  if (typeof local?.setAccessLevel !== 'function') return;
  try {
    Promise.resolve(local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })).catch((e: unknown) =>
      console.warn('[Wish support] storage access not restricted', e),
    );
  } catch (e) {
    console.warn('[Wish support] storage access not restricted', e);
  }
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

class Refused extends Error {}

/** How long each kind of message last took to handle here, in ms (read by `npm run bench`). */
const timings: Record<string, number> = {};
(globalThis as unknown as { wsgTimings: typeof timings }).wsgTimings = timings;

/** Registers a handler that checks the sender first and never lets an error escape unlogged. */
function handle<K extends keyof ProtocolMap>(
  type: K,
  run: (
    data: Parameters<ProtocolMap[K]>[0],
    tabId?: number,
    sender?: Runtime.MessageSender,
  ) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  onMessage(type, async (message) => {
    if (!allowed(type, message.sender)) {
      console.warn(`[Wish support] refused ${String(type)} from`, message.sender.url);
      throw new Refused(`${String(type)} is not allowed from this sender`);
    }
    const started = performance.now();
    try {
      return await run(message.data as Parameters<ProtocolMap[K]>[0], message.sender.tab?.id, message.sender);
    } finally {
      timings[type] = performance.now() - started;
      // The worker's own share (the storage write is the browser's, and varies with its load).
      timings[`${type}:work`] = store.lastCost.work;
      timings[`${type}:write`] = store.lastCost.write;
    }
  });
}

/** Every item, for export (the one reader of everything). */
const allItems = () =>
  store.select(DATA_NAMES, (d) => ({ schemaVersion: SCHEMA_VERSION, ...d }) as StoreData);

// The tour lives in the worker; Wish tabs hear of each change by message.
store.onWritten((name, value) => {
  if (name === 'tour') void broadcastTour(value as TourState | null);
});

async function broadcastTour(tour: TourState | null): Promise<void> {
  const tabs = await browser.tabs
    .query({ url: ['https://www.wish.com/*', 'https://wish.com/*'] })
    .catch(() => []);
  for (const tab of tabs)
    if (tab.id !== undefined) sendMessage('tourChanged', { tour }, tab.id).catch(() => undefined);
}

handle('getState', () => allItems());

handle('orderDetail', (data) =>
  store.peek(['orders', 'cases'], (d) => {
    const number = String(data?.number ?? '');
    return {
      order: Object.hasOwn(d.orders, number) ? d.orders[number]! : null,
      cases: Object.values(d.cases).filter((c) => c.orderNumber === number),
    };
  }),
);

handle('findOrders', (data) =>
  store.peek(['orders'], (d) => findOrders(d.orders, String(data?.query ?? '').slice(0, 200))),
);

handle('orderIndex', async () => {
  await store.checkIndex();
  return store.get('orderIndex');
});

// Asked on every Wish page load: picks a few fields of the items it needs.
handle('contentContext', () =>
  store.select(['tour', 'settings', 'profile', 'composer', 'drafts', 'cases', 'corrections'], (data) => ({
    tour: data.tour,
    launcher: data.settings.launcher,
    nameHint: data.profile.name,
    problem: data.composer?.problem ?? null,
    followUpDays: data.settings.followUpDays,
    draftText: siteDraft(data),
    pendingFollowUps: Object.values(data.cases).filter((c) => c.followUpAt && !c.solvedAt).length,
    language: data.settings.language,
    corrections: data.corrections,
    ui: launcherWords(data.settings.language),
  })),
);

/** The few words the always-on content script shows, in the shopper's UI language. */
function launcherWords(setting: Settings['language']): ContentUi {
  const t = uiStrings(setting);
  return { appName: t.appName, launcherLabel: t.launcherLabel, launcherDismiss: t.launcherDismiss };
}

// The parts of the content script that are not always on (src/content/parts.ts), injected
// into the asking tab's top frame only. The guide loads for the shopper's start (the popup,
// the command and the launcher reach the page's script first, and only the extension can send
// those messages), for the popup's "Insert", or for a resume: then only while the stored tour
// is active, so a page that navigates or reloads itself cannot load it.
handle('loadPart', async (data, tabId, sender) => {
  const decision = decidePart(
    data,
    {
      ...(tabId !== undefined ? { tabId } : {}),
      ...(sender?.frameId !== undefined ? { frameId: sender.frameId } : {}),
    },
    {
      tourActive: data?.why === 'resume' && !!(await store.get('tour'))?.active,
      lang: resolveLanguage((await store.get('settings')).language),
    },
  );
  if ('refused' in decision) throw new Refused(decision.refused);
  if (decision.inject)
    await browser.scripting.executeScript({
      target: { tabId: decision.tabId, frameIds: [0] },
      files: [decision.file],
    });
  return {
    file: decision.file,
    injected: decision.inject,
    ...(decision.lang ? { lang: decision.lang } : {}),
  };
});

handle('captureOrders', (data) => {
  if (!Array.isArray(data?.orders)) throw new Refused('bad capture');
  return captureFromPage(store, data.orders, data.url);
});

handle('addManualOrder', (data) =>
  store.update(['orders'], (d) => applyCapture(d, [data?.order], { source: 'manual', now: new Date() })),
);

handle('deleteOrder', (data) =>
  store.update(['orders'], (d) => {
    delete d.orders[String(data?.number)];
  }),
);

/** Only the fields given change: another tab's (or an import's) newer values of the others stay. */
function patch<T extends object>(current: T, changes: unknown, keys: readonly (keyof T)[]): T {
  if (typeof changes !== 'object' || changes === null) throw new Refused('invalid change');
  const next = { ...current };
  for (const key of keys) if (key in changes) next[key] = (changes as Record<keyof T, T[keyof T]>)[key];
  return next;
}

const PROFILE_KEYS = ['name', 'accountNumber', 'email', 'postalAddress', 'country'] as const;
const SETTINGS_KEYS = ['language', 'defaultChannel', 'launcher', 'followUpDays'] as const;

handle('saveProfile', (data) =>
  store.update(['profile'], (d) => {
    const next = patch<Profile>(d.profile, data, PROFILE_KEYS);
    if (!isProfile(next)) throw new Refused('invalid profile');
    d.profile = next;
  }),
);

handle('saveSettings', async (data) => {
  await store.update(['settings'], (d) => {
    const next = patch<Settings>(d.settings, data, SETTINGS_KEYS);
    if (!isSettings(next)) throw new Refused('invalid settings');
    d.settings = next;
  });
  await store.select(['cases', 'settings'], (data) => updateBadge(data));
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
  return store.update(['composer'], (d) => {
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
  const draft = {
    ...data.draft,
    subject: clean(data.draft.subject, CAPS.draftSubject),
    body: clean(data.draft.body, CAPS.text),
  };
  // One item, one key: a keystroke writes the drafts and nothing else.
  return store.update(['drafts'], (d) => {
    d.drafts[data.key] = draft;
    // Keep the most recent drafts.
    const keys = Object.keys(d.drafts);
    if (keys.length > CAPS.drafts) {
      keys.sort((a, b) => d.drafts[b]!.updatedAt.localeCompare(d.drafts[a]!.updatedAt));
      for (const k of keys.slice(CAPS.drafts)) delete d.drafts[k];
    }
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
  let c;
  try {
    c = await store.update(['cases', 'settings'], (d) => applyContact(d, data, new Date(), newId()));
  } catch (error) {
    if (error instanceof OpRefused) throw new Refused(error.message);
    throw error;
  }
  await syncReminders(store);
  return c;
});

handle('updateCase', async (data) => {
  const c = await store.update(['cases'], (d) =>
    applyCaseAction(d, String(data?.id), data.action, new Date(), {
      ...(data.days !== undefined ? { days: Number(data.days) } : {}),
      ...(data.note !== undefined ? { note: String(data.note) } : {}),
      ...(data.payment ? { payment: data.payment } : {}),
      ...(data.paidAt ? { paidAt: data.paidAt } : {}),
      ...(data.statementAt ? { statementAt: data.statementAt } : {}),
      ...(data.deliveredAt ? { deliveredAt: data.deliveredAt } : {}),
      ...(data.disputeOpenedAt ? { disputeOpenedAt: data.disputeOpenedAt } : {}),
    }),
  );
  if (data.country && ['US', 'UK', 'EU', 'other'].includes(data.country)) {
    await store.update(['profile'], (d) => {
      d.profile.country = data.country!;
    });
  }
  await syncReminders(store);
  return c;
});

handle('agentReplied', async (data) => {
  const order = typeof data?.orderNumber === 'string' ? data.orderNumber : undefined;
  const stopped = await store.update(['cases'], (d) => applyAgentReply(d, order, new Date()));
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
  return store.update(['tour'], (d) => {
    d.tour = tour;
    return tour;
  });
});

handle('tourStep', (data) =>
  store.update(['tour'], (d) => {
    d.tour = tourMoved(d.tour, data, new Date());
    return d.tour;
  }),
);

handle('tourStop', () =>
  store.update(['tour'], (d) => {
    d.tour = null;
  }),
);

handle('getTour', () => store.get('tour'));

handle('recordDiagnostic', (data) =>
  store.update(['diagnostics'], (d) => {
    d.diagnostics = [
      ...d.diagnostics,
      {
        at: new Date().toISOString(),
        stepId: clean(String(data?.stepId), 40),
        url: clean(String(data?.url), CAPS.diagnosticUrl),
        message: clean(String(data?.message), CAPS.diagnosticMessage),
      },
    ].slice(-CAPS.diagnostics);
  }),
);

// The shopper showed the guide a step's element: the newest correction per step wins.
handle('saveCorrection', (data) =>
  store.update(['corrections'], (d) => {
    const c = data as Correction;
    d.corrections = [c, ...d.corrections.filter((o) => o.step !== c?.step)].slice(0, CAPS.corrections);
  }),
);

handle('deleteCorrection', (data) =>
  store.update(['corrections'], (d) => {
    d.corrections = d.corrections.filter((c) => !(c.step === data?.step && c.at === data?.at));
  }),
);

handle('exportData', async () => exportJson(await allItems(), new Date()));

handle('importData', async (data) => {
  const parsed = parseImport(String(data?.json ?? ''));
  if (!parsed.ok) return parsed;
  try {
    await store.update(['orders', 'cases', 'drafts', 'profile', 'settings'], (d) =>
      Object.assign(d, mergeImport(d, parsed.imported)),
    );
  } catch (error) {
    return { ok: false as const, error: `Nothing was imported: ${(error as Error).message}.` };
  }
  await syncReminders(store);
  return {
    ok: true as const,
    orders: Object.keys(parsed.imported.data.orders).length,
    cases: Object.keys(parsed.imported.data.cases).length,
  };
});

handle('clearData', async () => {
  await clearEverything(store);
  await syncReminders(store);
});

handle('storageReport', async () => {
  const all = await browser.storage.local.get(null);
  const bytes: Record<string, number> = {};
  let setAside = 0;
  for (const [key, value] of Object.entries(all)) {
    const size = new Blob([JSON.stringify(value) ?? '']).size + key.length;
    const name = key.startsWith(QUARANTINE_PREFIX) ? 'set-aside' : (itemByKey(key)?.name ?? key);
    if (name === 'set-aside') setAside++;
    bytes[name] = (bytes[name] ?? 0) + size;
  }
  const counts = await store.select(['orders', 'cases', 'drafts'], (d) => ({
    orders: Object.keys(d.orders).length,
    cases: Object.keys(d.cases).length,
    drafts: Object.keys(d.drafts).length,
  }));
  return {
    bytes,
    counts: { ...counts, setAside },
    ...(store.lastRefusal ? { refusal: store.lastRefusal } : {}),
  };
});

handle('clearSetAside', async () => {
  const keys = await quarantinedKeys();
  await browser.storage.local.remove(keys);
  return keys.length;
});

handle('freeSpace', async (data) => {
  if (data?.what === 'diagnostics')
    return store.update(['diagnostics'], (d) => {
      const n = d.diagnostics.length;
      d.diagnostics = [];
      return n;
    });
  if (data?.what === 'solved-cases')
    return store.update(['cases'], (d) => {
      let n = 0;
      for (const c of Object.values(d.cases))
        if (c.solvedAt) {
          delete d.cases[c.id];
          n++;
        }
      return n;
    });
  throw new Refused('nothing to free');
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
  const composer = await store.get('composer');
  await sendMessage(
    'startGuide',
    {
      problem: composer?.problem ?? 'other',
      ...(composer?.orderNumber ? { orderNumber: composer.orderNumber } : {}),
    },
    tab.id,
  ).catch((e) => console.warn('[Wish support] the page did not answer', e));
});

// Another context (an older version, a test, devtools) changed an item: re-read it, and tell
// Wish tabs when it was the tour.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  for (const [key, change] of Object.entries(changes)) {
    const name: ItemName | undefined = itemByKey(key)?.name;
    if (!name || !store.invalidate(name, change.newValue)) continue;
    if (name === 'tour') void store.get('tour').then((tour) => broadcastTour(tour));
    // The index follows the orders, whoever wrote them.
    if (name === 'orders' || name === 'orderIndex')
      store.resyncIndex().catch((e) => console.error('[Wish support] orders index', e));
  }
});

browser.runtime.onInstalled.addListener(() => syncReminders(store).catch(() => undefined));
browser.runtime.onStartup.addListener(() => syncReminders(store).catch(() => undefined));
// Every start of the worker: an orders index that is missing (an update from a version
// without it) or damaged is rebuilt; a good one costs one small read.
store.checkIndex().catch((e) => console.error('[Wish support] orders index', e));
// Every start of the worker: due dates are in storage, the alarm may not be.
syncReminders(store).catch((e) => console.error('[Wish support] reminders', e));
