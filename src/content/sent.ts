// When this page last sent a message through Wish's form (set by the guide). A message from
// "the agent" right after it is the assistant's automatic acknowledgement, not an answer.
export const lastSent = { at: 0 };

/** Messages arriving this soon after our own are automatic acknowledgements. */
export const ACK_WINDOW_MS = 10_000;
