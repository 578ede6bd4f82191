// Who may ask what. Extension pages (popup, options, print) may do anything; a content script
// only on Wish's shopper site, and only the messages a page needs.
import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import type { ProtocolMap } from '../messaging/protocol';
import { isShopperSite } from '../wish/pages';

export const CONTENT_ALLOWED: ReadonlySet<keyof ProtocolMap> = new Set<keyof ProtocolMap>([
  'captureOrders',
  'contentContext',
  'getTour',
  'tourStart',
  'tourStep',
  'tourStop',
  'recordDiagnostic',
  'logContact',
  'agentReplied',
  'loadPart',
]);

export type SenderKind = 'extension-page' | 'content' | 'untrusted';

export function senderKind(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return 'untrusted';
  const base = browser.runtime.getURL('');
  if (sender.url?.startsWith(base)) return 'extension-page';
  if (sender.tab && isShopperSite(sender.url ?? sender.tab.url)) return 'content';
  return 'untrusted';
}

export function allowed(type: keyof ProtocolMap, sender: Runtime.MessageSender): boolean {
  const kind = senderKind(sender);
  return kind === 'extension-page' || (kind === 'content' && CONTENT_ALLOWED.has(type));
}
