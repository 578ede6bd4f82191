// The in-memory WebExtension API that unit tests use in place of webextension-polyfill.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
export { fakeBrowser as browser };
