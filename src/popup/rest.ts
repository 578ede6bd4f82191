// What the popup shows after its first paint, in one chunk loaded at once beside it (one
// request, not one per part): the composer and the templates it writes with, the case view
// (shown once the composer has its draft), the messaging library, the tab's page detection, and
// the words of all these in both languages (the settings are not read yet when this is asked
// for; a request of their own, for one language, cost the main thread more than the other's
// bytes do).
export { CaseView } from './CaseView';
export { Composer } from './Composer';
export { tabContext } from './tab';
export { sendMessage } from '../messaging/protocol';
export { strings as laterEn } from '../i18n/pages/later.en';
export { strings as laterEl } from '../i18n/pages/later.el';
