import type { Labels } from './types';

// "Cronologia ordini", "Contatta il supporto", "Assistente Wish", "Dettagli ordine" were seen
// on Wish (WISH-SITE.md); the rest are natural Italian variants, unverified.
export const it: Labels = {
  lang: 'it',
  customerSupport: ['Assistenza clienti', 'Supporto clienti', 'Assistenza'],
  orderHistory: ['Cronologia ordini', 'I miei ordini', 'Ordini'],
  wishCash: ['Wish Cash'],
  settings: ['Impostazioni', 'Impostazioni account'],
  faq: ['Domande frequenti', 'FAQ', 'Centro assistenza'],
  contactSupport: ['Contatta il supporto', 'Contatta lassistenza'],
  getHelp: ['Ottieni aiuto', 'Serve aiuto?'],
  signIn: ['Accedi', 'Login'],
  wishAssistant: ['Assistente Wish'],
  myAccount: ['Il mio account', 'Account'],
  paymentIssues: ['Problemi di pagamento', 'Pagamenti'],
  orderTopic: ['Un ordine', 'Il mio ordine', 'Dov è il mio ordine?'],
  somethingElse: ['Qualcos altro', 'Altro'],
  contactAgent: ['Contatta un agente dell assistenza', 'Contatta un operatore', 'Parla con un operatore'],
  send: ['Invia email', 'Invia'],
  messageField: ['Messaggio', 'Scrivi un messaggio', 'Descrivi il problema'],
};
