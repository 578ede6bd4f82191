// Every element of Wish's pages the extension points at or reads, as data.
// The engine (src/dom/locate.ts) tries each spec's strategies, scores the candidates and
// returns the best visible one, or nothing when it cannot tell. A change on wish.com is a
// change to this table (or to a label file in ./labels).
import type { LabelKey } from './labels';

export type LocatorId =
  | 'account-menu'
  | 'customer-support'
  | 'order-history'
  | 'wish-cash'
  | 'settings'
  | 'faq'
  | 'get-help'
  | 'sign-in'
  | 'topic-account'
  | 'topic-payment'
  | 'topic-order'
  | 'something-else'
  | 'contact-agent'
  | 'message'
  | 'send';

/** Where a candidate is expected to sit; being there adds to its score. */
export type Scope = 'header' | 'menu' | 'assistant' | 'order' | 'form';

export interface LocatorSpec {
  /** What it is, for diagnostics. */
  description: string;
  /** Roles the element (or the clickable ancestor of its text) should have. */
  roles: readonly string[];
  /** Labels naming it: its text, aria-label, title, placeholder or associated <label>. */
  labels?: readonly LabelKey[];
  /** Selectors on stable attributes (data-testid, name, aria-*): the strongest signal. */
  attributes?: readonly string[];
  /** Link targets that identify it. */
  hrefs?: readonly RegExp[];
  /** styled-components `Component__Element` prefixes: weak, secondary. Never the hash. */
  classHints?: readonly string[];
  /** Where it is expected. */
  scope?: Scope;
  /** Also found when hidden (a hover menu's entries are hidden until hovered). */
  hiddenOk?: boolean;
  /** The score a candidate needs (default 3): higher where a loose match would mislead. */
  minScore?: number;
  /** The menu entry whose menu this element opens ("structure near an anchor"). */
  ownsMenuWith?: readonly LabelKey[];
}

const MENU_ENTRY: Pick<LocatorSpec, 'roles' | 'scope'> = {
  roles: ['link', 'menuitem', 'button'],
  scope: 'menu',
};
const ASSISTANT_BUTTON: Pick<LocatorSpec, 'roles' | 'scope' | 'minScore'> = {
  roles: ['button', 'link', 'menuitem', 'option', 'radio'],
  scope: 'assistant',
  // Words like "Account" or "Other" are everywhere: outside the assistant they mean nothing.
  minScore: 6,
};

