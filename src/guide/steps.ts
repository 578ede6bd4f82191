// The guide's website path (the guide's method 2) and Wish's own route today (an order's
// "Contact Support"), as data: each step names the element it highlights, what the shopper
// does there, and the region of the page it may be found in. Each step's region is opened by
// the step before it: the top bar holds the account trigger, hovering the trigger reveals the
// account menu, clicking "Customer Support" (or an order's "Get Help") opens the assistant.
// The words shown for each step are in src/i18n (stepTitle/stepBody), keyed by the step id.
import type { ProblemId, TourRoute } from '../model/types';
import type { LocatorId } from '../wish/locators';

export type StepId =
  | 'sign-in'
  | 'account-menu'
  | 'customer-support'
  | 'get-help'
  | 'topic'
  | 'something-else'
  | 'contact-agent'
  | 'message'
  | 'send';

/** Where a step's element may be: a region the previous step opened. */
export type StepScope = 'topbar' | 'menu' | 'order' | 'assistant';

export interface GuideStep {
  id: StepId;
  /** Elements that count as this step's target, best first. */
  targets: (problem: ProblemId) => LocatorId[];
  /** What the shopper does: the overlay words it and listens for it. */
  action: 'click' | 'hover' | 'type';
  scope: StepScope;
  /** Only while signed out. */
  signedOutOnly?: boolean;
}

const PAYMENT_PROBLEMS: ReadonlySet<ProblemId> = new Set([
  'payment-declined',
  'incorrect-charge',
  'refund-missing',
]);

/** "My Account" or "Payment Issues", from the shopper's problem (the guide's method 2, step 4). */
export function topicFor(problem: ProblemId): LocatorId {
  return PAYMENT_PROBLEMS.has(problem) ? 'topic-payment' : 'topic-account';
}

export const STEPS: Readonly<Record<StepId, GuideStep>> = {
  'sign-in': {
    id: 'sign-in',
    targets: () => ['sign-in'],
    action: 'click',
    scope: 'topbar',
    signedOutOnly: true,
  },
  'account-menu': { id: 'account-menu', targets: () => ['account-menu'], action: 'hover', scope: 'topbar' },
  'customer-support': {
    id: 'customer-support',
    targets: () => ['customer-support'],
    action: 'click',
    scope: 'menu',
  },
  'get-help': { id: 'get-help', targets: () => ['get-help'], action: 'click', scope: 'order' },
  // On the order route the assistant may offer a topic about the order itself; the other topic
  // comes last: a "Payment Issues" list also leads to an agent (the guide says both do).
  topic: {
    id: 'topic',
    targets: (p) => (PAYMENT_PROBLEMS.has(p) ? ['topic-payment', 'topic-account'] : ['topic-account']),
    action: 'click',
    scope: 'assistant',
  },
  'something-else': {
    id: 'something-else',
    targets: () => ['something-else'],
    action: 'click',
    scope: 'assistant',
  },
  'contact-agent': {
    id: 'contact-agent',
    targets: () => ['contact-agent'],
    action: 'click',
    scope: 'assistant',
  },
  message: { id: 'message', targets: () => ['message'], action: 'type', scope: 'assistant' },
  send: { id: 'send', targets: () => ['send'], action: 'click', scope: 'assistant' },
};

export const ROUTES: Readonly<Record<TourRoute, readonly StepId[]>> = {
  'account-menu': [
    'sign-in',
    'account-menu',
    'customer-support',
    'topic',
    'something-else',
    'contact-agent',
    'message',
    'send',
  ],
  order: ['sign-in', 'get-help', 'topic', 'something-else', 'contact-agent', 'message', 'send'],
};

/** How deep a scope lies on the path: a step in a deeper scope is the next thing to do. */
const SCOPE_DEPTH: Readonly<Record<StepScope, number>> = { topbar: 0, order: 0, menu: 1, assistant: 2 };

export function scopeDepth(id: StepId): number {
  return SCOPE_DEPTH[STEPS[id].scope];
}

export function stepIndex(route: TourRoute, id: StepId): number {
  return ROUTES[route].indexOf(id);
}

/** The first step after signing in. */
export function firstStep(route: TourRoute): StepId {
  return ROUTES[route][1]!;
}

/** The step after `id` on the route, if any. */
export function nextStep(route: TourRoute, id: StepId): StepId | undefined {
  const steps = ROUTES[route];
  const i = steps.indexOf(id);
  return i >= 0 ? steps[i + 1] : undefined;
}

/** The route a tour starts on: an order page with its own support button goes Wish's way. */
export function chooseRoute(hasOrderHelpButton: boolean): TourRoute {
  return hasOrderHelpButton ? 'order' : 'account-menu';
}
