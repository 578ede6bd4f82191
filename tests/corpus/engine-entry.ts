// The guide engine alone, for the corpus walk (scripts/corpus.ts): injected into a generated
// page, it runs the same engine the content script runs and marks each step's target with
// `data-wsg-step`, without the rest of the extension (no storage, no overlay).
import { GuideEngine } from '../../src/content/guide/engine';
import type { StepId } from '../../src/guide/steps';
import type { ProblemId, TourRoute } from '../../src/model/types';

interface StartOptions {
  problem?: ProblemId;
  route?: TourRoute;
  lang?: string;
  nameHint?: string;
  stepId?: StepId;
  orderNumber?: string;
}

declare global {
  interface Window {
    __wsgCorpus?: {
      start(options?: StartOptions): void;
      stop(): void;
      step(): string;
      describe(): string;
      engine(): GuideEngine | undefined;
    };
  }
}

let engine: GuideEngine | undefined;
window.__wsgCorpus = {
  start(options: StartOptions = {}) {
    engine?.stop();
    engine = new GuideEngine(
      document,
      {
        route: options.route ?? 'account-menu',
        problem: options.problem ?? 'never-delivered',
        ...(options.orderNumber ? { orderNumber: options.orderNumber } : {}),
        ...(options.nameHint ? { nameHint: options.nameHint } : {}),
        ...(options.stepId ? { startAt: options.stepId } : {}),
      },
      { onUpdate: () => undefined },
    );
    engine.start();
  },
  stop() {
    engine?.stop();
    engine = undefined;
  },
  step() {
    return engine?.current ?? '';
  },
  /** What the engine sees (top bars, trigger, menu, assistant), for a failure report. */
  describe() {
    return engine?.describe() ?? '';
  },
  /** The engine itself, for a debugging session's console (never read by the walker). */
  engine() {
    return engine;
  },
};
