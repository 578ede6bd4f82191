// The extension's own words in English. Greek is in el.ts with the same keys (the type
// checker holds them together). Message templates to Wish are in src/compose.
export const en = {
  lang: 'en' as 'en' | 'el',
  actionTitle: 'Contact Wish support',
  badgeTitle: (n: number) => `Wish support: ${n} follow-up${n === 1 ? '' : 's'} due`,
  reminderTitle: 'Time to follow up with Wish',
  reminderBody: (order: string, date: string) =>
    `No answer about order ${order} since ${date}. Open the extension to send a follow-up.`,

  // Popup: context
  appName: 'Wish Support Companion',
  pageKinds: {
    feed: 'Wish: shopping feed',
    product: 'Wish: a product page',
    cart: 'Wish: your cart',
    orders: 'Wish: your order history',
    order: 'Wish: an order',
    account: 'Wish: account settings',
    support: 'Wish: the support assistant',
    'sign-in': 'Wish: sign-in page',
    'wish-other': 'Wish',
    'not-wish': 'This tab is not Wish',
  } as Record<string, string>,
  notSignedIn: 'You are not signed in on Wish: sign in first, the guide shows where.',
  openWish: 'Open wish.com',
  openOrders: 'Open your Wish orders',
  startGuide: 'Start guide',
  guideStarted: 'The guide is showing the way on the Wish page.',
  guideFailed: 'The Wish page did not answer. Reload it and try again.',
  guideHint: 'Shows you, on the page, the way to a support agent.',
  pageNotReady: 'Reload the Wish tab so the extension can work on it.',

  // Popup: orders
  ordersHeading: 'Your orders',
  noOrders: 'No orders yet. Open your order history on Wish and they appear here, or add one by hand.',
  capturedCount: (n: number) => `${n} order${n === 1 ? '' : 's'} found on Wish`,
  addOrder: 'Add an order number',
  addOrderLabel: 'Order number',
  addOrderButton: 'Add',
  keepAnyway: 'Keep it anyway',
  orderAdded: 'Order added.',
  orderProblems: {
    empty: 'Type or paste the order number.',
    characters: 'An order number has only letters and digits.',
    length:
      'Wish order numbers have 24 characters (like 5f1a2b3c4d5e6f708192a3b4) or 12-13 (like 0HSMWCNR827N).',
    date: 'This looks like a Wish id, but its date is impossible: check for a typo.',
    shape: 'This does not look like a Wish order number: check for a typo.',
  } as Record<string, string>,
  noOrder: '(no order)',
  unknown: 'unknown',
  findOrders: (n: number) => `Find an order among all ${n}`,
  findOrderLabel: 'Number, date (March 2025, 9/3/2025) or item',
  ordersFound: (shown: number, total: number) =>
    total === 0
      ? 'No stored order matches.'
      : shown < total
        ? `The newest ${shown} of ${total} that match: type more to narrow them down.`
        : `${total} order${total === 1 ? ' matches' : 's match'}.`,

  // Composer
  composerHeading: 'Write to Wish',
  order: 'Order',
  problem: 'Problem',
  channel: 'Channel',
  language: 'Message language',
  message: 'Message',
  subject: 'Subject',
  recipient: 'Recipient',
  channels: {
    site: "Wish's support agent (website)",
    email: 'Email to support@wish.com (not confirmed since 2024)',
    social: 'Direct message on X or Facebook (not confirmed since 2024)',
    letter: 'Letter (only if it is not urgent)',
    complaint: 'Complaint to a third party (BBB, Resolver, ECC Greece)',
  } as Record<string, string>,
  continue: 'Continue',
  cancel: 'Cancel',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  sendByEmail: 'Send by email',
  mailtoTooLong: 'This message is too long for a mail link: copy it and paste it into your email.',
  insert: 'Insert into Wish',
  inserted: "The message is in Wish's form. Check it, then press Send.",
  insertNeedsField: 'The guide will take you to Wish\'s message box first; press "Insert my draft" there.',
  print: 'Print',
  regenerate: 'Reset to template',
  edited: 'Edited by you: changes are saved as you type.',
  saved: 'Saved',
  missingHeading: 'Missing details',
  missingHelp: 'Fill them in here, or edit the message.',
  missingConfirm: (fields: string) => `These details are still missing: ${fields}. Continue anyway?`,
  overLimit: (n: number, limit: number) => `${n} of ${limit} characters: shorten it before posting.`,
  lengthOk: (n: number, limit: number) => `${n} of ${limit} characters.`,
  logSent: 'I sent it',
  logged: 'Recorded. A follow-up reminder is set.',
  disclaimer: 'Not affiliated with Wish. These texts are suggestions, not legal advice.',
  verified: (basis: string) => `Rests on: ${basis}.`,
  channelNotes: {
    site: "Wish's own route (its help center, 2025): Order History → the order → Contact Support (or Get Help); the Wish Assistant then hands you to a person. The guide's older route (hover your name → Customer Support) may still work. Agents answer in 24-48 business hours (a 2025 guide).",
    email:
      'support@wish.com comes from the guide, written before Wish was sold in 2024; no source since 2024 confirms it, so it may go unanswered. Put your order number in the subject.',
    social:
      'Send a direct message, not a public post: to @WishShopping on X or to the "Wish" page on Facebook (facebook.com/wish). Both come from the guide and are not confirmed since 2024; no response time is promised. Keep it short; if you post publicly at all, only ask them to read your message.',
    letter:
      "Only if it is not urgent. The guide's address (ContextLogic, One Sansome Street, San Francisco) most likely no longer reaches Wish: ContextLogic sold Wish in April 2024 and is now an unrelated company. No current postal address for Wish was found. Change the recipient if you know a better one.",
    complaint:
      "Write to Wish first. BBB (US) forwards a complaint within 2 business days, asks for a reply within 14 days, may publish the complaint's text, and cannot change it once sent (BBB's site). Resolver (UK) is free and keeps a case file. ECC Greece helps residents of Greece only with traders based in the EU, Norway or Iceland (its site).",
  } as Record<string, string>,
  stale: 'Probably out of date',
  unconfirmed: 'Not confirmed since 2024',
  current: 'Recent source',
  // Issue 12: what facts rest on, how a contact left, complaint bodies, deadline inputs.
  basis: {
    'wish-help-center-2025': "Wish's help center, 2025",
    'guides-2025': 'guides published in 2025',
    'guide-before-2024': 'the guide, written before 2024',
    'not-confirmed-since-2024': 'not confirmed since 2024',
    'sale-2024': 'the sale of Wish in April 2024',
    'bodies-own-sites': "each body's own site",
  } as Record<string, string>,
  via: {
    sent: 'sent on Wish',
    copied: 'copied',
    mailto: 'opened in your email',
    printed: 'printed',
    manual: 'recorded by you',
  } as Record<string, string>,
  publicPostHeading: 'If they do not read direct messages: a public post, with no order details',
  complaintTo: 'Complaint to',
  complaintBodies: {
    bbb: 'Better Business Bureau (US)',
    resolver: 'Resolver (UK)',
    'ecc-greece': 'European Consumer Centre of Greece',
  } as Record<string, string>,
  complaintPage: 'Open its complaint page',
  deliveredOn: 'Delivered on',
  disputeOpenedOn: 'PayPal dispute opened on',
  countedFrom: {
    order: 'counted from the order date',
    payment: 'counted from the payment date',
    estimate: 'counted from the end of the delivery estimate',
    'refund-eligible': 'counted from the Refund Eligible Date',
    delivery: 'counted from the delivery date',
    'dispute-opened': 'counted from the day the dispute was opened',
    statement: 'counted from the first statement showing the charge',
  } as Record<string, string>,
  deadlineSources: {
    'wish-refund': "Wish's help center: within 30 days after the item's Refund Eligible Date",
    'wish-delivered': "Wish's help center: a return or refund within 30 days of delivery",
    'paypal-dispute': 'PayPal Buyer Protection: a dispute within 180 days of payment',
    'paypal-escalate': 'PayPal: escalate a dispute to a claim within 20 days of opening it',
    'card-chargeback': 'Card networks: about 120 days from the charge or the promised delivery date',
    'fcba-letter': 'US Fair Credit Billing Act: a written dispute within 60 days of the first statement',
  } as Record<string, string>,
  updateComplaint: 'Update your complaint',
  deadlineNeeds: {
    delivery: "Enter the delivery date: Wish's 30 days for a delivered item count from it.",
    'dispute-opened':
      'Enter the day you opened the PayPal dispute: the 20 days to escalate it count from it.',
    statement:
      'Enter the date of the first statement showing the charge: the Fair Credit Billing Act’s 60 days count from it.',
  } as Record<string, string>,

  // Cases
  caseHeading: 'Your case',
  timeline: 'Contacts so far',
  noContactsYet: 'No contact recorded yet.',
  followUpDue: 'A follow-up is due: send the follow-up message.',
  followUpOn: (date: string) => `Follow up on ${date} if Wish has not answered.`,
  followUpDays: 'Days to wait before following up',
  replyReceived: 'Wish answered',
  solved: 'Solved',
  reopen: 'Reopen',
  writeFollowUp: 'Write the follow-up',
  rights: 'Your rights and deadlines',
  daysSince: (n: number) => `Ordered ${n} day${n === 1 ? '' : 's'} ago.`,
  pastEstimate: (n: number) => `${n} day${n === 1 ? '' : 's'} past the latest estimated delivery date.`,
  beforeEstimate: (n: number) => `${n} day${n === 1 ? '' : 's'} until the latest estimated delivery date.`,
  mayComplain:
    'Not delivered 30 days after ordering (or after the latest estimated delivery date): a parcel is the seller’s responsibility until it reaches your door, and you may file a complaint with a third party.',
  nextRung: (channel: string) => `Next step: ${channel}.`,
  deadlines: {
    'wish-refund': "Wish's window to ask for a refund (never arrived)",
    'wish-delivered': "Wish's window for a delivered item (wrong or not as described)",
    'paypal-dispute': 'PayPal dispute',
    'paypal-escalate': 'PayPal: escalate to a claim',
    'card-chargeback': 'Card chargeback (about; ask your bank)',
    'fcba-letter': 'Fair Credit Billing Act letter (US cards)',
  } as Record<string, string>,
  deadlineLeft: (date: string, n: number) =>
    n >= 0 ? `until ${date} (${n} day${n === 1 ? '' : 's'} left)` : `passed on ${date}`,
  approximate: 'counted from the order date',
  approximateEstimate: 'counted from the delivery estimate',
  payment: 'How you paid',
  payments: { card: 'Card', paypal: 'PayPal', other: 'Other' } as Record<string, string>,
  paidOn: 'Paid on',
  statementOn: 'First statement showing the charge',
  country: 'Your country',
  countries: {
    US: 'United States',
    UK: 'United Kingdom',
    EU: 'European Union',
    other: 'Elsewhere',
  } as Record<string, string>,
  bodies: {
    bbb: 'Better Business Bureau (bbb.org)',
    ftc: 'US Federal Trade Commission (reportfraud.ftc.gov)',
    resolver: 'Resolver (resolver.co.uk), free',
    'citizens-advice': 'Citizens Advice consumer service',
    'ecc-net': 'European Consumer Centre of your country (ECC-Net; Greece: eccgreece.gr)',
    'card-issuer': 'Your card issuer (chargeback)',
    paypal: 'PayPal Resolution Center',
  } as Record<string, string>,
  eccCaveat:
    'only for traders based in the EU, Norway or Iceland. Wish was sold in 2024 to a company of the Qoo10 group (Singapore); where its trader is registered today is not confirmed, so the centre may not take the case.',
  evidence: 'Evidence pack',
  evidenceHint: 'Everything about this case in one printable page, to attach to a dispute or complaint.',

  // Other paths
  otherPaths: 'Other ways',
  phoneWarning:
    'Wish has no phone support. Phone numbers found online for it are not Wish’s (2025 guides): do not call them or give them your details.',
  appRoute:
    'On a phone: open the Wish app and make sure you are signed in, tap the menu (three lines) at the bottom right, then Customer Support. Pick "My Account" or "Payment Issues", then "Something else", then "Contact Support Agent".',
  popupBlocker:
    'If the assistant does not open, a pop-up blocker may be stopping it: allow pop-ups for wish.com.',

  // Options
  optionsTitle: 'Wish Support Companion: settings',
  yourDetails: 'Your details',
  yourDetailsHelp: 'Used to fill your messages. They stay in this browser.',
  name: 'Your name',
  accountNumber: 'Account number',
  contactEmail: 'Contact email',
  postalAddress: 'Postal address',
  preferences: 'Preferences',
  defaultChannel: 'Default channel',
  uiLanguage: 'Language',
  languages: { auto: 'Browser language', en: 'English', el: 'Ελληνικά' } as Record<string, string>,
  launcher: 'Show "Contact support about this order" on Wish order pages',
  data: 'Your data',
  dataHelp: 'Everything stays in this browser; the extension sends nothing anywhere.',
  storedSummary: (orders: number, cases: number, drafts: number) =>
    `${orders} orders, ${cases} cases, ${drafts} drafts stored.`,
  exportData: 'Export (JSON)',
  importData: 'Import',
  imported: (o: number, c: number) => `Imported ${o} orders and ${c} cases.`,
  clearData: 'Clear all data',
  clearConfirm: 'Delete all orders, cases and drafts from this browser?',
  cleared: 'All data cleared.',
  saveDone: 'Saved.',
  invalidEmail: 'This does not look like an email address.',
  diagnostics: 'Diagnostics',
  diagnosticsHelp:
    'When the guide could not find a step on Wish, it noted why here. Copy it if you report a problem.',
  noDiagnostics: 'Nothing recorded.',

  // Overlay (content script)
  overlayLabel: 'Wish support guide',
  stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
  close: 'Close guide',
  back: 'Back',
  next: 'Next',
  stepTitle: {
    'sign-in': 'Sign in first',
    'account-menu': 'Hover over your name',
    'customer-support': 'Click "Customer Support"',
    'get-help': 'Click "Contact Support" (or "Get Help") on this order',
    topic: 'Pick the topic',
    'something-else': 'Click "Something else"',
    'contact-agent': 'Click "Contact Support Agent"',
    message: 'Write your message',
    send: 'Send it',
  } as Record<string, string>,
  stepBody: {
    'sign-in':
      'Support needs your account. Sign in (or sign up: Google and Facebook work too), then start the guide again.',
    'account-menu':
      'Move the mouse over your name or picture, without clicking: a click opens your settings instead of the menu.',
    'customer-support':
      'Click "Customer Support" in the menu. If nothing opens, a pop-up blocker may be in the way: allow pop-ups for wish.com.',
    'get-help':
      "This is Wish's own route today: the order's button opens the Wish Assistant with the order attached.",
    topic: 'Choose "{topic}". Both "My Account" and "Payment Issues" lead to an agent.',
    'something-else': 'None of the ready answers fit: "Something else" leads to the agent.',
    'contact-agent': 'Choose "Contact Support Agent" to write to a person.',
    message:
      'Check that your contact email is right, then write what happened, your order number and date, and what you want.',
    send: 'Read it once more, then send. If there is no answer in a few days, send a follow-up.',
  } as Record<string, string>,
  topics: { 'topic-account': 'My Account', 'topic-payment': 'Payment Issues' } as Record<string, string>,
  insertDraft: 'Insert my draft',
  replaceConfirm: 'The box already has text. Replace it with your draft?',
  replace: 'Replace',
  keep: 'Keep mine',
  noDraft: 'No draft yet: write one in the extension popup first.',
  insertedOnPage: 'Draft inserted. Check it, then send.',
  notFoundTitle: "Can't find this step",
  notFoundBody:
    'Wish may have changed its page, or a pop-up blocker stopped the assistant. Here is what to do by hand:',
  otherChannels: 'Or write another way (addresses from the guide, not confirmed since 2024):',
  copyDiagnostic: 'Copy details for a bug report',
  doneTitle: 'Sent',
  doneBody: (days: number) =>
    `Recorded. If Wish has not answered in ${days} days, the extension reminds you to follow up.`,
  launcherLabel: 'Contact support about this order',
  launcherDismiss: 'Hide',
  dontClick: "Don't click",

  // The guide's corrections (taught by the shopper)
  showMe: 'Show me where it is',
  teachHint:
    'Click the element on the page now: the guide will remember it for this step, on this computer only.',
  taught: 'Thank you: the guide will look there first from now on.',
  correctionsTitle: 'Places you showed the guide',
  correctionsHelp:
    'When the guide could not find a step, you showed it where to look. These corrections stay in this browser. Copy them to help fix the extension for everyone.',
  noCorrections: 'None yet.',
  deleteCorrection: 'Delete',
  copyCorrections: 'Copy a report',
};

export type UiStrings = typeof en;
