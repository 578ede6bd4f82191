// Order capture on Wish's order pages: the always-on script asks for the capture part
// (src/content/capture-bundle.ts) the first time the shopper is on one, then runs it for each
// order page of this visit.
import { isOrderDetail, isOrderHistory } from '../../wish/pages';
import type { Feature } from '../feature';
import { CAPTURE_TESTED_ON } from './capture-fixtures';
import { loadCapture } from '../parts';

export const captureLoader: Feature = {
  id: 'capture-loader',
  include: [isOrderHistory, isOrderDetail],
  async init(context) {
    const capture = await loadCapture();
    if (!context.signal.aborted) capture.run(context);
  },
  testedOn: CAPTURE_TESTED_ON,
};
