// Messages to the worker from the popup's first paint, without the messaging library in it:
// the library comes with the chunk of what shows after the first paint (./rest), loaded at once.
import type { sendMessage as SendMessage } from '../messaging/protocol';

type Send = typeof SendMessage;

// The library's own sendMessage, typed as it is; a generic function's arguments cannot be
// forwarded under its own type, hence the casts.
export const send = ((...args: unknown[]) =>
  import('./rest').then((m) =>
    (m.sendMessage as unknown as (...a: unknown[]) => Promise<unknown>)(...args),
  )) as unknown as Send;
