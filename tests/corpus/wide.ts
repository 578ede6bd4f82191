// The corpus's second set of axes ("wide" variants, ids `w<seed>`): ways a changing, modern
// wish.com could draw the same path that the first generator did not try. A wide variant is
// the classic variant of the same seed (`s<seed>`, unchanged, drawn from the same stream) with
// these axes drawn from a second, independent stream: at their first value each axis leaves
// the classic page as it was, so old ids keep producing what they did.
//
// Written blind, like the rest of the corpus: from WISH-SITE.md and from how shops build their
// UI today, not from the extension's locators or word lists.
import type { Lang } from './words';

export const WIDE_TAGS = {
  /** Class names: styled-components (classic) | hashed CSS-modules/atomic names with no
   *  component prefix | div soup: hashed names, no landmarks, buttons drawn as role=button divs. */
  markup: ['styled', 'hashed', 'div-soup'],
  /** How the account trigger is drawn, over the classic `trigger` tag: a background-image
   *  avatar with no text or label; the name cut by CSS ellipsis; the name cut in the text
   *  itself ("Emily C."); one icon button among many in a busy top bar. */
  trigger2: ['classic', 'avatar-bg', 'name-ellipsis', 'name-short', 'icon-row'],
  /** The top bar hides while the page scrolls down, and the page opens scrolled down (a feed
   *  restored where the shopper left it): the shopper must scroll up to see the bar. */
  barScroll: ['none', 'hides'],
  /** One more decoy: a second hover menu "Help" holding the same support label; a promotion
   *  with "talk to our support team" buttons; a third party's marketing chat bot, open, that
   *  looks like an assistant; a support icon and a Help link beside the account trigger; a
   *  sticky "need help?" ribbon at the bottom with contact links. */
  decoy2: ['none', 'help-menu', 'support-promo', 'third-party-bot', 'help-beside-trigger', 'help-ribbon'],
  /** Labels of the path's controls: plain | split over spans with icons, emoji and chevrons |
   *  with non-breaking spaces, zero-width characters and soft hyphens. */
  text: ['plain', 'spans-icons', 'nbsp-zw'],
  /** The assistant's behaviour: classic | messages streamed word by word (chips after) |
   *  earlier chips stay in the log, disabled | chips are custom elements with shadow roots. */
  chat: ['classic', 'stream', 'chips-stay', 'chip-elements'],
  /** Wordings: the classic lists | fresh wordings a redesign could bring (wide-words below). */
  wording: ['classic', 'fresh'],
  /** Language and direction: none | the page laid out right to left | the assistant left in
   *  English on a translated site | the menu's support entry left in English | a wrong or
   *  missing lang attribute. */
  mix: ['none', 'rtl', 'assistant-en', 'menu-en', 'lang-attr'],
} as const satisfies Record<string, readonly string[]>;

export type WideTagName = keyof typeof WIDE_TAGS;
export type WideTags = { [K in WideTagName]: (typeof WIDE_TAGS)[K][number] };

/** Fresh wordings per language: what a redesign or a new translation could plausibly write
 *  for the same controls. All inferred (no public source shows Wish's own), chosen from how
 *  shops in each language commonly word them; none repeats the classic lists in words.ts. */
export interface FreshWords {
  customerSupport: string[];
  getHelp: string[];
  myAccount: string[];
  payment: string[];
  whereOrder: string[];
  somethingElse: string[];
  agent: string[];
  agentQuestion: string[];
  yes: string[];
  no: string[];
  messagePlaceholder: string[];
  send: string[];
  // Decoys.
  helpMenu: string;
  promoTitle: string[];
  promoAgent: string[];
  ribbon: string;
  contactUs: string;
  botName: string;
  botHello: string;
  botChips: string[];
}

