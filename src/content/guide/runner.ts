// Runs the guide in a Wish tab: the engine finds and marks each step, the overlay shows it,
// and this file does what needs the extension: it stores the step (so another page or window
// carries on), records a sent message, reports a step it cannot find, keeps the shopper's
// corrections, and inserts the draft for Wish's own form.
import browser from 'webextension-polyfill';
import { ROUTES, type StepId } from '../../guide/steps';
import type { UiStrings } from '../../i18n';
import { sendMessage } from '../../messaging/protocol';
import type { TourState } from '../../model/types';
import { h } from '../../overlay/h';
import { Overlay } from '../../overlay/overlay';
import { fieldText, fillField, type Field } from '../fill';
import { lastSent } from '../sent';
import { onTourChanged } from '../tour-events';
import type { Correction } from './corrections';
import { GuideEngine, type EngineUpdate } from './engine';
import { doneView, notFoundView, stepView, type StepViewInput } from './view';

/** How long a step's element may be missing before the guide says so. */
export const NOT_FOUND_MS = 6000;
/** How long the "sent" panel stays before it closes itself. */
const DONE_MS = 15_000;

export interface TourOptions {
  strings: UiStrings;
  nameHint: string;
  followUpDays: number;
  /** The draft for Wish's own form (channel "site"), never another channel's. */
  draftText: string;
  corrections?: readonly Correction[];
}

export class TourRunner {
  private overlay: Overlay | undefined;
  private readonly engine: GuideEngine;
  private notice: Node | null = null;
  private notFoundShown = false;
  private notFoundTimer: ReturnType<typeof setTimeout> | undefined;
  private doneTimer: ReturnType<typeof setTimeout> | undefined;
  private reported = new Set<StepId>();
  private finished = false;
  private sent = false;
  private last: EngineUpdate | undefined;

  constructor(
    private state: TourState,
    private readonly options: TourOptions,
  ) {
    this.engine = new GuideEngine(
      document,
      {
        route: state.route,
        problem: state.problem,
        ...(state.orderNumber ? { orderNumber: state.orderNumber } : {}),
        ...(options.nameHint ? { nameHint: options.nameHint } : {}),
        startAt: state.stepId as StepId,
        corrections: options.corrections ?? [],
      },
      {
        onUpdate: (u) => this.onUpdate(u),
        onStep: (stepId) => {
          this.notice = null;
          this.notFoundShown = false;
          // The new step gets its own few seconds before "can't find it".
          clearTimeout(this.notFoundTimer);
          this.notFoundTimer = undefined;
          sendMessage('tourStep', { stepId, route: this.state.route }).catch(() => undefined);
        },
        onRoute: (route) => {
          this.state = { ...this.state, route };
        },
        onSent: (text) => this.onSent(text),
        onTaught: (correction) => {
          this.notFoundShown = false;
          this.notice = h('p', { class: 'status' }, this.options.strings.taught);
          sendMessage('saveCorrection', correction).catch(() => undefined);
        },
      },
    );
  }

  get step(): StepId {
    return this.engine.current;
  }

  start(signal: AbortSignal): void {
    signal.addEventListener('abort', () => this.stop(false), { once: true });
    const t = this.options.strings;
    this.overlay = new Overlay(
      { onClose: () => this.stop(true), onBack: () => this.back(), onNext: () => this.forward() },
      t.overlayLabel,
      t.close,
    );
    this.offTour = onTourChanged(this.onTour);
    this.engine.start(signal);
    this.overlay.focus();
  }

  /** Ends the tour here; `everywhere` also ends it in storage (the shopper closed it). */
  stop(everywhere: boolean): void {
    if (this.finished) return;
    this.finished = true;
    this.offTour?.();
    clearTimeout(this.notFoundTimer);
    clearTimeout(this.doneTimer);
    this.engine.stop();
    this.overlay?.destroy();
    if (everywhere) sendMessage('tourStop').catch(() => undefined);
  }

  private offTour: (() => void) | undefined;

  /** The tour ended elsewhere (the popup, another tab): it ends here too, but for the
   *  "sent" panel, which the shopper closes. */
  private onTour = (tour: TourState | null) => {
    if (!tour?.active && !this.sent) this.stop(false);
  };

  private back(): void {
    const i = this.route().indexOf(this.step);
    if (i > 1) this.engine.moveTo(this.route()[i - 1]!);
  }

