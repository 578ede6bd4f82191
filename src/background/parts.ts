// Which part of the content script the worker injects for a content script's request
// (src/content/parts.ts), as a pure decision: the guide only for the shopper's start or
// insert, or to resume a stored active tour; only into a tab's top frame; in the shopper's
// language, and not again when the page has it in that language.
import type { ProtocolMap, UiLanguageCode } from '../messaging/protocol';

export type PartRequest = Parameters<ProtocolMap['loadPart']>[0];

export type PartDecision =
  { tabId: number; file: string; inject: boolean; lang?: UiLanguageCode } | { refused: string };

export function decidePart(
  request: PartRequest | undefined,
  where: { tabId?: number; frameId?: number },
  state: { tourActive: boolean; lang: UiLanguageCode },
): PartDecision {
  const tabId = where.tabId;
  if (tabId === undefined || where.frameId !== 0) return { refused: "parts load in a tab's top frame only" };
  if (request?.part === 'capture') return { tabId, file: 'capture.js', inject: true };
  if (request?.part !== 'guide') return { refused: 'no such part' };
  if (!['start', 'resume', 'insert'].includes(request.why)) return { refused: 'no reason to load the guide' };
  if (request.why === 'resume' && !state.tourActive) return { refused: 'no tour to resume' };
  return { tabId, file: `guide.${state.lang}.js`, inject: request.have !== state.lang, lang: state.lang };
}
