import { describe, expect, it } from 'vitest';
import { afterClick, chooseStep, type Facts, type Sighting } from '../../src/guide/machine';
import {
  chooseRoute,
  firstStep,
  nextStep,
  ROUTES,
  scopeDepth,
  stepIndex,
  STEPS,
  topicFor,
  type StepId,
} from '../../src/guide/steps';
import type { ProblemId, TourRoute } from '../../src/model/types';
import { LOCATORS } from '../../src/wish/locators';

const PROBLEMS: ProblemId[] = [
  'not-as-described',
  'never-delivered',
  'no-updates',
  'late',
  'wrong-item',
  'refund-missing',
  'payment-declined',
  'incorrect-charge',
  'account',
  'follow-up',
  'other',
];

/** Facts for chooseStep: the steps shown (an id, or [id, sighting]), signed in by default. */
function facts(shown: (StepId | [StepId, Sighting])[], more: Partial<Omit<Facts, 'found'>> = {}): Facts {
  const found: Facts['found'] = {};
  for (const s of shown) {
    if (Array.isArray(s)) found[s[0]] = s[1];
    else found[s] = {};
  }
  return { found, signedIn: true, messageWritten: false, ...more };
}

describe('routes follow the guide', () => {
  it("the account-menu route (the guide's method 2)", () => {
    expect(ROUTES['account-menu']).toEqual([
      'sign-in',
      'account-menu',
      'customer-support',
      'topic',
      'something-else',
      'contact-agent',
      'message',
      'send',
    ]);
  });

  it('the order route (Wish\'s own "Get Help")', () => {
    expect(ROUTES.order).toEqual([
      'sign-in',
      'get-help',
      'topic',
      'something-else',
      'contact-agent',
      'message',
      'send',
    ]);
  });

  it('every step of every route is defined, with its own id', () => {
    for (const route of Object.keys(ROUTES) as TourRoute[])
      for (const id of ROUTES[route]) {
        expect(STEPS[id], `${route}: ${id}`).toBeDefined();
        expect(STEPS[id].id).toBe(id);
      }
  });

  it("every step's targets exist in LOCATORS, for every problem", () => {
    for (const step of Object.values(STEPS))
      for (const problem of PROBLEMS) {
        const targets = step.targets(problem);
        expect(targets.length, `${step.id} / ${problem}`).toBeGreaterThan(0);
        for (const t of targets) expect(LOCATORS[t], `${step.id} / ${problem}: ${t}`).toBeDefined();
      }
  });

  it('scopes: the top bar, then the menu or the order, then the assistant', () => {
    expect(STEPS['sign-in'].scope).toBe('topbar');
    expect(STEPS['sign-in'].signedOutOnly).toBe(true);
    expect(STEPS['account-menu'].scope).toBe('topbar');
    expect(STEPS['customer-support'].scope).toBe('menu');
    expect(STEPS['get-help'].scope).toBe('order');
    for (const id of ['topic', 'something-else', 'contact-agent', 'message', 'send'] as const)
      expect(STEPS[id].scope, id).toBe('assistant');
    // Depth never decreases along a route.
    for (const route of Object.keys(ROUTES) as TourRoute[]) {
      const depths = ROUTES[route].map(scopeDepth);
      expect(depths, route).toEqual([...depths].sort((a, b) => a - b));
    }
  });

  it('actions: hover the trigger, type the message, click the rest', () => {
    expect(STEPS['account-menu'].action).toBe('hover');
    expect(STEPS.message.action).toBe('type');
    for (const id of [
      'sign-in',
      'customer-support',
      'get-help',
      'topic',
      'something-else',
      'contact-agent',
      'send',
    ] as const)
      expect(STEPS[id].action, id).toBe('click');
  });

  it('firstStep, nextStep and stepIndex', () => {
    expect(firstStep('account-menu')).toBe('account-menu');
    expect(firstStep('order')).toBe('get-help');
    expect(nextStep('account-menu', 'customer-support')).toBe('topic');
    expect(nextStep('order', 'get-help')).toBe('topic');
    expect(nextStep('order', 'send')).toBeUndefined();
    expect(nextStep('order', 'customer-support')).toBeUndefined();
    expect(stepIndex('account-menu', 'send')).toBe(7);
    expect(stepIndex('order', 'account-menu')).toBe(-1);
  });
});

