// Which of the extension's words each part of a page shows, so that a page loads only its own
// (src/i18n/pages/<part>.<lang>.ts). The popup paints with POPUP_KEYS; its composer, case
// view and what shows after the shopper acts, loaded beside it, with LATER_KEYS. A key missing here is a type error where the
// page uses it (its components take these narrower types).
import type { UiStrings } from './en';

export const POPUP_KEYS = [
  'lang',
  'appName',
  // Orders
  'ordersHeading',
  'noOrders',
  'capturedCount',
  'addOrder',
  'addOrderLabel',
  'addOrderButton',
  'keepAnyway',
  'orderAdded',
  // What a click on "Start guide" says
  'guideStarted',
  'guideFailed',
] as const satisfies readonly (keyof UiStrings)[];

export const LATER_KEYS = [
  'lang',
  'appName',
  // The tab's context (known after the first paint)
  'pageKinds',
  'notSignedIn',
  'openWish',
  'openOrders',
  'startGuide',
  'guideHint',
  'pageNotReady',
  'guideFailed',
  'disclaimer',
  'channels',
  // Composer
  'composerHeading',
  'order',
  'noOrder',
  'findOrders',
  'findOrderLabel',
  'ordersFound',
  'problem',
  'channel',
  'language',
  'message',
  'subject',
  'recipient',
  'continue',
  'cancel',
  'copy',
  'copied',
  'copyFailed',
  'sendByEmail',
  'mailtoTooLong',
  'insert',
  'inserted',
  'insertNeedsField',
  'replaceConfirm',
  'print',
  'regenerate',
  'edited',
  'saved',
  'missingHeading',
  'missingHelp',
  'missingConfirm',
  'overLimit',
  'lengthOk',
  'logSent',
  'logged',
  'verified',
  'channelNotes',
  'stale',
  'unconfirmed',
  'current',
  'basis',
  'publicPostHeading',
  'complaintTo',
  'complaintBodies',
  'complaintPage',
  // What is shown only after the shopper acts: a hand-typed order's problems, the other ways
  // (collapsed, below the composer).
  'orderProblems',
  'otherPaths',
  'phoneWarning',
  'appRoute',
  'popupBlocker',
  // Case view
  'caseHeading',
  'timeline',
  'noContactsYet',
  'via',
  'followUpDue',
  'followUpOn',
  'followUpDays',
  'replyReceived',
  'solved',
  'reopen',
  'writeFollowUp',
  'updateComplaint',
  'rights',
  'daysSince',
  'pastEstimate',
  'beforeEstimate',
  'mayComplain',
  'nextRung',
  'deadlines',
  'deadlineLeft',
  'deadlineNeeds',
  'deadlineSources',
  'countedFrom',
  'deliveredOn',
  'disputeOpenedOn',
  'payment',
  'payments',
  'paidOn',
  'statementOn',
  'country',
  'countries',
  'bodies',
  'eccCaveat',
  'evidence',
  'evidenceHint',
] as const satisfies readonly (keyof UiStrings)[];

export type PopupStrings = Pick<UiStrings, (typeof POPUP_KEYS)[number]>;
export type LaterStrings = Pick<UiStrings, (typeof LATER_KEYS)[number]>;

/** The entries of `all` named by `keys` (what the build does to the source, done at run time). */
export function pickStrings<K extends keyof UiStrings>(
  all: UiStrings,
  keys: readonly K[],
): Pick<UiStrings, K> {
  const out = {} as Pick<UiStrings, K>;
  for (const k of keys) out[k] = all[k];
  return out;
}
