// Runs the guide on the live page: finds each step's element, highlights it, words the step,
// and moves on when the shopper does it. The tour's state is in extension storage (through
// the background), so a new page, an iframe or a window the assistant opens carries on.
import browser from 'webextension-polyfill';
import { locate } from '../dom/locate';
import { searchRoots } from '../dom/roots';
import { SOCIAL_HANDLE, SUPPORT_EMAIL } from '../guide/channels';
import { currentStep, ROUTES, STEPS, stepIndex, topicFor, type StepId } from '../guide/steps';
import type { UiStrings } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { TourState } from '../model/types';
import { h } from '../overlay/h';
import { Overlay } from '../overlay/overlay';
import type { LocatorId } from '../wish/locators';
import { orderCard } from '../wish/order-page';
import { fieldText, fillField, type Field } from './fill';
import { lastSent } from './sent';
import { onTourChanged } from './tour-events';

export const STEP_ATTRIBUTE = 'data-wsg-step';
/** How long a step's element may be missing before the guide says so. */
export const NOT_FOUND_MS = 6000;
/** How long a later step's element must be gone before the guide steps back. */
const STEP_BACK_MS = 1200;
/** The share of the main thread the guide may use while it runs (a budget that refills). */
const CPU_SHARE = 0.25;
const BUDGET_MAX_MS = 100;
/** Pointer and focus events can reveal a CSS hover menu; they come in bursts, so wait a moment. */
const REVEAL_DELAY_MS = 60;
const REVEAL_EVENTS = [
  'mouseover',
  'mouseout',
  'focusin',
  'click',
  'transitionend',
  'animationend',
  'load',
  'input',
];

export interface TourOptions {
  strings: UiStrings;
  nameHint: string;
  followUpDays: number;
  draftText: string;
}

