// Messages to the worker from the popup's first paint, without the messaging library in it:
// the library comes with the chunk of what shows after the first paint (./rest), loaded at once.
import type { sendMessage as SendMessage } from '../messaging/protocol';

type Send = typeof SendMessage;
type Rest = typeof import('./rest');

let rest: Rest | undefined;
let loading: Promise<Rest> | undefined;

/** The chunk of what shows after the first paint, asked for once: each import() call costs
 *  the main thread a module-map look-up and a task, even for a chunk already asked for. */
export const loadRest = (): Promise<Rest> => (loading ??= import('./rest').then((m) => (rest = m)));

// The library's own sendMessage, typed as it is; a generic function's arguments cannot be
// forwarded under its own type, hence the casts. Once the chunk is here the message leaves in
// the same task (an import() resolves a task later): a choice made just before the popup
// closes still reaches the worker.
const call = (m: Rest, args: unknown[]) =>
  (m.sendMessage as unknown as (...a: unknown[]) => Promise<unknown>)(...args);

export const send = ((...args: unknown[]) =>
  rest ? call(rest, args) : loadRest().then((m) => call(m, args))) as unknown as Send;
