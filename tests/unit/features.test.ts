import { describe, expect, it } from 'vitest';
import { agentWatch } from '../../src/content/features/agent-watch';
import { captureOrders } from '../../src/content/features/capture-orders';
import { captureLoader } from '../../src/content/features/capture-loader';
import { guideTour } from '../../src/content/features/guide-tour';
import { orderLauncher } from '../../src/content/features/order-launcher';
import { fixtures } from '../helpers/fixtures';

// refined-github's habit: every feature names the pages it was tried on, and they must exist
// and be pages the feature runs on.
describe.each(
  [captureOrders, captureLoader, orderLauncher, guideTour, agentWatch].map((f) => [f.id, f] as const),
)('feature %s', (_, feature) => {
  it('lists fixtures it was tried on, and runs on each', () => {
    expect(feature.testedOn.length).toBeGreaterThan(0);
    const all = new Map(fixtures().map((f) => [f.name, f.url]));
    for (const name of feature.testedOn) {
      const url = all.get(name);
      expect(url, `${name} is not a fixture`).toBeDefined();
      expect(
        feature.include.some((detect) => detect(url!)),
        `${feature.id} does not run on ${name}`,
      ).toBe(true);
    }
  });
});

describe('the capture part', () => {
  it('is loaded on exactly the pages where capture runs', () => {
    for (const { name, url } of fixtures()) {
      const runs = captureOrders.include.some((detect) => detect(url));
      expect(
        captureLoader.include.some((detect) => detect(url)),
        name,
      ).toBe(runs);
    }
  });
});
