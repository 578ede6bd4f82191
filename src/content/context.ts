// What the content script asks the background when a page starts: one request, shared by the
// features that start together (rather than one round trip each).
import { sendMessage, type ProtocolMap } from '../messaging/protocol';

type Context = ReturnType<ProtocolMap['contentContext']>;
const FRESH_MS = 1000;
let pending: { at: number; value: Promise<Context> } | undefined;

export function contentContext(fresh = false): Promise<Context> {
  const now = Date.now();
  if (fresh || !pending || now - pending.at > FRESH_MS) {
    const value = sendMessage('contentContext');
    // A failed request is not kept: the next feature asks again.
    value.catch(() => (pending = undefined));
    pending = { at: now, value };
  }
  return pending.value;
}

/** Forgets the shared answer (tests, and after the shopper changed something). */
export function forgetContentContext(): void {
  pending = undefined;
}
