// The words of Wish's interface that the guide looks for, in one language, as families of
// wordings: a control matches a family when its whole accessible name (normalised: case,
// accents, punctuation and spacing do not count) is one of the family's names. A few families
// also match by meaning (src/wish/meaning.ts): "talk to a person" is any short name holding a
// word for a person; an account trigger is any short name holding a word for "account".
// Adding a language: copy en.ts, translate every list, add it to index.ts.

export interface Words {
  /** BCP 47 code of the language. */
  lang: string;
  /** Which lists come (in part) from a public source, and which; every other list is inferred
   *  from how shopping sites word the same thing and must be confirmed on Wish's real pages. */
  sources: Partial<Record<WordKey, string>>;

  // The top bar
  /** Words for "account"/"profile" in a trigger's name ("Account menu for Maria"). */
  account: string[];
  /** Greetings before the shopper's name ("Hi, Maria"). */
  greeting: string[];
  signIn: string[];
  /** Signing in as someone the page already knows (a one-tap "Continue as Maria"); "…" stands
   *  for their name, or their name and e-mail. Inferred from sign-in prompts of other sites. */
  signInAs: string[];
  /** Creating an account: a signed-out top bar's offer, never the account trigger. */
  register: string[];

  // The account menu (Wish's known entries: a menu holding them is the account menu)
  customerSupport: string[];
  /** "Support", "Contact us": weaker than a name that says customer support. */
  supportGeneric: string[];
  /** A bare "Help": weaker still, since it often leads to the help center's articles. */
  helpGeneric: string[];
  orderHistory: string[];
  wishCash: string[];
  settings: string[];
  faq: string[];
  logOut: string[];

  // An order's own button (Wish's route today)
  contactSupport: string[];
  getHelp: string[];

  // The assistant
  wishAssistant: string[];
  myAccount: string[];
  paymentIssues: string[];
  /** Topics about one order ("Where is my order?"). */
  orderTopic: string[];
  somethingElse: string[];
  contactAgent: string[];
  /** Words for a person: a short control name holding one means "talk to a person". */
  person: string[];
  /** "Yes": the answer to the assistant's question about a person. */
  yes: string[];
  send: string[];
  messageField: string[];
}

export type WordKey = Exclude<keyof Words, 'lang' | 'sources'>;