describe('topicFor', () => {
  it('payment problems go to "Payment Issues"', () => {
    for (const p of ['payment-declined', 'incorrect-charge', 'refund-missing'] as const)
      expect(topicFor(p), p).toBe('topic-payment');
  });
  it('every other problem goes to "My Account"', () => {
    for (const p of [
      'never-delivered',
      'not-as-described',
      'late',
      'wrong-item',
      'account',
      'other',
      'no-updates',
      'follow-up',
    ] as const)
      expect(topicFor(p), p).toBe('topic-account');
  });
  it("the topic step tries the problem's topic first (other topics are found by meaning)", () => {
    for (const p of PROBLEMS) {
      const targets = STEPS.topic.targets(p);
      expect(targets[0], p).toBe(topicFor(p));
      expect(new Set(targets).size, p).toBe(targets.length);
    }
  });
});

describe('chooseRoute', () => {
  it("an order page with its own support button goes Wish's way", () => {
    expect(chooseRoute(true)).toBe('order');
  });
  it('otherwise the account menu', () => {
    expect(chooseRoute(false)).toBe('account-menu');
  });
});

describe('chooseStep', () => {
  it('a deeper scope is taken as soon as it shows: the menu opened while the trigger still shows', () => {
    expect(chooseStep('account-menu', 'account-menu', facts(['account-menu', 'customer-support']))).toEqual({
      step: 'customer-support',
      backward: false,
    });
  });

  it('the assistant appearing is deeper than the menu', () => {
    expect(
      chooseStep('account-menu', 'customer-support', facts(['account-menu', 'customer-support', 'topic'])),
    ).toEqual({
      step: 'topic',
      backward: false,
    });
    expect(chooseStep('order', 'get-help', facts(['get-help', 'topic']))).toEqual({
      step: 'topic',
      backward: false,
    });
  });

  it('the current step stays while only it shows', () => {
    expect(chooseStep('account-menu', 'account-menu', facts(['account-menu']))).toEqual({
      step: 'account-menu',
      backward: false,
    });
  });

  it('within the assistant the tour waits while the current element shows', () => {
    expect(chooseStep('account-menu', 'topic', facts(['topic', 'something-else']))).toEqual({
      step: 'topic',
      backward: false,
    });
    expect(chooseStep('account-menu', 'topic', facts(['topic', 'something-else', 'contact-agent']))).toEqual({
      step: 'topic',
      backward: false,
    });
    expect(
      chooseStep('order', 'something-else', facts(['something-else', ['contact-agent', { later: false }]])),
    ).toEqual({
      step: 'something-else',
      backward: false,
    });
  });

  it('... unless the later one is marked `later` (a new message of the log)', () => {
    expect(
      chooseStep('account-menu', 'topic', facts(['topic', ['something-else', { later: true }]])),
    ).toEqual({
      step: 'something-else',
      backward: false,
    });
    expect(
      chooseStep(
        'account-menu',
        'something-else',
        facts(['topic', 'something-else', ['contact-agent', { later: true }]]),
      ),
    ).toEqual({ step: 'contact-agent', backward: false });
  });

  it('the current element gone and a later one shows: move on', () => {
    expect(chooseStep('account-menu', 'topic', facts(['something-else']))).toEqual({
      step: 'something-else',
      backward: false,
    });
    expect(chooseStep('order', 'something-else', facts(['contact-agent']))).toEqual({
      step: 'contact-agent',
      backward: false,
    });
    expect(chooseStep('order', 'contact-agent', facts(['message', 'send']))).toEqual({
      step: 'message',
      backward: false,
    });
  });

  it('the current element gone and only an earlier one shows: backward', () => {
    expect(chooseStep('account-menu', 'customer-support', facts(['account-menu']))).toEqual({
      step: 'account-menu',
      backward: true,
    });
    // The assistant closed and only the top bar shows.
    expect(chooseStep('account-menu', 'topic', facts(['account-menu']))).toEqual({
      step: 'account-menu',
      backward: true,
    });
    expect(chooseStep('order', 'contact-agent', facts(['get-help']))).toEqual({
      step: 'get-help',
      backward: true,
    });
  });

  it('inside the assistant the tour never steps back to an earlier choice of its log: it waits', () => {
    expect(chooseStep('account-menu', 'contact-agent', facts(['topic']))).toEqual({
      step: 'contact-agent',
      backward: false,
    });
    expect(
      chooseStep('account-menu', 'contact-agent', facts(['account-menu', 'topic', 'something-else'])),
    ).toEqual({
      step: 'contact-agent',
      backward: false,
    });
    expect(chooseStep('order', 'message', facts(['something-else']))).toEqual({
      step: 'message',
      backward: false,
    });
  });

  it('nothing shows: the current step stays, not backward', () => {
    expect(chooseStep('account-menu', 'topic', facts([]))).toEqual({ step: 'topic', backward: false });
    expect(chooseStep('order', 'get-help', facts([], { signedIn: null }))).toEqual({
      step: 'get-help',
      backward: false,
    });
  });

  it('signed out: signing in comes first, whatever the current step', () => {
    for (const current of ['account-menu', 'customer-support', 'topic', 'message'] as const)
      expect(chooseStep('account-menu', current, facts(['sign-in'], { signedIn: false })), current).toEqual({
        step: 'sign-in',
        backward: false,
      });
    expect(chooseStep('order', 'get-help', facts(['sign-in', 'get-help'], { signedIn: false }))).toEqual({
      step: 'sign-in',
      backward: false,
    });
  });

  it('signed in (or unknown), sign-in is never shown', () => {
    for (const signedIn of [true, null]) {
      expect(chooseStep('account-menu', 'account-menu', facts(['sign-in'], { signedIn })).step).not.toBe(
        'sign-in',
      );
      expect(chooseStep('account-menu', 'sign-in', facts(['sign-in', 'account-menu'], { signedIn }))).toEqual(
        {
          step: 'account-menu',
          backward: false,
        },
      );
      expect(chooseStep('account-menu', 'topic', facts(['sign-in'], { signedIn })).step).not.toBe('sign-in');
    }
    // A stored sign-in step resumes at the route's first step.
    expect(chooseStep('order', 'sign-in', facts([])).step).toBe('get-help');
  });

  it('a step the route does not hold resumes at the first step', () => {
    expect(chooseStep('order', 'customer-support', facts(['get-help']))).toEqual({
      step: 'get-help',
      backward: false,
    });
  });

  it('the message written: sending comes next', () => {
    expect(
      chooseStep('account-menu', 'message', facts(['message', 'send'], { messageWritten: true })),
    ).toEqual({
      step: 'send',
      backward: false,
    });
    expect(chooseStep('order', 'message', facts(['message', 'send'], { messageWritten: true }))).toEqual({
      step: 'send',
      backward: false,
    });
  });

  it('send is not eligible without text', () => {
    expect(chooseStep('account-menu', 'message', facts(['message', 'send']))).toEqual({
      step: 'message',
      backward: false,
    });
    // Even as a "later" message of the log, or when the field is gone from the facts.
    expect(chooseStep('account-menu', 'message', facts(['message', ['send', { later: true }]]))).toEqual({
      step: 'message',
      backward: false,
    });
    expect(chooseStep('account-menu', 'contact-agent', facts(['send'])).step).not.toBe('send');
    // On the send step with the field emptied again (the page cleared it): writing comes back.
    expect(chooseStep('account-menu', 'send', facts(['message', 'send']))).toEqual({
      step: 'message',
      backward: true,
    });
  });

  it('the agent choice gone and the field shown: the message step', () => {
    expect(chooseStep('account-menu', 'contact-agent', facts(['message', 'send']))).toEqual({
      step: 'message',
      backward: false,
    });
  });
});

describe('afterClick', () => {
  it('a click moves to the next step of the route', () => {
    expect(afterClick('account-menu', 'customer-support')).toBe('topic');
    expect(afterClick('account-menu', 'topic')).toBe('something-else');
    expect(afterClick('account-menu', 'something-else')).toBe('contact-agent');
    expect(afterClick('account-menu', 'contact-agent')).toBe('message');
    expect(afterClick('order', 'get-help')).toBe('topic');
    expect(afterClick('order', 'sign-in')).toBe('get-help');
  });
  it('hovering and typing are not clicks; send is the end', () => {
    expect(afterClick('account-menu', 'account-menu')).toBe('account-menu');
    expect(afterClick('account-menu', 'message')).toBe('message');
    expect(afterClick('account-menu', 'send')).toBe('send');
    expect(afterClick('order', 'send')).toBe('send');
  });
  it('a step the route does not hold stays', () => {
    expect(afterClick('order', 'customer-support')).toBe('customer-support');
    expect(afterClick('order', 'account-menu')).toBe('account-menu');
  });
});
