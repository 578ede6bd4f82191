// Starting and running the guide on this page (shared by the popup's message, the keyboard
// shortcut, the launcher, and a tour resumed after a page load).
import { chooseRoute } from '../guide/steps';
import { uiStrings } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { ProblemId, TourRoute, TourState } from '../model/types';
import { contentContext } from './context';
import { waitForOrderHelp } from './guide/find';
import { TourRunner, type TourOptions } from './guide/runner';

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

/** Wish's own route when this page shows the order's support button, else the account menu. */
export async function routeHere(orderNumber?: string): Promise<TourRoute> {
  const help = await waitForOrderHelp(document, orderNumber, ROUTE_WAIT_MS);
  return chooseRoute(!!help);
}

/** How long starting the guide waits for an order's own support button to render. */
const ROUTE_WAIT_MS = 800;

export async function startGuide(input: { problem: ProblemId; orderNumber?: string }): Promise<TourRoute> {
  const route = await routeHere(input.orderNumber);
  const state = await sendMessage('tourStart', {
    problem: input.problem,
    route,
    ...(input.orderNumber ? { orderNumber: input.orderNumber } : {}),
  });
  const context = await contentContext(true);
  runTour(state, {
    strings: uiStrings(context.language),
    nameHint: context.nameHint,
    followUpDays: context.followUpDays,
    draftText: context.draftText,
    corrections: context.corrections,
  });
  return route;
}