export class TourRunner {
  private overlay: Overlay | undefined;
  private stepId: StepId;
  private target: Element | null = null;
  private missingSince = 0;
  private reported = new Set<StepId>();
  private frame = 0;
  private budget = BUDGET_MAX_MS;
  private budgetAt = 0;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private notFoundTimer: ReturnType<typeof setTimeout> | undefined;
  private observers: MutationObserver[] = [];
  private observedDocs = new WeakSet<Document>();
  private controller = new AbortController();
  private finished = false;
  private notice: Node | null = null;
  private lastMessage = '';
  /** The shopper sent the message: the tour ends here, whatever storage says next. */
  private finishedBySend = false;
  /** The "can't find this step" panel is showing. */
  private notFoundShown = false;
  /** What the last evaluation cost, in milliseconds (for the main-thread budget). */
  private lastCost = 0;
  private soonTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private state: TourState,
    private readonly options: TourOptions,
  ) {
    this.stepId = (
      ROUTES[state.route].includes(state.stepId as StepId) ? state.stepId : ROUTES[state.route][1]
    ) as StepId;
  }

  start(signal: AbortSignal): void {
    signal.addEventListener('abort', () => this.stop(false), { once: true });
    const t = this.options.strings;
    this.overlay = new Overlay(
      {
        onClose: () => this.stop(true),
        onBack: () => this.manualMove(-1),
        onNext: () => this.manualMove(1),
      },
      t.overlayLabel,
      t.close,
    );
    for (const type of REVEAL_EVENTS)
      document.addEventListener(type, () => this.scheduleSoon(), {
        capture: true,
        passive: true,
        signal: this.controller.signal,
      });
    window.addEventListener('resize', () => this.schedule(), { signal: this.controller.signal });
    // The send button: note the message the moment it is clicked (the field empties after).
    document.addEventListener('click', (e) => this.onClick(e), {
      capture: true,
      signal: this.controller.signal,
    });
    this.offTour = onTourChanged(this.onTour);
    this.observe(document);
    this.evaluate();
    this.overlay.focus();
  }

  /** Ends the tour here; `everywhere` also ends it in storage (the shopper closed it). */
  stop(everywhere: boolean): void {
    // Finished by Send, the done panel is still up: closing it must work at once.
    if (this.finished) return this.overlay?.destroy();
    this.finished = true;
    this.controller.abort();
    this.offTour?.();
    for (const o of this.observers) o.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.slowTimer);
    clearTimeout(this.soonTimer);
    clearTimeout(this.notFoundTimer);
    this.setTarget(null);
    this.overlay?.destroy();
    if (everywhere) sendMessage('tourStop').catch(() => undefined);
  }

  get step(): StepId {
    return this.stepId;
  }

  private offTour: (() => void) | undefined;

  private onTour = (tour: TourState | null) => {
    if (!tour?.active && !this.finishedBySend) this.stop(false);
  };

  private observe(doc: Document): void {
    if (this.observedDocs.has(doc) || !doc.documentElement) return;
    this.observedDocs.add(doc);
    const o = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => this.onMutation());
    o.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-expanded', 'disabled'],
    });
    this.observers.push(o);
    if (doc !== document) {
      for (const type of REVEAL_EVENTS)
        doc.addEventListener(type, () => this.scheduleSoon(), {
          capture: true,
          passive: true,
          signal: this.controller.signal,
        });
      doc.addEventListener('click', (e) => this.onClick(e), {
        capture: true,
        signal: this.controller.signal,
      });
    }
  }

  /** At most one evaluation per animation frame; slower when evaluations are costly. */
  /** Milliseconds of main thread the guide may spend now (refills at CPU_SHARE of the time). */
  private available(): number {
    const now = performance.now();
    this.budget = Math.min(BUDGET_MAX_MS, this.budget + (now - this.budgetAt) * CPU_SHARE);
    this.budgetAt = now;
    return this.budget;
  }

  /**
   * The page changed. Mutation callbacks run before the browser paints, so evaluating here
   * highlights an element in the same frame it appears in, while the budget allows; on a
   * page that churns, evaluations wait for the budget to refill.
   */
  private onMutation(): void {
    if (this.finished || this.slowTimer) return;
    if (this.available() > this.need()) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.evaluate();
    } else this.schedule();
  }

  /** What the next evaluation is expected to cost; never more than a full budget, so that a
   *  single slow evaluation (the first layout of a page) cannot stall the guide. */
  private need(): number {
    return Math.min(this.lastCost, BUDGET_MAX_MS * 0.9);
  }

  private scheduleSoon(): void {
    if (this.soonTimer || this.finished) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      this.schedule();
    }, REVEAL_DELAY_MS);
  }

  private schedule(): void {
    if (this.finished || this.frame || this.slowTimer) return;
    const short = this.need() - this.available();
    if (short > 0) {
      this.slowTimer = setTimeout(() => {
        this.slowTimer = undefined;
        this.schedule();
      }, short / CPU_SHARE);
      return;
    }
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.evaluate();
    });
  }

  private targets(id: StepId): LocatorId[] {
    return STEPS[id].targets(this.state.problem);
  }

  private find(id: StepId): Element | null {
    const within =
      id === 'get-help' && this.state.orderNumber
        ? orderCard(document.body, this.state.orderNumber)
        : undefined;
    for (const locator of this.targets(id)) {
      const el = locate(locator, document, {
        ...(within ? { within } : {}),
        ...(this.options.nameHint ? { nameHint: this.options.nameHint } : {}),
      }).element;
      if (el) return el;
    }
    return null;
  }

  evaluate(): void {
    if (this.finished) return;
    const started = performance.now();
    try {
      for (const root of searchRoots(document)) if (root.nodeType === 9) this.observe(root as Document);
      const route = ROUTES[this.state.route];
      const index = Math.max(0, route.indexOf(this.stepId));
      // Look at the steps around the current one: the shopper moves one or two at a time.
      const probe = route.slice(Math.max(0, index - 1), index + 4);
      if (!probe.includes('sign-in')) probe.push('sign-in');
      const found = new Map<StepId, Element>();
      for (const id of probe) {
        if (id === 'sign-in') continue;
        const el = this.find(id);
        if (el) found.set(id, el);
      }
      const signedIn =
        found.has('account-menu') || found.has('get-help') || found.has('topic') || !this.find('sign-in');
      if (!signedIn) {
        const signIn = this.find('sign-in');
        if (signIn) found.set('sign-in', signIn);
      }
      const field = found.get('message') as Field | undefined;
      const messageWritten = !!field && fieldText(field).trim().length > 0;
      if (messageWritten) this.lastMessage = fieldText(field!);
      let next = currentStep(this.state.route, this.stepId, {
        present: new Set(found.keys()),
        signedIn,
        messageWritten,
      });
      const now = performance.now();
      // Stepping back waits a moment: the next element may be about to appear (a page load,
      // the assistant typing), and a hover menu flickers as the pointer crosses a gap.
      if (stepIndex(this.state.route, next) < index && !found.has(this.stepId)) {
        if (!this.missingSince) this.missingSince = now;
        if (now - this.missingSince < STEP_BACK_MS) {
          next = this.stepId;
          this.schedule();
        }
      }
      if (found.has(next)) this.missingSince = 0;
      else if (!this.missingSince) this.missingSince = now;
      if (next !== this.stepId) {
        this.stepId = next;
        this.notice = null;
        sendMessage('tourStep', { stepId: next }).catch(() => undefined);
      }
      this.setTarget(found.get(next) ?? null);
      // Found after all (a slow page): the normal step view comes back.
      if (this.target) this.notFoundShown = false;
      this.render();
      this.armNotFound(!!this.target);
    } catch (error) {
      console.error('[Wish support] guide step failed', error);
    }
    const cost = performance.now() - started;
    this.available();
    this.budget -= cost;
    this.lastCost = cost;
  }

  private setTarget(el: Element | null): void {
    if (el === this.target) return;
    this.target?.removeAttribute(STEP_ATTRIBUTE);
    this.target = el;
    el?.setAttribute(STEP_ATTRIBUTE, this.stepId);
  }

  private armNotFound(found: boolean): void {
    if (found) {
      clearTimeout(this.notFoundTimer);
      this.notFoundTimer = undefined;
      return;
    }
    if (this.notFoundTimer) return;
    this.notFoundTimer = setTimeout(() => {
      this.notFoundTimer = undefined;
      if (this.finished || this.target) return;
      // Another window may be where the shopper is (the assistant opened one): only the
      // window in front reports a missing step.
      if (!document.hasFocus() && document.visibilityState !== 'visible') return this.armNotFound(false);
      this.showNotFound();
    }, NOT_FOUND_MS);
  }

  private render(): void {
    if (!this.overlay || this.finished) return;
    const t = this.options.strings;
    const route = ROUTES[this.state.route];
    const i = route.indexOf(this.stepId);
    const visibleSteps = route.filter((s) => s !== 'sign-in');
    const n = visibleSteps.length;
    const position = Math.max(1, (visibleSteps as StepId[]).indexOf(this.stepId) + 1);
    const body: Array<Node | string> = [];
    if (STEPS[this.stepId].action === 'hover') body.push(h('span', { class: 'warn' }, t.dontClick));
    const topic = t.topics[topicFor(this.state.problem)] ?? '';
    body.push(h('p', {}, (t.stepBody[this.stepId] ?? '').replace('{topic}', topic)));
    if (this.notice) body.push(this.notice);
    const actions: Array<{ label: string; onClick: () => void; primary?: boolean }> = [];
    if (this.stepId === 'message' && this.target)
      actions.push({ label: t.insertDraft, onClick: () => this.insertDraft(false), primary: true });
    if (i > 1) actions.push({ label: t.back, onClick: () => this.manualMove(-1) });
    if (this.notFoundShown) {
      this.renderNotFound();
      return;
    }
    this.overlay.show(this.target, {
      meta: this.stepId === 'sign-in' ? '' : t.stepOf(position, n),
      title: t.stepTitle[this.stepId] ?? this.stepId,
      body,
      actions,
      announce: `${t.stepTitle[this.stepId]}. ${(t.stepBody[this.stepId] ?? '').replace('{topic}', topic)}`,
    });
  }

  private showNotFound(): void {
    this.notFoundShown = true;
    const diagnostic = this.diagnostic();
    if (!this.reported.has(this.stepId)) {
      this.reported.add(this.stepId);
      sendMessage('recordDiagnostic', { stepId: this.stepId, url: location.href, message: diagnostic }).catch(
        () => undefined,
      );
    }
    this.renderNotFound();
  }

  private renderNotFound(): void {
    if (!this.overlay) return;
    const t = this.options.strings;
    const topic = t.topics[topicFor(this.state.problem)] ?? '';
    const route = ROUTES[this.state.route].filter((s) => s !== 'sign-in');
    const steps = h('ol', {}, ...route.map((id) => h('li', {}, t.stepTitle[id] ?? id)));
    const channels = h(
      'ul',
      {},
      h('li', {}, `${t.channels.email}`),
      h('li', {}, `${t.channels.social}: ${SOCIAL_HANDLE}`),
      h('li', {}, t.channels.letter),
    );
    this.overlay.show(null, {
      title: t.notFoundTitle,
      body: [
        h('p', { class: 'problem' }, `${t.stepTitle[this.stepId] ?? ''}: ${t.notFoundBody}`),
        h('p', {}, (t.stepBody[this.stepId] ?? '').replace('{topic}', topic)),
        steps,
        h('p', {}, t.popupBlocker),
        h('p', {}, `${t.otherChannels} ${SUPPORT_EMAIL}`),
        channels,
      ],
      actions: [
        {
          label: t.copyDiagnostic,
          onClick: () => navigator.clipboard?.writeText(this.diagnostic()).catch(() => undefined),
        },
        { label: t.close, onClick: () => this.stop(true), primary: true },
      ],
    });
  }

  private diagnostic(): string {
    const lines = [
      `step: ${this.stepId}`,
      `route: ${this.state.route}`,
      `url: ${location.origin}${location.pathname}`,
      `lang: ${document.documentElement.lang || '?'}`,
    ];
    for (const id of this.targets(this.stepId))
      lines.push(`${id}: ${locate(id, document, { includeHidden: true }).why}`);
    lines.push(`extension: ${browser.runtime.getManifest().version}`);
    return lines.join('\n');
  }

  private advanceAfterClick(): void {
    const route = ROUTES[this.state.route];
    const next = route[route.indexOf(this.stepId) + 1];
    if (!next) return;
    this.stepId = next;
    this.missingSince = performance.now();
    this.notice = null;
    clearTimeout(this.notFoundTimer);
    this.notFoundTimer = undefined;
    sendMessage('tourStep', { stepId: next }).catch(() => undefined);
    this.schedule();
  }

  private manualMove(delta: number): void {
    const route = ROUTES[this.state.route];
    const i = route.indexOf(this.stepId) + delta;
    if (i < 1 || i >= route.length) return;
    this.stepId = route[i]!;
    this.notFoundShown = false;
    this.notice = null;
    this.setTarget(null);
    this.evaluate();
  }

  /** "Insert my draft": fills Wish's field, asking first if the shopper already wrote there. */
  insertDraft(replace: boolean): void {
    const t = this.options.strings;
    const field = this.target as Field | null;
    if (!field || this.stepId !== 'message') return;
    const text = this.options.draftText;
    if (!text.trim()) {
      this.notice = h('p', { class: 'problem' }, t.noDraft);
      return this.render();
    }
    const existing = fieldText(field).trim();
    if (existing && existing !== text.trim() && !replace) {
      this.notice = h(
        'div',
        {},
        h('p', { class: 'problem' }, t.replaceConfirm),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                this.notice = null;
                this.render();
              },
            },
            t.keep,
          ),
          h('button', { type: 'button', class: 'primary', onclick: () => this.insertDraft(true) }, t.replace),
        ),
      );
      return this.render();
    }
    const ok = fillField(field, text);
    this.notice = h('p', { class: ok ? 'status' : 'problem' }, ok ? t.insertedOnPage : t.copyFailed);
    this.evaluate();
  }

  private onClick(event: Event): void {
    // Only the shopper's own click counts: a page script's click records and advances nothing.
    if (!event.isTrusted || !this.target) return;
    const path = event.composedPath();
    if (!path.includes(this.target)) return;
    if (this.stepId !== 'send') {
      // The shopper did this step: expect the next one (and say so if it never comes).
      if (STEPS[this.stepId].action === 'click') this.advanceAfterClick();
      return;
    }
    const message = this.lastMessage.trim();
    if (!message) return;
    this.finishedBySend = true;
    lastSent.at = Date.now();
    const orderNumber = this.state.orderNumber ?? '';
    sendMessage('logContact', {
      orderNumber,
      problem: this.state.problem,
      contact: { channel: 'site', message, via: 'sent' },
    }).catch(() => undefined);
    sendMessage('tourStop').catch(() => undefined);
    const t = this.options.strings;
    this.setTarget(null);
    for (const o of this.observers) o.disconnect();
    this.overlay?.show(null, {
      title: t.doneTitle,
      body: [h('p', {}, t.doneBody(this.options.followUpDays))],
      actions: [{ label: t.close, onClick: () => this.stop(false), primary: true }],
    });
    this.finished = true;
    this.controller.abort();
    this.offTour?.();
    setTimeout(() => this.overlay?.destroy(), 15_000);
  }
}