export const FRESH: Record<Lang, FreshWords> = {
  en: {
    customerSupport: ['Contact Us', 'Contact customer service', 'Support chat', 'Customer service chat'],
    getHelp: ['Need help?', 'Help with this order', 'Report a problem', 'Problem with order'],
    myAccount: ['Account & profile', 'My profile', 'Login and account'],
    payment: ['Billing', 'Payment problem', 'Charges & payments'],
    whereOrder: ['Order not received', 'Delivery status', 'Late delivery'],
    somethingElse: ['Other issue', 'I need help with something else', 'Other questions', 'None of the above'],
    agent: [
      'Chat with an agent',
      'Message our team',
      'Get in touch with support',
      'I want to talk to someone',
      'Reach a support specialist',
      'Talk to customer care',
    ],
    agentQuestion: [
      'Still need help? I can connect you with a member of our support team.',
      'Shall I hand you over to a colleague?',
    ],
    yes: ['Yes, please', 'Yes please', 'Sure'],
    no: ['No, thanks', 'No thanks'],
    messagePlaceholder: ['How can we help?', 'Enter your message here', 'Describe your issue in detail'],
    send: ['Send message', 'Submit request', 'Send to support'],
    helpMenu: 'Help',
    promoTitle: ['Talk to our support team today!', 'Questions? Our support team is here 24/7'],
    promoAgent: ['Talk to our support team', 'Chat with an agent now'],
    ribbon: 'Need help?',
    contactUs: 'Contact us',
    botName: 'Ava · Deals assistant',
    botHello: 'Hi there 👋 Want 20% off your next order? Ask me anything!',
    botChips: ["Today's deals", 'Talk to a human', 'Something else', 'Customer Support'],
  },
  el: {
    customerSupport: ['Επικοινωνία', 'Επικοινωνήστε μαζί μας', 'Συνομιλία με την υποστήριξη'],
    getHelp: ['Χρειάζεστε βοήθεια;', 'Βοήθεια με αυτή την παραγγελία', 'Αναφορά προβλήματος'],
    myAccount: ['Λογαριασμός και προφίλ', 'Το προφίλ μου'],
    payment: ['Χρεώσεις και πληρωμές', 'Πρόβλημα με την πληρωμή'],
    whereOrder: ['Η παραγγελία δεν παραλήφθηκε', 'Κατάσταση παράδοσης'],
    somethingElse: ['Άλλο θέμα', 'Χρειάζομαι βοήθεια με κάτι άλλο', 'Κανένα από τα παραπάνω'],
    agent: [
      'Συνομιλία με εκπρόσωπο',
      'Στείλτε μήνυμα στην ομάδα μας',
      'Θέλω να μιλήσω με κάποιον',
      'Επικοινωνία με έναν συνεργάτη',
    ],
    agentQuestion: [
      'Χρειάζεστε ακόμα βοήθεια; Μπορώ να σας συνδέσω με την ομάδα υποστήριξης.',
      'Να σας μεταφέρω σε έναν συνάδελφο;',
    ],
    yes: ['Ναι, παρακαλώ', 'Ναι, ευχαριστώ'],
    no: ['Όχι, ευχαριστώ'],
    messagePlaceholder: ['Πώς μπορούμε να βοηθήσουμε;', 'Γράψτε εδώ το μήνυμά σας'],
    send: ['Αποστολή μηνύματος', 'Υποβολή αιτήματος'],
    helpMenu: 'Βοήθεια',
    promoTitle: ['Μιλήστε σήμερα με την ομάδα υποστήριξής μας!'],
    promoAgent: ['Μιλήστε με την ομάδα υποστήριξης', 'Συνομιλία με εκπρόσωπο τώρα'],
    ribbon: 'Χρειάζεστε βοήθεια;',
    contactUs: 'Επικοινωνία',
    botName: 'Άβα · Βοηθός προσφορών',
    botHello: 'Γεια 👋 Θέλετε έκπτωση 20% στην επόμενη παραγγελία; Ρωτήστε με!',
    botChips: ['Προσφορές ημέρας', 'Μιλήστε με άνθρωπο', 'Κάτι άλλο', 'Υποστήριξη πελατών'],
  },
  it: {
    customerSupport: ['Contattaci', 'Contatta il servizio clienti', 'Chat di assistenza'],
    getHelp: ['Hai bisogno di aiuto?', 'Aiuto con questo ordine', 'Segnala un problema'],
    myAccount: ['Account e profilo', 'Il mio profilo'],
    payment: ['Addebiti e pagamenti', 'Problema con il pagamento'],
    whereOrder: ['Ordine non ricevuto', 'Stato della consegna'],
    somethingElse: ['Altro problema', 'Ho bisogno di aiuto per altro', 'Nessuna delle precedenti'],
    agent: [
      'Chatta con un operatore',
      'Scrivi al nostro team',
      'Voglio parlare con qualcuno',
      'Contatta uno specialista',
    ],
    agentQuestion: [
      'Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza.',
      'Vuoi che ti passi a un collega?',
    ],
    yes: ['Sì, grazie', 'Sì, per favore'],
    no: ['No, grazie'],
    messagePlaceholder: ['Come possiamo aiutarti?', 'Scrivi qui il tuo messaggio'],
    send: ['Invia richiesta', 'Invia al supporto'],
    helpMenu: 'Aiuto',
    promoTitle: ['Parla oggi con il nostro team di assistenza!'],
    promoAgent: ['Parla con il nostro team di assistenza', 'Chatta ora con un operatore'],
    ribbon: 'Serve aiuto?',
    contactUs: 'Contattaci',
    botName: 'Ava · Assistente offerte',
    botHello: 'Ciao 👋 Vuoi il 20% di sconto sul prossimo ordine? Chiedimi pure!',
    botChips: ['Offerte di oggi', 'Parla con una persona', 'Altro', 'Assistenza clienti'],
  },
  de: {
    customerSupport: ['Kontakt', 'Kundenservice kontaktieren', 'Support-Chat', 'Hilfe & Kontakt'],
    getHelp: ['Hilfe benötigt?', 'Hilfe zu dieser Bestellung', 'Problem melden'],
    myAccount: ['Konto & Profil', 'Mein Profil'],
    payment: ['Abbuchungen & Zahlungen', 'Problem mit der Zahlung'],
    whereOrder: ['Bestellung nicht erhalten', 'Lieferstatus'],
    somethingElse: ['Anderes Anliegen', 'Ich brauche Hilfe bei etwas anderem', 'Nichts davon'],
    agent: [
      'Mit dem Kundenservice chatten',
      'Unserem Team schreiben',
      'Ich möchte mit jemandem sprechen',
      'Einen Berater kontaktieren',
    ],
    agentQuestion: [
      'Brauchst du noch Hilfe? Ich kann dich mit unserem Support-Team verbinden.',
      'Soll ich dich an einen Kollegen weiterleiten?',
    ],
    yes: ['Ja, bitte', 'Ja gerne'],
    no: ['Nein, danke'],
    messagePlaceholder: ['Wie können wir helfen?', 'Deine Nachricht hier eingeben'],
    send: ['Nachricht senden', 'Anfrage absenden'],
    helpMenu: 'Hilfe',
    promoTitle: ['Sprich noch heute mit unserem Support-Team!'],
    promoAgent: ['Mit unserem Support-Team sprechen', 'Jetzt mit einem Mitarbeiter chatten'],
    ribbon: 'Brauchst du Hilfe?',
    contactUs: 'Kontakt',
    botName: 'Ava · Angebots-Assistentin',
    botHello: 'Hallo 👋 Möchtest du 20 % Rabatt auf deine nächste Bestellung? Frag mich!',
    botChips: ['Angebote des Tages', 'Mit einem Menschen sprechen', 'Etwas anderes', 'Kundensupport'],
  },
  fr: {
    customerSupport: ['Nous contacter', 'Contacter le service client', "Chat d'assistance"],
    getHelp: ["Besoin d'aide ?", 'Aide pour cette commande', 'Signaler un problème'],
    myAccount: ['Compte et profil', 'Mon profil'],
    payment: ['Facturation', 'Problème de paiement'],
    whereOrder: ['Commande non reçue', 'Suivi de livraison'],
    somethingElse: ['Autre problème', "J'ai besoin d'aide pour autre chose", 'Aucune de ces options'],
    agent: [
      'Discuter avec un conseiller',
      'Écrire à notre équipe',
      'Je veux parler à quelqu’un',
      'Joindre un spécialiste',
    ],
    agentQuestion: [
      "Besoin d'aide supplémentaire ? Je peux vous mettre en relation avec notre équipe.",
      'Voulez-vous que je vous transfère à un collègue ?',
    ],
    yes: ['Oui, merci', "Oui, s'il vous plaît"],
    no: ['Non, merci'],
    messagePlaceholder: ['Comment pouvons-nous vous aider ?', 'Saisissez votre message ici'],
    send: ['Envoyer le message', 'Envoyer la demande'],
    helpMenu: 'Aide',
    promoTitle: ["Parlez dès aujourd'hui à notre équipe d'assistance !"],
    promoAgent: ["Parler à notre équipe d'assistance", 'Discuter avec un conseiller'],
    ribbon: "Besoin d'aide ?",
    contactUs: 'Nous contacter',
    botName: 'Ava · Assistante bons plans',
    botHello: 'Bonjour 👋 Envie de -20 % sur votre prochaine commande ? Demandez-moi !',
    botChips: ['Offres du jour', 'Parler à un humain', 'Autre chose', 'Service client'],
  },
  es: {
    customerSupport: ['Contáctanos', 'Contactar con atención al cliente', 'Chat de soporte'],
    getHelp: ['¿Necesitas ayuda?', 'Ayuda con este pedido', 'Informar de un problema'],
    myAccount: ['Cuenta y perfil', 'Mi perfil'],
    payment: ['Cargos y pagos', 'Problema con el pago'],
    whereOrder: ['Pedido no recibido', 'Estado de la entrega'],
    somethingElse: ['Otro problema', 'Necesito ayuda con otra cosa', 'Ninguna de las anteriores'],
    agent: [
      'Chatear con un agente',
      'Escribir a nuestro equipo',
      'Quiero hablar con alguien',
      'Contactar con un especialista',
    ],
    agentQuestion: [
      '¿Sigues necesitando ayuda? Puedo ponerte en contacto con nuestro equipo de soporte.',
      '¿Quieres que te pase con un compañero?',
    ],
    yes: ['Sí, por favor', 'Sí, gracias'],
    no: ['No, gracias'],
    messagePlaceholder: ['¿Cómo podemos ayudarte?', 'Escribe aquí tu mensaje'],
    send: ['Enviar mensaje', 'Enviar solicitud'],
    helpMenu: 'Ayuda',
    promoTitle: ['¡Habla hoy con nuestro equipo de soporte!'],
    promoAgent: ['Habla con nuestro equipo de soporte', 'Chatea ahora con un agente'],
    ribbon: '¿Necesitas ayuda?',
    contactUs: 'Contáctanos',
    botName: 'Ava · Asistente de ofertas',
    botHello: 'Hola 👋 ¿Quieres un 20 % de descuento en tu próximo pedido? ¡Pregúntame!',
    botChips: ['Ofertas del día', 'Hablar con una persona', 'Otra cosa', 'Atención al cliente'],
  },
  pt: {
    customerSupport: ['Fale conosco', 'Falar com o atendimento', 'Chat de suporte'],
    getHelp: ['Precisa de ajuda?', 'Ajuda com este pedido', 'Relatar um problema'],
    myAccount: ['Conta e perfil', 'Meu perfil'],
    payment: ['Cobranças e pagamentos', 'Problema com o pagamento'],
    whereOrder: ['Pedido não recebido', 'Status da entrega'],
    somethingElse: ['Outro problema', 'Preciso de ajuda com outra coisa', 'Nenhuma das opções'],
    agent: [
      'Conversar com um atendente',
      'Enviar mensagem para a equipe',
      'Quero falar com alguém',
      'Falar com um especialista',
    ],
    agentQuestion: [
      'Ainda precisa de ajuda? Posso transferir você para nossa equipe de suporte.',
      'Quer que eu passe você para um colega?',
    ],
    yes: ['Sim, por favor', 'Sim, obrigado'],
    no: ['Não, obrigado'],
    messagePlaceholder: ['Como podemos ajudar?', 'Digite aqui sua mensagem'],
    send: ['Enviar mensagem', 'Enviar solicitação'],
    helpMenu: 'Ajuda',
    promoTitle: ['Fale hoje com nossa equipe de suporte!'],
    promoAgent: ['Fale com nossa equipe de suporte', 'Converse agora com um atendente'],
    ribbon: 'Precisa de ajuda?',
    contactUs: 'Fale conosco',
    botName: 'Ava · Assistente de ofertas',
    botHello: 'Oi 👋 Quer 20% de desconto no próximo pedido? Pergunte!',
    botChips: ['Ofertas do dia', 'Falar com uma pessoa', 'Outra coisa', 'Atendimento ao cliente'],
  },
};

