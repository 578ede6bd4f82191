// The step choice, as a pure function of what the page shows now. The page side
// (src/content/guide/engine.ts) finds each step's element only inside the region the previous
// step opened (src/guide/steps.ts), and reports what it found; this decides which step to
// show. It never moves ahead on a match alone where a wrong move would send the shopper
// astray: within one region the tour waits for the shopper's click, and it moves to a deeper
// region only when that region is open.
import { ROUTES, STEPS, firstStep, scopeDepth, stepIndex, type StepId } from './steps';
import type { TourRoute } from '../model/types';

export interface Sighting {
  /** The element is shown after the current step's element, in a separate part of the
   *  assistant (a new message in its log), not beside it in the same list of choices. */
  later?: boolean;
}

export interface Facts {
  /** Steps whose element is on the page, visible, and inside its region. */
  found: Partial<Record<StepId, Sighting>>;
  /** False when the top bar offers signing in and no account; null when it cannot tell. */
  signedIn: boolean | null;
  /** The message field holds text: the send step waits for it. */
  messageWritten: boolean;
}

export interface Choice {
  step: StepId;
  /** The current step's element is gone and an earlier one shows: step back, after a wait
   *  (a hover menu flickers as the pointer crosses a gap; the next page may be loading). */
  backward: boolean;
}

function eligible(id: StepId, facts: Facts): boolean {
  if (!facts.found[id]) return false;
  if (id === 'send' && !facts.messageWritten) return false;
  if (STEPS[id].signedOutOnly && facts.signedIn !== false) return false;
  return true;
}

/**
 * The step to show now, given the current step and what the page shows.
 * - Signed out, signing in comes first; signed in, sign-in is never shown.
 * - A step in a deeper region than the current one is taken as soon as it shows (the menu
 *   opened under the pointer; the assistant appeared).
 * - Within the same region the tour moves on only when the current step's element is gone
 *   (the assistant replaced its choices), or the later one is a new message of the log.
 * - When the current step's element is gone and nothing later shows, the furthest earlier
 *   step that shows is offered (backward).
 */
export function chooseStep(route: TourRoute, current: StepId, facts: Facts): Choice {
  const steps = ROUTES[route];
  if (facts.signedIn === false && steps.includes('sign-in') && eligible('sign-in', facts))
    return { step: 'sign-in', backward: false };
  let here: StepId = steps.includes(current) ? current : firstStep(route);
  if (here === 'sign-in' && facts.signedIn !== false) here = firstStep(route);
  const i = stepIndex(route, here);
  const hereFound = eligible(here, facts);
  // Typing is done when the field holds text: sending comes next.
  if (STEPS[here].action === 'type' && facts.messageWritten) {
    const next = steps[i + 1];
    if (next && eligible(next, facts)) return { step: next, backward: false };
  }
  for (let j = steps.length - 1; j > i; j--) {
    const id = steps[j]!;
    if (!eligible(id, facts)) continue;
    const deeper = scopeDepth(id) > scopeDepth(here);
    if (deeper || !hereFound || facts.found[id]?.later) return { step: id, backward: false };
  }
  if (hereFound) return { step: here, backward: false };
  // The assistant's log keeps its earlier choices: while any of them shows, the assistant is
  // still open and the tour waits there for the next one (or says it cannot find it).
  // (The message box is no choice of the log: with Send gone, writing comes back.)
  const hereScope = STEPS[here].scope;
  if (
    hereScope === 'assistant' &&
    !eligible('message', facts) &&
    steps.some((id) => id !== here && STEPS[id].scope === 'assistant' && facts.found[id])
  )
    return { step: here, backward: false };
  for (let j = i - 1; j >= 1; j--) {
    const id = steps[j]!;
    if (eligible(id, facts)) return { step: id, backward: true };
  }
  return { step: here, backward: false };
}

/** After the shopper clicked the current step's element: the step to expect next. */
export function afterClick(route: TourRoute, current: StepId): StepId {
  const steps = ROUTES[route];
  const i = stepIndex(route, current);
  if (i < 0 || STEPS[current].action !== 'click' || current === 'send') return current;
  return steps[i + 1] ?? current;
}