export const LOCATORS: Readonly<Record<LocatorId, LocatorSpec>> = {
  'account-menu': {
    description: "the account menu: the shopper's name or avatar in the header",
    roles: ['button', 'link', 'menuitem'],
    attributes: [
      '[data-testid*="account-menu" i]',
      '[data-testid*="profile-menu" i]',
      '[data-testid*="user-menu" i]',
      '[data-testid="header-profile"]',
      'header [aria-haspopup="menu"]',
      'header [aria-haspopup="true"]',
    ],
    classHints: ['ProfileMenu__', 'AccountMenu__', 'UserMenu__', 'HeaderProfile__', 'ProfileDropdown__'],
    scope: 'header',
    // Where the menu is in the DOM but hidden, its owner is the visible element beside it.
    ownsMenuWith: ['customerSupport', 'orderHistory', 'wishCash'],
  },
  'customer-support': {
    description: '"Customer Support" in the account menu',
    ...MENU_ENTRY,
    labels: ['customerSupport'],
    attributes: ['[data-testid*="customer-support" i]', '[data-testid*="customer-service" i]'],
    hrefs: [/\/(?:help|customer-support|support)(?:[/?#]|$)/],
    hiddenOk: true,
  },
  'order-history': {
    description: '"Order History" in the account menu',
    ...MENU_ENTRY,
    labels: ['orderHistory'],
    attributes: ['[data-testid*="order-history" i]'],
    hrefs: [/\/(?:transaction|orders|order-history)(?:[/?#]|$)/],
    hiddenOk: true,
  },
  'wish-cash': {
    description: '"Wish Cash" in the account menu',
    ...MENU_ENTRY,
    labels: ['wishCash'],
    attributes: ['[data-testid*="wish-cash" i]'],
    hrefs: [/\/wish-cash|\/cash(?:[/?#]|$)/],
    hiddenOk: true,
  },
  settings: {
    description: '"Settings" in the account menu',
    ...MENU_ENTRY,
    labels: ['settings'],
    attributes: ['[data-testid*="settings" i]'],
    hrefs: [/\/settings(?:[/?#]|$)/],
    hiddenOk: true,
  },
  faq: {
    description: '"FAQ" in the account menu',
    ...MENU_ENTRY,
    labels: ['faq'],
    attributes: ['[data-testid*="faq" i]'],
    hrefs: [/cs-help\.wish\.com|\/faq(?:[/?#]|$)/],
    hiddenOk: true,
  },
  'get-help': {
    description: 'the order\'s own "Contact Support" / "Get Help" button',
    roles: ['button', 'link'],
    labels: ['contactSupport', 'getHelp'],
    attributes: ['[data-testid*="contact-support" i]', '[data-testid*="get-help" i]'],
    classHints: ['ContactSupport__', 'GetHelp__'],
    scope: 'order',
  },
  'sign-in': {
    description: 'the sign-in button (signed-out pages)',
    roles: ['button', 'link'],
    labels: ['signIn'],
    attributes: ['[data-testid="login-button"]', '[data-testid*="sign-in" i]', '[data-testid*="signin" i]'],
    hrefs: [/\/(?:login|signin|sign-in)(?:[/?#]|$)/],
    scope: 'header',
  },
  'topic-account': {
    description: 'the assistant\'s "My Account" topic',
    ...ASSISTANT_BUTTON,
    labels: ['myAccount'],
    attributes: ['[data-testid*="topic-account" i]'],
  },
  'topic-payment': {
    description: 'the assistant\'s "Payment Issues" topic',
    ...ASSISTANT_BUTTON,
    labels: ['paymentIssues'],
    attributes: ['[data-testid*="topic-payment" i]'],
  },
  'topic-order': {
    description: "the assistant's topic about an order",
    ...ASSISTANT_BUTTON,
    labels: ['orderTopic'],
    attributes: ['[data-testid*="topic-order" i]'],
  },
  'something-else': {
    description: 'the assistant\'s "Something else"',
    ...ASSISTANT_BUTTON,
    labels: ['somethingElse'],
    attributes: ['[data-testid*="something-else" i]'],
  },
  'contact-agent': {
    description: 'the assistant\'s "Contact Support Agent"',
    ...ASSISTANT_BUTTON,
    labels: ['contactAgent'],
    attributes: ['[data-testid*="contact-agent" i]', '[data-testid*="support-agent" i]'],
  },
  message: {
    description: 'the message field for the support agent',
    roles: ['textbox'],
    labels: ['messageField'],
    attributes: [
      '[data-testid*="message-input" i]',
      '[data-testid*="chat-input" i]',
      'textarea[name*="message" i]',
    ],
    classHints: ['ChatInput__', 'MessageInput__', 'Composer__'],
    scope: 'assistant',
    // A bare textarea (a blog's comment box) is not enough: it needs a label or the assistant.
    minScore: 5,
  },
  send: {
    description: 'the send button beside the message field',
    roles: ['button'],
    labels: ['send'],
    attributes: ['[data-testid*="send" i]', 'button[type="submit"]'],
    classHints: ['SendButton__'],
    scope: 'form',
  },
};

/** Containers that give a candidate its scope. */
export const SCOPE_SELECTORS: Readonly<Record<Scope, string>> = {
  header: 'header, [role="banner"], nav, [class*="Header__"], [class*="NavBar__"], [data-testid*="header" i]',
  menu: '[role="menu"], [role="listbox"], [class*="Menu__"], [class*="Dropdown__"], [data-testid*="menu" i], header, nav',
  assistant:
    '[role="dialog"], [role="log"], [aria-label*="assistant" i], [aria-label*="βοηθ" i], [class*="Chat"], [class*="Assistant"], [data-testid*="assistant" i], [data-testid*="chat" i]',
  order: '[data-testid*="order" i], [class*="Order"], [class*="Transaction"], article, li',
  form: 'form, [role="form"], [role="dialog"], [class*="Chat"], [class*="Composer"], [data-testid*="chat" i]',
};

/** Where a match counts against a candidate (the page footer repeats many labels). */
export const UNLIKELY_SELECTORS = 'footer, [role="contentinfo"], [class*="Footer__"]';

/** Elements a shopper can act on, with the role each implies. */
export const INTERACTIVE_SELECTOR =
  'a[href], button, summary, input:not([type="hidden"]), textarea, select, [role], [tabindex], [contenteditable="true"], [contenteditable=""], [onclick], [data-testid]';

/** A message from a support agent in Wish's assistant (a reply stops the follow-up reminder). */
export const AGENT_MESSAGE_SELECTOR =
  '[data-testid*="agent-message" i], [class*="AgentMessage__"], [class*="Chat__Agent"], [class*="ChatMessage__Agent"], [data-author="agent"]';
