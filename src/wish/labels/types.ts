// The words of Wish's interface that the extension looks for, in one language.
// Each entry lists variants: Wish's own wording first, then the guide's and plausible ones.
// A language is a data file beside this one; adding one means adding a file and a line in index.ts.

export interface Labels {
  /** BCP 47 code of the language. */
  lang: string;
  customerSupport: string[];
  orderHistory: string[];
  wishCash: string[];
  settings: string[];
  faq: string[];
  /** An order's own support button (Wish's route today). */
  contactSupport: string[];
  getHelp: string[];
  signIn: string[];
  wishAssistant: string[];
  myAccount: string[];
  paymentIssues: string[];
  /** Assistant topics about one order ("An order", "Where is my order?"). */
  orderTopic: string[];
  somethingElse: string[];
  contactAgent: string[];
  send: string[];
  messageField: string[];
}
