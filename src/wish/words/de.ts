import type { Words } from './types';

// Wish's German interface was not found in public material: every word here is inferred.
export const de: Words = {
  lang: 'de',
  sources: {},
  account: ['konto', 'mein konto', 'kundenkonto', 'profil', 'mein profil', 'kontomenü', 'benutzermenü', 'konto menü'],
  greeting: ['hallo', 'hi', 'hey', 'willkommen', 'willkommen zurück', 'guten tag', 'guten morgen', 'guten abend', 'servus'],
  signIn: ['Anmelden', 'Einloggen', 'Login', 'Anmelden / Registrieren', 'Anmelden oder registrieren'],
  register: ['konto erstellen', 'registrieren', 'neues konto', 'jetzt registrieren'],
  customerSupport: ['Kundensupport', 'Kundenservice', 'Kundendienst'],
  /** Generic words for help: they count only when no entry says customer support. */
  supportGeneric: ['Support', 'Hilfe', 'Hilfe & Support', 'Hilfe und Support', 'Kontakt', 'Kontaktiere uns'],
  orderHistory: ['Bestellverlauf', 'Meine Bestellungen', 'Bestellungen', 'Bestellhistorie'],
  wishCash: ['Wish Cash', 'Wish-Guthaben'],
  settings: ['Einstellungen', 'Kontoeinstellungen'],
  faq: ['Häufige Fragen', 'Häufig gestellte Fragen', 'FAQ', 'Hilfe-Center', 'Hilfecenter'],
  logOut: ['Abmelden', 'Ausloggen', 'Logout'],
  contactSupport: ['Support kontaktieren', 'Kundenservice kontaktieren', 'Kontaktiere den Support'],
  getHelp: ['Hilfe erhalten', 'Hilfe anfordern', 'Brauchst du Hilfe?', 'Hilfe zu dieser Bestellung', 'Problem melden'],
  wishAssistant: ['Wish-Assistent', 'Wish Assistent', 'Wish Assistant', 'Support-Assistent', 'Virtueller Assistent', 'Chat'],
  myAccount: ['Mein Konto', 'Konto', 'Kontoprobleme', 'Konto und Profil'],
  paymentIssues: ['Zahlungsprobleme', 'Zahlungen', 'Probleme mit der Zahlung', 'Abrechnung', 'Zahlung'],
  orderTopic: ['Eine Bestellung', 'Meine Bestellung', 'Wo ist meine Bestellung?', 'Probleme mit einer Bestellung', 'Versand und Lieferung'],
  somethingElse: ['Etwas anderes', 'Sonstiges', 'Anderes', 'Andere Anliegen', 'Keines davon', 'Etwas anderes?'],
  contactAgent: ['Support-Mitarbeiter kontaktieren', 'Mit einem Mitarbeiter sprechen', 'Mitarbeiter kontaktieren', 'Mit einem Agenten chatten'],
  person: ['mitarbeiter', 'mitarbeiterin', 'einem mitarbeiter', 'agenten', 'agent', 'berater', 'beraterin', 'person', 'mensch', 'einem menschen', 'jemandem', 'kundenberater', 'support team', 'supportteam', 'live chat', 'kundendienst mitarbeiter'],
  yes: ['Ja', 'Ja bitte', 'Ja, bitte', 'Gerne', 'OK', 'Okay'],
  send: ['E-Mail senden', 'Senden', 'Nachricht senden', 'Absenden', 'Abschicken'],
  messageField: ['Nachricht', 'Deine Nachricht', 'Ihre Nachricht', 'Nachricht eingeben', 'Beschreibe dein Problem', 'Beschreiben Sie Ihr Problem', 'Wie können wir helfen?'],
};
