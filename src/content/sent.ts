// When this page last sent a message through Wish's form (set by the guide). A message from
// "the agent" right after it is the assistant's automatic acknowledgement, not an answer.
// The guide (injected on demand) writes it and the always-on reply watcher reads it: two
// bundles with a module each, one isolated world, so the one object lives on that world's
// global (which the page cannot see).
const world = globalThis as unknown as { __wsgLastSent?: { at: number } };
export const lastSent: { at: number } = (world.__wsgLastSent ??= { at: 0 });

/** Messages arriving this soon after our own are automatic acknowledgements. */
export const ACK_WINDOW_MS = 10_000;
