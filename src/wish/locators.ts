// Every element of Wish's pages the guide points at, and the regions it looks in, as data.
// The engine (src/dom/locate.ts) scores candidates by these signals inside the region a step
// allows (src/guide/steps.ts), and returns nothing when it cannot tell. A change on wish.com
// is a change to this table, to a word family in ./words, or to ./pages.ts.
import type { WordKey } from './words';

export type LocatorId =
  | 'account-menu'
  | 'customer-support'
  | 'get-help'
  | 'sign-in'
  | 'topic-account'
  | 'topic-payment'
  | 'topic-order'
  | 'something-else'
  | 'contact-agent'
  | 'message'
  | 'send';

export interface LocatorSpec {
  /** What it is, for diagnostics. */
  description: string;
  /** Roles the element (or the clickable ancestor of its text) should have. */
  roles: readonly string[];
  /** Word families whose whole wording names it. */
  words?: readonly WordKey[];
  /** Word families that name it more loosely: they score less than `words`. */
  weakWords?: readonly WordKey[];
  /** Word families weaker still: they count only when neither of the above names anything. */
  weakestWords?: readonly WordKey[];
  /** Word families that name something else: a candidate so named is never it. */
  notWords?: readonly WordKey[];
  /** A meaning beyond whole names (src/wish/meaning.ts). */
  meaning?: 'person' | 'else' | 'payment' | 'account' | 'order' | 'help' | 'customer' | 'send';
  /** Selectors on stable attributes (data-testid, name, aria-*): the strongest signal. */
  attributes?: readonly string[];
  /** Link targets that identify it. */
  hrefs?: readonly RegExp[];
  /** styled-components `Component__Element` prefixes: weak, secondary. Never the hash. */
  classHints?: readonly string[];
  /** The score a candidate needs (default 4). */
  minScore?: number;
}

/** The roles of the assistant's choices. Named fields, not an object spread into each entry:
 *  a spread keeps the whole table in every bundle that imports one selector from this file. */
const ASSISTANT_CHOICE: readonly string[] = [
  'button',
  'link',
  'menuitem',
  'option',
  'radio',
  'menuitemradio',
];

