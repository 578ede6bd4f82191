// The tab the popup acts on: `?tab=<id>` (tests, the notification page), else the active tab.
import browser from 'webextension-polyfill';
import { sendMessage, type PageInfo } from '../messaging/protocol';
import { pageKind, type PageKind } from '../wish/pages';

export interface TabContext {
  tabId?: number;
  kind: PageKind;
  info?: PageInfo;
  /** The tab is on Wish but its content script did not answer (opened before install). */
  unreachable: boolean;
}

export async function targetTab(search = location.search): Promise<browser.Tabs.Tab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened as a tab of its own (from a notification): there is no Wish tab to act on.
  if (tab?.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  return tab;
}

export async function tabContext(): Promise<TabContext> {
  const tab = await targetTab();
  const kind = pageKind(tab?.url);
  if (!tab?.id || kind === 'not-wish')
    return { ...(tab?.id ? { tabId: tab.id } : {}), kind, unreachable: false };
  try {
    const info = await sendMessage('pageInfo', undefined, tab.id);
    return { tabId: tab.id, kind: info.kind, info, unreachable: false };
  } catch {
    return { tabId: tab.id, kind, unreachable: true };
  }
}