/** Icon-row top bar: the labels of the other icon buttons (the account is one of them). */
export const ICON_ROW: Record<Lang, string[]> = {
  en: ['Notifications', 'Messages', 'Wishlist', 'Language and currency', 'Get the app'],
  el: ['Ειδοποιήσεις', 'Μηνύματα', 'Λίστα επιθυμιών', 'Γλώσσα και νόμισμα', 'Κατεβάστε την εφαρμογή'],
  it: ['Notifiche', 'Messaggi', 'Lista dei desideri', 'Lingua e valuta', "Scarica l'app"],
  de: ['Benachrichtigungen', 'Nachrichten', 'Wunschliste', 'Sprache und Währung', 'App laden'],
  fr: ['Notifications', 'Messages', 'Liste de souhaits', 'Langue et devise', "Télécharger l'appli"],
  es: ['Notificaciones', 'Mensajes', 'Lista de deseos', 'Idioma y moneda', 'Descargar la app'],
  pt: ['Notificações', 'Mensagens', 'Lista de desejos', 'Idioma e moeda', 'Baixar o app'],
};

/** Draws the wide axes. `pick` comes from the wide stream; `lang` steers two dependencies. */
export function drawWide(
  pick: <T>(list: readonly T[]) => T,
  lang: Lang,
  force: Partial<Record<string, string>>,
): WideTags {
  const t = {} as Record<WideTagName, string>;
  for (const name of Object.keys(WIDE_TAGS) as WideTagName[]) t[name] = pick(WIDE_TAGS[name]);
  for (const [k, v] of Object.entries(force)) if (v !== undefined && k in WIDE_TAGS) t[k as WideTagName] = v;
  // English pages cannot leave something "in English": they get a wrong lang attribute instead.
  if (lang === 'en' && (t.mix === 'assistant-en' || t.mix === 'menu-en') && !force.mix) t.mix = 'lang-attr';
  for (const name of Object.keys(WIDE_TAGS) as WideTagName[])
    if (!(WIDE_TAGS[name] as readonly string[]).includes(t[name]))
      throw new Error(`bad tag ${name}=${t[name]}`);
  return t as WideTags;
}

