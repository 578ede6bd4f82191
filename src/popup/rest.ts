// What the popup shows after its first paint, in one chunk loaded at once beside it (one
// request, not one per part): the composer and the templates it writes with, the case view
// (shown once the composer has its draft), the messaging library, and the tab's page detection.
export { CaseView } from './CaseView';
export { Composer } from './Composer';
export { tabContext } from './tab';
export { sendMessage } from '../messaging/protocol';
