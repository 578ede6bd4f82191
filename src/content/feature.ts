// Features, refined-github style: each declares the pages it runs on and an init that ties
// every listener and observer to the AbortSignal it is given. When Wish changes page without
// reloading, the signal aborts and everything the feature started is torn down at once.
import type { Detector } from '../wish/pages';

export interface FeatureContext {
  signal: AbortSignal;
  url: string;
}

export interface Feature {
  id: string;
  include: ReadonlyArray<Detector | ((url: string) => boolean)>;
  init: (context: FeatureContext) => void | Promise<void>;
  /** The fixtures (tests/fixtures/pages) it was tried on; a test checks they exist and match. */
  testedOn: readonly string[];
}

export class FeatureRunner {
  private controller: AbortController | undefined;

  constructor(private readonly features: readonly Feature[]) {}

  /** Stops what ran for the previous URL and starts what fits the new one. */
  run(url: string): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    for (const feature of this.features) {
      if (!feature.include.some((detect) => safe(() => detect(url), false))) continue;
      Promise.resolve()
        .then(() => feature.init({ signal: controller.signal, url }))
        .catch((error) => console.error(`[Wish support] feature ${feature.id} failed`, error));
    }
  }

  stop(): void {
    this.controller?.abort();
  }
}

export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    console.error('[Wish support]', error);
    return fallback;
  }
}
