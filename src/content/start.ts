// Starting and running the guide on this page (part of the guide bundle: the popup's message,
// the keyboard shortcut and the launcher reach it through the always-on script, and so does a
// tour resumed after a page load).
import { chooseRoute } from '../guide/steps';
import type { UiStrings } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { ProblemId, TourRoute, TourState } from '../model/types';
import { waitForOrderHelp } from './guide/find';
import { TourRunner, type TourOptions } from './guide/runner';
import type { ContentContext } from './parts';

let current: { runner: TourRunner; controller: AbortController } | undefined;

export function runTour(state: TourState, options: TourOptions, signal?: AbortSignal): TourRunner {
  current?.controller.abort();
  // The guide is running: the launcher that offers it has done its job.
  document.querySelector('wsg-launcher')?.remove();
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const runner = new TourRunner(state, options);
  current = { runner, controller };
  runner.start(controller.signal);
  return runner;
}

export function activeTour(): TourRunner | undefined {
  return current && !current.controller.signal.aborted ? current.runner : undefined;
}

/** Ends the tour on this page (not in storage). */
export function stopTour(): void {
  current?.controller.abort();
}

/** Wish's own route when this page shows the order's support button, else the account menu. */
export async function routeHere(orderNumber?: string): Promise<TourRoute> {
  const help = await waitForOrderHelp(document, orderNumber, ROUTE_WAIT_MS);
  return chooseRoute(!!help);
}

/** How long starting the guide waits for an order's own support button to render. */
const ROUTE_WAIT_MS = 800;

export function tourOptions(strings: UiStrings, context: ContentContext): TourOptions {
  return {
    strings,
    nameHint: context.nameHint,
    followUpDays: context.followUpDays,
    draftText: context.draftText,
    corrections: context.corrections,
  };
}

export async function startGuide(
  input: { problem: ProblemId; orderNumber?: string },
  strings: UiStrings,
): Promise<TourRoute> {
  const route = await routeHere(input.orderNumber);
  const state = await sendMessage('tourStart', {
    problem: input.problem,
    route,
    ...(input.orderNumber ? { orderNumber: input.orderNumber } : {}),
  });
  // Asked after the tour is stored: the draft to insert is the new tour's.
  const context = await sendMessage('contentContext');
  runTour(state, tourOptions(strings, context));
  return route;
}