export const LOCATORS: Readonly<Record<LocatorId, LocatorSpec>> = {
  'account-menu': {
    description: "the account trigger: the shopper's name, greeting or avatar in the top bar",
    roles: ['button', 'link', 'menuitem'],
    attributes: [
      '[data-testid*="account-menu" i]',
      '[data-testid*="profile-menu" i]',
      '[data-testid*="user-menu" i]',
      '[data-testid="header-profile"]',
      '[data-testid*="account-button" i]',
      '[data-testid*="avatar" i]',
    ],
    classHints: [
      'ProfileMenu__',
      'AccountMenu__',
      'UserMenu__',
      'HeaderProfile__',
      'ProfileDropdown__',
      'Avatar',
      'Account',
      'Profile',
    ],
  },
  'customer-support': {
    description: '"Customer Support" in the account menu',
    roles: ['link', 'menuitem', 'button'],
    words: ['customerSupport'],
    weakWords: ['supportGeneric'],
    // A bare "Help" counts last: beside "Support" it is more often the help center.
    weakestWords: ['helpGeneric'],
    notWords: ['faq'],
    meaning: 'customer',
    // Searched only inside the menu the trigger revealed: a plain text entry is enough there,
    // also one in generic words ("Contact us" drawn as a div: 0.7 × 4 visible text).
    minScore: 2.5,
    attributes: ['[data-testid*="customer-support" i]', '[data-testid*="customer-service" i]'],
    hrefs: [/^(?:https?:\/\/(?:www\.)?wish\.com)?\/(?:help|customer-support|support)(?:[/?#]|$)/],
  },
  'get-help': {
    description: 'the order\'s own "Contact Support" / "Get Help" button',
    roles: ['button', 'link'],
    words: ['contactSupport', 'getHelp'],
    meaning: 'help',
    attributes: ['[data-testid*="contact-support" i]', '[data-testid*="get-help" i]'],
    classHints: ['ContactSupport__', 'GetHelp__'],
  },
  'sign-in': {
    description: 'the sign-in button (signed-out pages)',
    roles: ['button', 'link'],
    words: ['signIn'],
    attributes: ['[data-testid="login-button"]', '[data-testid*="sign-in" i]', '[data-testid*="signin" i]'],
    hrefs: [/^(?:https?:\/\/(?:www\.)?wish\.com)?\/(?:login|signin|sign-in)(?:[/?#]|$)/],
  },
  'topic-account': {
    description: 'the assistant\'s "My Account" topic',
    roles: ASSISTANT_CHOICE,
    words: ['myAccount'],
    meaning: 'account',
    attributes: ['[data-testid*="topic-account" i]'],
  },
  'topic-payment': {
    description: 'the assistant\'s "Payment Issues" topic',
    roles: ASSISTANT_CHOICE,
    words: ['paymentIssues'],
    meaning: 'payment',
    attributes: ['[data-testid*="topic-payment" i]'],
  },
  'topic-order': {
    description: "the assistant's topic about an order",
    roles: ASSISTANT_CHOICE,
    words: ['orderTopic'],
    meaning: 'order',
    attributes: ['[data-testid*="topic-order" i]'],
  },
  'something-else': {
    description: 'the assistant\'s "Something else"',
    roles: ASSISTANT_CHOICE,
    words: ['somethingElse'],
    meaning: 'else',
    attributes: ['[data-testid*="something-else" i]'],
  },
  'contact-agent': {
    description: 'the assistant\'s "Contact Support Agent": any control that means talking to a person',
    roles: ASSISTANT_CHOICE,
    words: ['contactAgent'],
    meaning: 'person',
    attributes: [
      '[data-testid*="contact-agent" i]',
      '[data-testid*="support-agent" i]',
      '[data-testid*="live-agent" i]',
    ],
  },
  message: {
    description: 'the message field for the support agent',
    roles: ['textbox'],
    words: ['messageField'],
    attributes: [
      '[data-testid*="message-input" i]',
      '[data-testid*="chat-input" i]',
      'textarea[name*="message" i]',
    ],
    classHints: ['ChatInput__', 'MessageInput__', 'Composer__'],
    minScore: 3,
  },
  send: {
    description: 'the send button beside the message field',
    roles: ['button'],
    words: ['send'],
    meaning: 'send',
    attributes: ['[data-testid*="send" i]', 'button[type="submit"]', 'input[type="submit"]'],
    classHints: ['SendButton__'],
  },
};

/** The site's top bar, by landmark or by name (geometry finds the others: src/dom/regions.ts). */
export const TOPBAR_SELECTOR =
  'header, [role="banner"], [data-testid*="header" i], [class*="Header__"], [class*="NavBar__"], [class*="TopBar__"], [class*="Navbar__"]';

/** Regions that look like Wish's assistant: a dialog, a chat log, a chat widget. */
export const ASSISTANT_SELECTOR =
  '[role="dialog"], [role="alertdialog"], [role="log"], [aria-modal="true"], [aria-label*="assistant" i], [aria-label*="assistent" i], [aria-label*="asistente" i], [aria-label*="βοηθ" i], [aria-label*="chat" i], [data-testid*="assistant" i], [data-testid*="chat" i], [class*="Chat"], [class*="Assistant"]';

/** A page of its own that is an assistant says so: in its title or its first headings (in
 *  any supported language: assistant, chat, help, support), or by a live conversation. */
export const ASSISTANT_PAGE_WORDS =
  /assist|asistente|βοηθ|\bchat|\baide\b|\bayuda\b|\bhilfe\b|\bhelp\b|\baiuto\b|\bajuda\b|support|soporte|suporte|υποστηρ|conversa|discussion|unterhaltung/i;
export const CONVERSATION_SELECTOR = '[role="log"], [aria-live="polite"], [aria-live="assertive"]';

/** Cookie and consent banners and frames (TrustArc on Wish): never a step's region. */
export const CONSENT_SELECTOR =
  '[id*="consent" i], [class*="consent" i], [id*="cookie" i], [class*="cookie" i], [id*="truste" i], [class*="truste" i], [id*="onetrust" i], [class*="onetrust" i], [id*="gdpr" i], [class*="gdpr" i], [aria-label*="cookie" i], [aria-label*="consent" i], [aria-label*="privacy" i]';
export const CONSENT_FRAME = /consent|cookie|truste|onetrust|gdpr|privacy/i;

/** Page content: never a step's target, whatever its words (a product titled "Customer
 *  Support Headset", a footer link, an article, a help-center question). */
export const CONTENT_SELECTOR =
  'footer, [role="contentinfo"], [class*="Footer__"], p, h1, h2, h3, blockquote, [class*="FeedTile"], [class*="ProductTile"], [class*="ProductCard"], [class*="Tile__"], [class*="Promo"], [class*="Banner__"], [itemtype*="Product"], [data-testid*="product" i], [data-testid*="tile" i]';

/** Links to content: products, stores, categories, searches, help-center articles and FAQs. */
export const CONTENT_HREF =
  /\/(?:product|c|m\/c)\/[0-9a-f]{24}|\/merchant\/|\/~\/|\/search\/|\/feed\/tag_|cs-help\.wish\.com|\/hc\/|\/articles?\/|\/faq(?:[/?#]|$)|\/blog\//i;

/** A feed tile's product id (`data-id`), which marks product content. */
export const PRODUCT_ID = /^[0-9a-f]{24}$/;

/** The account menu's known entries: a menu holding them is the account menu. */
export const MENU_ENTRY_WORDS: readonly WordKey[] = [
  'customerSupport',
  'supportGeneric',
  'helpGeneric',
  'orderHistory',
  'wishCash',
  'settings',
  'logOut',
  'faq',
];

/** Entries only the account menu holds (a help menu holds support and FAQ entries too). */
export const ACCOUNT_ENTRY_WORDS: readonly WordKey[] = ['orderHistory', 'wishCash', 'settings', 'logOut'];

/** Names of a help menu's own trigger ("Help ▾"): never the account trigger. */
export const HELP_TRIGGER_WORDS: readonly WordKey[] = [
  'customerSupport',
  'supportGeneric',
  'helpGeneric',
  'faq',
];

/** The names of avatars and profile pictures in class names and alt texts, in every supported
 *  language: "Foto de perfil de Lucía", "Profilbild", "Immagine del profilo", "Φωτογραφία
 *  προφίλ" (inferred). */
export const AVATAR_HINT = /avatar|profil|perfil|προφ[ιί]λ|user-?pic|user-?photo|account/i;

/** Not the account trigger, though it sits in the top bar with a popup. */
export const NOT_TRIGGER_HREF =
  /\/cart(?:[/?#]|$)|\/search|\/notifications|\/(?:login|signin|sign-in|signup|sign-up|register)(?:[/?#]|$)|\/(?:brands?|merchant|product|c|~|feed|categor(?:y|ies)|deals?)\//i;

/** The site's general help, support or contact pages: a link there that does not name the
 *  order is a promotion's or the page's, not the order's own button. */
export const GENERAL_HELP_HREF =
  /^(?:https?:\/\/(?:www\.)?wish\.com)?\/(?:help|support|contact|customer-support)(?:[/?#]|$)/i;

/** Elements a shopper can act on, with the role each implies. */
export const INTERACTIVE_SELECTOR =
  'a[href], button, summary, input:not([type="hidden"]), textarea, select, [role], [tabindex], [contenteditable="true"], [contenteditable=""], [onclick], [aria-haspopup]';

/** A message from a support agent in Wish's assistant (a reply stops the follow-up reminder). */
export const AGENT_MESSAGE_SELECTOR =
  '[data-testid*="agent-message" i], [class*="AgentMessage__"], [class*="Chat__Agent"], [class*="ChatMessage__Agent"], [data-author="agent"]';
