// The tour's state, as the background tells it to this tab. Content scripts have no storage
// access of their own (and should not see the whole store in the page's process): the
// background sends `tourChanged` to every Wish tab when the tour starts, moves or stops.
import { onMessage } from '../messaging/protocol';
import type { TourState } from '../model/types';

type Listener = (tour: TourState | null) => void;
const listeners = new Set<Listener>();
let registered = false;

/** Calls `callback` with each new tour state; returns the function that stops it. */
export function onTourChanged(callback: Listener): () => void {
  if (!registered) {
    registered = true;
    // One message listener per context (the messaging library allows one per type).
    onMessage('tourChanged', ({ data }) => {
      for (const l of [...listeners]) {
        try {
          l(data?.tour ?? null);
        } catch (error) {
          console.error('[Wish support] tour listener failed', error);
        }
      }
    });
  }
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/** How many listeners are registered (tests: a finished tour leaves none behind). */
export function tourListenerCount(): number {
  return listeners.size;
}
