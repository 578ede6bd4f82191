import { describe, expect, it } from 'vitest';
import { chooseRoute, currentStep, ROUTES, STEPS, topicFor, type StepId } from '../../src/guide/steps';
import { LOCATORS } from '../../src/wish/locators';

const view = (present: StepId[], signedIn = true, messageWritten = false) => ({
  present: new Set(present),
  signedIn,
  messageWritten,
});

describe('the step machine', () => {
  it('the furthest visible step of the route wins', () => {
    expect(currentStep('account-menu', 'account-menu', view(['account-menu']))).toBe('account-menu');
    expect(currentStep('account-menu', 'account-menu', view(['account-menu', 'customer-support']))).toBe(
      'customer-support',
    );
    expect(currentStep('account-menu', 'customer-support', view(['account-menu', 'topic']))).toBe('topic');
    expect(currentStep('order', 'get-help', view(['get-help', 'topic', 'something-else']))).toBe(
      'something-else',
    );
  });
  it('send waits until the message is written', () => {
    expect(currentStep('order', 'message', view(['message', 'send']))).toBe('message');
    expect(currentStep('order', 'message', view(['message', 'send'], true, true))).toBe('send');
  });
  it('sign-in only while signed out', () => {
    expect(currentStep('account-menu', 'account-menu', view(['sign-in'], false))).toBe('sign-in');
    expect(currentStep('account-menu', 'account-menu', view(['sign-in'], true))).toBe('account-menu');
  });
  it('nothing visible: the current step stays', () => {
    expect(currentStep('account-menu', 'contact-agent', view([]))).toBe('contact-agent');
    expect(currentStep('order', 'customer-support', view([]))).toBe('get-help');
  });
  it('picks the topic from the problem and the route from the page', () => {
    expect(topicFor('incorrect-charge')).toBe('topic-payment');
    expect(topicFor('payment-declined')).toBe('topic-payment');
    expect(topicFor('account')).toBe('topic-account');
    expect(topicFor('never-delivered')).toBe('topic-account');
    expect(chooseRoute(true)).toBe('order');
    expect(chooseRoute(false)).toBe('account-menu');
  });
  it('every step points at locators that exist, and the routes follow the guide', () => {
    for (const step of Object.values(STEPS))
      for (const id of step.targets('other')) expect(LOCATORS[id]).toBeDefined();
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
});