  private forward(): void {
    const i = this.route().indexOf(this.step);
    const next = this.route()[i + 1];
    if (next) this.engine.moveTo(next);
  }

  private route(): readonly StepId[] {
    return ROUTES[this.state.route];
  }

  private onUpdate(update: EngineUpdate): void {
    if (this.finished || this.sent) return;
    const changed = !this.last || this.last.step !== update.step || this.last.target !== update.target;
    this.last = update;
    if (update.target) {
      this.notFoundShown = false;
      clearTimeout(this.notFoundTimer);
      this.notFoundTimer = undefined;
    } else if (!this.notFoundTimer && !this.notFoundShown) {
      this.notFoundTimer = setTimeout(() => this.missing(), NOT_FOUND_MS);
    }
    if (changed) this.render();
  }

  private input(): StepViewInput {
    return {
      strings: this.options.strings,
      route: this.state.route,
      problem: this.state.problem,
      step: this.step,
      hasTarget: !!this.engine.currentTarget,
      notice: this.notice,
      teaching: this.engine.isTeaching,
    };
  }

  private render(): void {
    if (!this.overlay || this.finished) return;
    if (this.notFoundShown) {
      this.overlay.show(
        null,
        notFoundView(this.input(), {
          teach: () => this.teach(),
          copyDiagnostic: () => navigator.clipboard?.writeText(this.diagnostic()).catch(() => undefined),
          close: () => this.stop(true),
        }),
      );
      return;
    }
    this.overlay.show(
      this.engine.currentTarget,
      stepView(this.input(), {
        insert: () => this.insertDraft(false),
        back: () => this.back(),
        teach: (on) => this.engine.teach(on),
      }),
    );
  }

  private teach(): void {
    this.engine.teach(!this.engine.isTeaching);
    this.render();
  }

  private missing(): void {
    this.notFoundTimer = undefined;
    if (this.finished || this.engine.currentTarget) return;
    // Another window may be where the shopper is (the assistant opened one): only the window
    // in front reports a missing step.
    if (!document.hasFocus() && document.visibilityState !== 'visible') {
      this.notFoundTimer = setTimeout(() => this.missing(), NOT_FOUND_MS);
      return;
    }
    this.notFoundShown = true;
    if (!this.reported.has(this.step)) {
      this.reported.add(this.step);
      sendMessage('recordDiagnostic', {
        stepId: this.step,
        url: location.href,
        message: this.diagnostic(),
      }).catch(() => undefined);
    }
    this.render();
  }

  private diagnostic(): string {
    return [
      `step: ${this.step}`,
      `route: ${this.state.route}`,
      `url: ${location.origin}${location.pathname}`,
      `lang: ${document.documentElement.lang || '?'}`,
      this.engine.describe(),
      `extension: ${browser.runtime.getManifest().version}`,
    ].join('\n');
  }

  /** "Insert my draft": fills Wish's field, asking first if the shopper already wrote there. */
  insertDraft(replace: boolean): void {
    const t = this.options.strings;
    const field = this.engine.currentTarget as Field | null;
    if (!field || this.step !== 'message') return;
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
          h('button', { type: 'button', onclick: (e: Event) => e.isTrusted && this.keepMine() }, t.keep),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: (e: Event) => e.isTrusted && this.insertDraft(true),
            },
            t.replace,
          ),
        ),
      );
      return this.render();
    }
    const ok = fillField(field, text);
    this.notice = h('p', { class: ok ? 'status' : 'problem' }, ok ? t.insertedOnPage : t.copyFailed);
    this.render();
    this.engine.evaluate();
  }

  private keepMine(): void {
    this.notice = null;
    this.render();
  }

  private onSent(text: string): void {
    if (this.sent || this.finished) return;
    this.sent = true;
    // The tour is over: nothing elsewhere can change this page's panel any more.
    this.offTour?.();
    this.offTour = undefined;
    lastSent.at = Date.now();
    sendMessage('logContact', {
      orderNumber: this.state.orderNumber ?? '',
      problem: this.state.problem,
      contact: { channel: 'site', message: text, via: 'sent' },
    }).catch(() => undefined);
    sendMessage('tourStop').catch(() => undefined);
    clearTimeout(this.notFoundTimer);
    this.engine.stop();
    this.overlay?.show(
      null,
      doneView(this.options.strings, this.options.followUpDays, () => this.stop(false)),
    );
    this.doneTimer = setTimeout(() => this.stop(false), DONE_MS);
  }
}
