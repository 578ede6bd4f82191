// The guide's website path (GUIDE.md, method 2) and Wish's own route today (an order's
// "Contact Support"), as data: each step names the element it highlights, what the shopper
// does there, and which route it belongs to. The words shown for each step are in
// src/i18n (stepTitle/stepBody), keyed by the step id.
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

export interface GuideStep {
  id: StepId;
  /** Elements that count as this step's target, best first. */
  targets: (problem: ProblemId) => LocatorId[];
  /** What the shopper does: the overlay words it and listens for it. */
  action: 'click' | 'hover' | 'type';
  /** Only while signed out. */
  signedOutOnly?: boolean;
}

const PAYMENT_PROBLEMS: ReadonlySet<ProblemId> = new Set([
  'payment-declined',
  'incorrect-charge',
  'refund-missing',
]);

/** "My Account" or "Payment Issues", from the shopper's problem (GUIDE.md method 2, step 4). */
export function topicFor(problem: ProblemId): LocatorId {
  return PAYMENT_PROBLEMS.has(problem) ? 'topic-payment' : 'topic-account';
}

export const STEPS: Readonly<Record<StepId, GuideStep>> = {
  'sign-in': { id: 'sign-in', targets: () => ['sign-in'], action: 'click', signedOutOnly: true },
  'account-menu': { id: 'account-menu', targets: () => ['account-menu'], action: 'hover' },
  'customer-support': { id: 'customer-support', targets: () => ['customer-support'], action: 'click' },
  'get-help': { id: 'get-help', targets: () => ['get-help'], action: 'click' },
  // On the order route the assistant may offer a topic about the order itself.
  topic: { id: 'topic', targets: (p) => [topicFor(p), 'topic-order'], action: 'click' },
  'something-else': { id: 'something-else', targets: () => ['something-else'], action: 'click' },
  'contact-agent': { id: 'contact-agent', targets: () => ['contact-agent'], action: 'click' },
  message: { id: 'message', targets: () => ['message'], action: 'type' },
  send: { id: 'send', targets: () => ['send'], action: 'click' },
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

export interface StepView {
  /** Steps whose target is on the page and visible now. */
  present: ReadonlySet<StepId>;
  signedIn: boolean;
  /** The message field holds text (the send step waits for it). */
  messageWritten: boolean;
}

/**
 * The step to show: the furthest step of the route whose element the shopper can see now.
 * Elements of earlier steps often stay on the page (the header's menu, the assistant's log),
 * so the furthest wins; "send" waits until the message is written. When nothing is visible
 * the current step stays (the overlay then waits, and explains after a few seconds).
 */
export function currentStep(route: TourRoute, current: StepId, view: StepView): StepId {
  const steps = ROUTES[route];
  for (let i = steps.length - 1; i >= 0; i--) {
    const id = steps[i]!;
    if (!view.present.has(id)) continue;
    if (id === 'send' && !view.messageWritten) continue;
    if (STEPS[id].signedOutOnly && view.signedIn) continue;
    return id;
  }
  return steps.includes(current) ? current : steps[view.signedIn ? 1 : 0]!;
}

export function stepIndex(route: TourRoute, id: StepId): number {
  return ROUTES[route].indexOf(id);
}

/** The route a tour starts on: an order page with its own support button goes Wish's way. */
export function chooseRoute(hasOrderHelpButton: boolean): TourRoute {
  return hasOrderHelpButton ? 'order' : 'account-menu';
}
