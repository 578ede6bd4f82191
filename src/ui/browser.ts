// The extension pages' `browser`: the browser's own promise-based API (Firefox's `browser`,
// Chrome's MV3 `chrome`), without webextension-polyfill, which these pages do not need and
// would load first. The build puts this file where the pages import the polyfill; the worker
// and the content script keep the polyfill.
import type Browser from 'webextension-polyfill';

const g = globalThis as { browser?: unknown; chrome?: unknown };
const api = (g.browser ?? g.chrome) as typeof Browser;
export default api;
