// The fixture pages capture is tested on, named once for the always-on loader and the capture
// part it loads (both describe the same feature).
export const CAPTURE_TESTED_ON = [
  'orders-en',
  'orders-el',
  'order-en',
  'order-en-transaction',
  'orders-de',
  'order-pt',
  'orders-es-table',
];