// ------------------------------------------------------------------ text shapes

const ICONS = ['💬', '🎧', '✉️', '👤', '❓', '🛟'];
const ZW = ['\u200b', '\u200c', '\u2060', '\ufeff'];

export function escHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A label drawn as the `text` axis says, as HTML (for markup the generator writes). The
 *  same shapes are drawn in page-script.ts for the assistant's controls. */
export function shapeLabel(label: string, mode: string, r: () => number): string {
  if (mode === 'spans-icons') {
    const words = label.split(' ');
    const icon = ICONS[Math.floor(r() * ICONS.length)]!;
    const lead =
      r() < 0.5
        ? `<span aria-hidden="true">${icon}</span> `
        : r() < 0.5
          ? `${icon} `
          : '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="currentColor"/></svg> ';
    const body = words.map((w) => `<span>${escHtml(w)}</span>`).join(r() < 0.5 ? ' ' : '<span> </span>');
    const tail = r() < 0.4 ? ' <span aria-hidden="true">›</span>' : '';
    return `${lead}${body}${tail}`;
  }
  if (mode === 'nbsp-zw') return escHtml(odd(label, r));
  return escHtml(label);
}

/** Non-breaking spaces, zero-width characters, soft hyphens and padding in a label. */
export function odd(label: string, r: () => number): string {
  let s = label.replace(/ /g, () => (r() < 0.6 ? '\u00a0' : ' '));
  const zw = ZW[Math.floor(r() * ZW.length)]!;
  const at = 1 + Math.floor(r() * Math.max(1, s.length - 1));
  s = s.slice(0, at) + zw + s.slice(at);
  s = s.replace(/([^\s]{4})([^\s]{4,})/, (_, a: string, b: string) => (r() < 0.5 ? `${a}\u00ad${b}` : a + b));
  return (r() < 0.5 ? ' ' : '') + s + (r() < 0.5 ? '\u00a0' : '');
}
