import type { Words } from './types';

// "Cronologia ordini", "Contatta il supporto", "Assistente Wish" were seen on Wish (public
// material, see docs); every other word here is inferred.
export const it: Words = {
  lang: 'it',
  sources: {
    orderHistory: 'seen on Wish ("Cronologia ordini")',
    contactSupport: 'seen on Wish ("Contatta il supporto")',
    wishAssistant: 'seen on Wish ("Assistente Wish")',
  },
  account: ['account', 'il mio account', 'profilo', 'il mio profilo', 'menu account', 'menu utente', 'menu dell account'],
  greeting: ['ciao', 'salve', 'benvenuto', 'benvenuta', 'bentornato', 'bentornata', 'buongiorno', 'buonasera'],
  signIn: ['Accedi', 'Login', 'Accedi / Registrati', 'Accedi o registrati', 'Entra'],
  register: ['crea account', 'crea un account', 'registrati', 'iscriviti', 'registrazione'],
  customerSupport: ['Assistenza clienti', 'Supporto clienti', 'Servizio clienti'],
  /** Generic words for help: they count only when no entry says customer support. */
  supportGeneric: ['Assistenza', 'Supporto', 'Aiuto', 'Aiuto e supporto', 'Contattaci'],
  orderHistory: ['Cronologia ordini', 'I miei ordini', 'Ordini', 'Storico ordini'],
  wishCash: ['Wish Cash'],
  settings: ['Impostazioni', 'Impostazioni account'],
  faq: ['Domande frequenti', 'FAQ', 'Centro assistenza', 'Centro di assistenza'],
  logOut: ['Esci', 'Disconnetti', 'Logout'],
  contactSupport: ['Contatta il supporto', "Contatta l'assistenza", "Contatta l'assistenza clienti"],
  getHelp: ['Ottieni aiuto', 'Serve aiuto?', 'Aiuto con questo ordine', 'Segnala un problema'],
  wishAssistant: ['Assistente Wish', 'Assistente virtuale', 'Assistente di supporto', 'Chat'],
  myAccount: ['Il mio account', 'Account', "Problemi con l'account", 'Account e profilo'],
  paymentIssues: ['Problemi di pagamento', 'Pagamenti', 'Problemi con il pagamento', 'Fatturazione', 'Addebiti'],
  orderTopic: ['Un ordine', 'Il mio ordine', "Dov'è il mio ordine?", 'Problemi con un ordine', 'Spedizione e consegna'],
  somethingElse: ["Qualcos'altro", 'Altro', 'Altri problemi', 'Nessuno di questi', 'Altre domande'],
  contactAgent: ["Contatta un agente dell'assistenza", 'Contatta un operatore', 'Parla con un operatore', 'Contatta un agente di supporto'],
  person: ['agente', 'un agente', 'operatore', 'un operatore', 'operatrice', 'persona', 'una persona', 'qualcuno', 'rappresentante', 'consulente', 'team di supporto', 'chat dal vivo', 'assistente umano'],
  yes: ['Sì', 'Sì grazie', 'Sì, grazie', 'Certo', 'OK', 'Va bene'],
  send: ['Invia email', 'Invia', 'Invia messaggio', 'Inoltra'],
  messageField: ['Messaggio', 'Il tuo messaggio', 'Scrivi un messaggio', 'Descrivi il problema', 'Come possiamo aiutarti?'],
};
