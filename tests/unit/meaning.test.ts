import { describe, expect, it } from 'vitest';
import {
  bestNameScore,
  greetedName,
  looksLikeInitials,
  looksLikePersonName,
  meansCustomerSupport,
  meansDismiss,
  meansElse,
  meansHelp,
  meansAccount,
  labelsPersonsAccount,
  meansPerson,
  namesServiceAlone,
  meansYes,
  asksForPerson,
  meansTracking,
  initialsOf,
  meansArrival,
  mentionsPerson,
  reachesService,
  nameScore,
  showsName,
} from '../../src/wish/meaning';
import { normalise } from '../../src/wish/text';
import { WORDS, wordsFor, type WordKey } from '../../src/wish/words';

const FAMILIES = Object.keys(WORDS[0]!).filter((k) => k !== 'lang' && k !== 'sources') as WordKey[];

describe('word families', () => {
  it('seven languages, every family filled in each', () => {
    expect(WORDS.map((w) => w.lang)).toEqual(['en', 'el', 'it', 'de', 'fr', 'es', 'pt']);
    expect(FAMILIES).toEqual(
      expect.arrayContaining(['customerSupport', 'myAccount', 'paymentIssues', 'contactAgent', 'person']),
    );
    for (const w of WORDS)
      for (const key of FAMILIES) expect(w[key].length, `${w.lang}.${key}`).toBeGreaterThan(0);
  });

  it('every wording of every language matches its own family, whole, in any case', () => {
    for (const w of WORDS)
      for (const key of FAMILIES)
        for (const wording of w[key]) {
          if (!normalise(wording)) continue;
          expect(nameScore(wording, key), `${w.lang}.${key}: ${wording}`).toBe(1);
          expect(nameScore(wording.toUpperCase(), key), `${w.lang}.${key}: ${wording.toUpperCase()}`).toBe(1);
        }
  });

  it('wordsFor joins the languages without duplicates', () => {
    const list = wordsFor('customerSupport');
    expect(new Set(list).size).toBe(list.length);
    expect(list).toContain('Customer Support');
    expect(list).toContain('Υποστήριξη πελατών');
    expect(list).toContain('Kundensupport');
  });
});

describe('nameScore: whole names', () => {
  const cases: [string, WordKey, string][] = [
    // en
    ['en', 'customerSupport', 'Customer Support'],
    ['en', 'customerSupport', '  customer   SUPPORT! '],
    ['en', 'myAccount', 'My Account'],
    ['en', 'somethingElse', 'Something else?'],
    ['en', 'contactAgent', 'Contact Support Agent'],
    // el: accents, case and final sigma do not count
    ['el', 'customerSupport', 'Υποστήριξη πελατών'],
    ['el', 'customerSupport', 'ΥΠΟΣΤΗΡΙΞΗ ΠΕΛΑΤΩΝ'],
    ['el', 'customerSupport', 'υποστηριξη πελατων'],
    ['el', 'paymentIssues', 'Ζητήματα πληρωμών'],
    ['el', 'somethingElse', 'Κάτι άλλο'],
    ['el', 'myAccount', 'Ο λογαριασμός μου'],
    ['el', 'myAccount', 'Ο ΛΟΓΑΡΙΑΣΜΟΣ ΜΟΥ'],
    // it
    ['it', 'orderHistory', 'Cronologia ordini'],
    ['it', 'orderHistory', 'CRONOLOGIA ORDINI'],
    ['it', 'somethingElse', "Qualcos'altro"],
    ['it', 'somethingElse', 'Qualcos altro'],
    ['it', 'customerSupport', 'Assistenza clienti'],
    // de
    ['de', 'customerSupport', 'Kundensupport'],
    ['de', 'myAccount', 'Mein Konto'],
    ['de', 'faq', 'Häufige Fragen'],
    ['de', 'faq', 'haufige fragen'],
    // fr
    ['fr', 'customerSupport', 'Service client'],
    ['fr', 'paymentIssues', 'Problèmes de paiement'],
    ['fr', 'paymentIssues', 'PROBLEMES DE PAIEMENT'],
    ['fr', 'somethingElse', 'Autre chose'],
    // es
    ['es', 'customerSupport', 'Atención al cliente'],
    ['es', 'customerSupport', 'atencion al cliente.'],
    ['es', 'myAccount', 'Mi cuenta'],
    ['es', 'orderTopic', '¿Dónde está mi pedido?'],
    // pt
    ['pt', 'customerSupport', 'Atendimento ao cliente'],
    ['pt', 'orderHistory', 'Histórico de pedidos'],
    ['pt', 'orderHistory', 'historico de pedidos'],
    ['pt', 'somethingElse', 'Outra coisa'],
  ];
  it.each(cases)('%s %s: "%s"', (_lang, key, name) => {
    expect(nameScore(name, key)).toBe(1);
  });

  it('a product title holding the words is not the control', () => {
    expect(nameScore('Customer Support Headset Pro', 'customerSupport')).toBe(0);
    expect(nameScore('My Account Notebook Deluxe', 'myAccount')).toBe(0);
    expect(nameScore('Customer Support Headset 2', 'customerSupport')).toBe(0);
    expect(nameScore('Premium Customer Support', 'customerSupport')).toBe(0);
    expect(nameScore('Υποστήριξη πελατών ακουστικά', 'customerSupport')).toBe(0);
    expect(
      bestNameScore('Customer Support Headset Pro', ['customerSupport', 'orderHistory', 'faq', 'logOut']),
    ).toBe(0);
  });

  it('a trailing count or amount is set aside (0.9)', () => {
    expect(nameScore('Wish Cash €12,50', 'wishCash')).toBe(0.9);
    expect(nameScore('Wish Cash $3.00', 'wishCash')).toBe(0.9);
    expect(nameScore('Orders 3', 'orderHistory')).toBe(0.9);
    expect(nameScore('Customer Support (2)', 'customerSupport')).toBe(0.9);
    // Numbers before the label are not a count after it.
    expect(nameScore('12 Wish Cash', 'wishCash')).toBe(0);
  });

  it('empty or punctuation-only names score nothing', () => {
    expect(nameScore('', 'customerSupport')).toBe(0);
    expect(nameScore('  ›  ', 'customerSupport')).toBe(0);
    expect(bestNameScore('', ['customerSupport', 'send'])).toBe(0);
  });

  it('bestNameScore takes the best family', () => {
    expect(bestNameScore('Log out', ['customerSupport', 'logOut'])).toBe(1);
    expect(bestNameScore('Orders 2', ['customerSupport', 'orderHistory'])).toBe(0.9);
  });
});

describe('meansPerson', () => {
  it.each([
    'Talk to a person',
    'Chat with a human',
    'Live chat',
    'Speak with a representative',
    'Talk to someone',
    'Contact an agent',
    'Parla con un operatore',
    'Mit einem Mitarbeiter sprechen',
    'Hablar con un asesor',
    'Falar com um atendente',
    'Συνομιλία με εκπρόσωπο',
    'Parler à un conseiller',
    'Chatta con una persona',
    'Mit einem Menschen chatten',
    'Falar com uma pessoa',
    'Μίλησε με έναν άνθρωπο',
    'Talk to customer care',
    'Enviar mensagem para a equipe',
    'Enviar un mensaje al equipo',
    'Invia un messaggio al team',
    'Nachricht an das Team senden',
    'Chat with customer service',
    'Contattare il servizio clienti',
    'Mit dem Kundenservice sprechen',
    'Get in touch with support',
    'Chat with support',
    'Contacter le support',
    'Entre em contato com o suporte',
    'Reach out to our support team',
  ])('"%s" means a person', (name) => {
    expect(meansPerson(name)).toBeGreaterThan(0);
  });

  it.each([
    'Still need help? Contact us',
    '¿Aún necesitas ayuda? Contáctanos',
    'Hai ancora bisogno di aiuto? Contattaci',
    'Brauchst du noch Hilfe? Schreib uns',
    "Besoin d'aide ? Contactez-nous",
    'Ainda precisa de ajuda? Fale conosco',
    'Χρειάζεστε ακόμα βοήθεια; Επικοινωνήστε μαζί μας',
    'Still need help? Chat with our team',
    'Ainda precisa de ajuda? Fale com a gente',
    // Service given in person.
    'Persönliche Beratung anfordern',
    'Atención personalizada',
    'Conseil personnalisé',
    'Get personal support',
  ])('a question about help and its call in one control: "%s"', (name) => {
    expect(meansPerson(name)).toBeGreaterThan(0);
  });

  it.each([
    'Contact us',
    'Need a bulk order? Contact us',
    'Questions about your data? Contact our privacy team',
    'Need help? Visit the Help Center',
    'Still need help? Contact the seller',
    'Need help? Contact us? Now',
    'Need help finding a product? Ask us',
    'Need help with sizing? Ask us',
  ])('not an offer of the support team: "%s"', (name) => {
    expect(meansPerson(name)).toBe(0);
  });

  it('a family wording scores 1, a wording by meaning 0.8', () => {
    expect(meansPerson('Contact Support Agent')).toBe(1);
    expect(meansPerson('Talk to a person')).toBe(0.8);
  });

  it.each([
    'How do I contact an agent?',
    'Can I speak with a representative?',
    'Why can\u2019t I reach a human?',
    'Wie kann ich einen Mitarbeiter erreichen?',
    'Comment parler à un conseiller ?',
    '¿Cómo hablo con un agente?',
    'Come posso parlare con un operatore?',
  ])('a question is an article title: "%s"', (name) => {
    expect(meansPerson(name)).toBe(0);
  });

  it('long texts are not a control', () => {
    expect(meansPerson('Our agents are available every day from nine in the morning to five')).toBe(0);
    expect(meansPerson('Our friendly support team answers most questions within two business days')).toBe(0);
  });

  it('names without a person are not it', () => {
    for (const name of [
      'Customer Support',
      'My Account',
      'Something else',
      'Send',
      'Payment Issues',
      '',
      // Reaching "help" or "care" alone is the help center's articles, not its people.
      'Ask for help',
      'Get help',
      'Get in touch',
      'Support',
      // The assistant itself is no person.
      'Chat with Wish Assistant',
      'Ask the assistant',
    ])
      expect(meansPerson(name), name).toBe(0);
  });

  // Bug: QUESTION_START lists Greek question words with `\b` (ASCII-only without the u flag)
  // and with a final "ς" ("πως") that normalise() has already folded to "σ", so a Greek
  // question ("Πώς μπορώ να μιλήσω με εκπρόσωπο;") is taken for the agent button.
  it('a Greek question is an article title too', () => {
    expect(meansPerson('Πώς μπορώ να μιλήσω με εκπρόσωπο;')).toBe(0);
  });

  it('mentionsPerson: the assistant asking about a person', () => {
    expect(mentionsPerson('Would you like to talk to an agent?')).toBe(true);
    expect(mentionsPerson('Θέλετε να μιλήσετε με έναν εκπρόσωπο;')).toBe(true);
    expect(mentionsPerson('Is there anything else I can help with?')).toBe(false);
    // Being put in touch with the team, the pronoun after the verb.
    expect(
      mentionsPerson(
        'Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza.',
      ),
    ).toBe(true);
    expect(mentionsPerson('¿Necesitas más ayuda? Puedo ponerte en contacto con nuestro equipo.')).toBe(true);
    expect(mentionsPerson('Can I put you in touch with our support team?')).toBe(true);
    expect(mentionsPerson('Il nostro team ha trasferito il rimborso.')).toBe(false);
    expect(mentionsPerson('')).toBe(false);
  });
});

describe('meansAccount', () => {
  it.each([
    ['Account menu for Maria', 0.8],
    // Read without the owner's name, never surely the account ("Account for Sellers"); a
    // label naming a person's account is (labelsPersonsAccount, below).
    ['Menú de la cuenta de Carmen Ruiz', 0.8],
    ['Menu du compte de Claire Dubois', 0.8],
    ['Kontomenü von Jonas Becker', 0.8],
    ['Menu del account di Luca Bianchi', 0.8],
    ['Account for Sellers', 0.8],
    ['Account for Wish Merchants', 0.8],
    ['Profile', 1],
    ['Mein Konto', 1],
    ['My account', 1],
    ["Maria's account", 0.8],
    ['Ο λογαριασμός μου', 1],
    ['Mi cuenta', 1],
    ['Minha conta', 1],
    ['Mon compte', 1],
    ['Il mio account', 1],
    // "Your account", as a label addresses the shopper (fresh corpus w11932: "Il tuo account").
    ['Il tuo account', 1],
    ['Dein Konto', 1],
    ['Ton compte', 1],
    ['A sua conta', 1],
    ['Ο λογαριασμός σας', 1],
    // The verb a control says of itself adds nothing (fresh corpus w14291: an avatar button
    // labelled "Open account menu" scored below a certain trigger).
    ['Open account menu', 1],
    ['Kontomenü öffnen', 1],
    ['Abrir menú de usuario', 1],
    ['Άνοιγμα λογαριασμού', 1],
    ['Open Account for Sellers', 0.8],
  ] as const)('"%s" means the account (%s)', (name, score) => {
    expect(meansAccount(name)).toBe(score);
  });

  it("a label naming a person's account is it, a desk or a brand is not", () => {
    for (const label of [
      'Menú de la cuenta de Carmen Ruiz',
      'Menu du compte de Claire Dubois',
      'Kontomenü von Jonas Becker',
    ])
      expect(labelsPersonsAccount(label), label).toBe(true);
    for (const label of [
      'Account for Sellers',
      'Account for Wish Merchants',
      'Menu del account di Luca Bianchi',
      'Account',
    ])
      expect(labelsPersonsAccount(label), label).toBe(false);
  });

  it.each([
    'Create account',
    'Create an account',
    'Sign in',
    'Log in',
    'Sign in / Register',
    'Konto erstellen',
    'Crear una cuenta',
    'Δημιουργία λογαριασμού',
    'Cart',
    '',
    'Open',
    'Open cart',
    'Account settings and privacy for every member of the family',
  ])('"%s" does not', (name) => {
    expect(meansAccount(name)).toBe(0);
  });
});

describe('greetedName', () => {
  it.each([
    ['Hi, Maria', 'maria'],
    ['Hello Maria!', 'maria'],
    ['Welcome back, Jean-Pierre', 'jean pierre'],
    ['Γεια σου Μαρία', 'μαρια'],
    ['Γεια σου, Νίκος', 'νικοσ'],
    ['Hola Ana', 'ana'],
    ['Ciao Giulia', 'giulia'],
    ['Hallo Jonas', 'jonas'],
    ['Bonjour Élodie', 'elodie'],
    ['Olá João', 'joao'],
  ])('"%s" → %s', (text, name) => {
    expect(greetedName(text)).toBe(name);
  });

  it.each([
    'Hello',
    'Hi, 3 new messages',
    'Maria',
    'Hill Street',
    'Hello there how are you doing today',
    '',
    'Sign in',
  ])('"%s" greets no one', (text) => {
    expect(greetedName(text)).toBeUndefined();
  });
});

describe('showsName', () => {
  it("finds the shopper's whole first name", () => {
    expect(showsName('Maria', 'Maria Rossi')).toBe(true);
    expect(showsName('Hi María!', 'maria')).toBe(true);
    expect(showsName('MARIA R.', 'Maria')).toBe(true);
  });
  it('the first name cut short with an ellipsis, three letters at least', () => {
    expect(showsName('Luca…', 'Lucas Martin')).toBe(true);
    expect(showsName('Emil...', 'Emily Clark')).toBe(true);
    expect(showsName('Lu…', 'Lucas Martin')).toBe(false);
    expect(showsName('Luke…', 'Lucas Martin')).toBe(false);
    expect(showsName('Luca', 'Lucas Martin')).toBe(false); // no ellipsis: another name
  });
  it('not inside another word, not in long texts, not a one-letter name', () => {
    expect(showsName('Mariana', 'Maria')).toBe(false);
    expect(showsName('Santa Maria del Fiore cathedral tour ticket', 'Maria')).toBe(false);
    expect(showsName('A to Z', 'A')).toBe(false);
    expect(showsName('Maria', '')).toBe(false);
  });
});

describe('looksLikeInitials', () => {
  it.each(['M', 'MR', ' AB ', 'ΜΡ', 'É'])('"%s" looks like initials', (text) => {
    expect(looksLikeInitials(text)).toBe(true);
  });
  it.each(['mr', 'Mr', 'ABC', '12', '', 'M.R.'])('"%s" does not', (text) => {
    expect(looksLikeInitials(text)).toBe(false);
  });
});

describe('looksLikePersonName', () => {
  it.each([
    'Sofia Ricci',
    'Jean-Luc M.',
    'Μαρία Παπαδοπούλου',
    'Ana Sofia Lima',
    'Sofia Ric…',
    'Zoë\u00a0O’Neill',
  ])('%s looks like a name', (text) => expect(looksLikePersonName(text)).toBe(true));
  it.each([
    'Sofia',
    'Wish Cash',
    'Order History',
    'Sign In',
    'My Account',
    'sofia ricci',
    'R2 D2',
    'Hi there friend and more',
    'Shopping Cart',
  ])('%s does not', (text) => expect(looksLikePersonName(text)).toBe(false));
});

describe('mentionsPerson: a member of the team', () => {
  it.each([
    'Voulez-vous échanger avec un membre de notre équipe ?',
    'Would you like to chat with a member of our team?',
    'Vuoi parlare con un membro del nostro team?',
    'Möchtest du mit einem Teammitglied sprechen?',
    '¿Quieres hablar con un miembro de nuestro equipo?',
    'Quer falar com um membro da nossa equipe?',
    'Θέλετε να μιλήσετε με ένα μέλος της ομάδας μας;',
  ])('%s', (text) => expect(mentionsPerson(text)).toBe(true));
  it.each(['Manage your Wish membership', 'Membership and subscriptions', 'Did this answer help?'])(
    'not: %s',
    (text) => expect(mentionsPerson(text)).toBe(false),
  );
});

describe('meansCustomerSupport', () => {
  it.each([
    'Serviço de apoio ao cliente',
    'Atendimento ao Cliente',
    'Customer Help',
    'Client Services',
    'Kundenbetreuung',
    'Servizio di assistenza clienti',
    'Atención a clientes',
    'Εξυπηρέτηση Πελατών',
    'Service à la clientèle',
    '👤 Chat di assistenza',
    'Support chat',
    'Cus\u200btomer Ser\u00advice',
  ])('%s', (name) => expect(meansCustomerSupport(name)).toBe(true));
  it.each([
    'Customer reviews',
    'Help Center',
    'Centro de ayuda al cliente',
    'How do I contact customer service?',
    'Kundenkonto',
    'Support',
    'Our customers love this lamp and our service is great too',
  ])('not: %s', (name) => expect(meansCustomerSupport(name)).toBe(false));
});

describe('meansPerson: the support team', () => {
  it.each([
    'Contatta il team di assistenza',
    "Contacter l'équipe d'assistance",
    'Contactar al equipo de soporte',
    'Ask our support team',
    'Επικοινωνία με την ομάδα υποστήριξης',
  ])('%s', (name) => expect(meansPerson(name)).toBeGreaterThan(0));
  it.each(['Team jerseys', 'Torna al menu principale', 'Assistenza'])('not: %s', (name) =>
    expect(meansPerson(name)).toBe(0),
  );
});

describe('meansDismiss', () => {
  it.each(['×', 'Close', 'Κλείσιμο ×', 'Chiudi', 'Schließen', 'Fermer', 'Cerrar', 'Fechar', 'Cancel'])(
    '%s',
    (n) => expect(meansDismiss(n)).toBe(true),
  );
  it.each(['Send', 'Αποστολή', 'Invia', 'Closed orders', 'Backpack'])('not: %s', (n) =>
    expect(meansDismiss(n)).toBe(false),
  );
});

describe('review: words that only look like a person or a dismissal', () => {
  it.each([
    'Membre depuis 2019',
    'Miembro desde 2020',
    'Careers team',
    'Join our team',
    'Member of the month',
  ])('not a person: %s', (n) => expect(meansPerson(n)).toBe(0));
  it('a survey thanking the team is no question about a person', () =>
    expect(mentionsPerson('Thanks for reaching out to the Wish team! Was this answer helpful?')).toBe(false));
  it.each(['Close chat', 'End chat', 'Minimise chat', 'Go back'.replace('Go ', '')])('dismiss: %s', (n) =>
    expect(meansDismiss(n)).toBe(true),
  );
});

describe('meansTracking: where a parcel is', () => {
  it.each([
    'Lieferstatus',
    'Delivery status',
    'Track my package',
    'Stato della consegna',
    'Statut de livraison',
    'Estado del envío',
    'Status da entrega',
    'Κατάσταση αποστολής',
  ])('"%s" does', (name) => expect(meansTracking(name)).toBe(true));
  it.each([
    'How do I track my package?',
    'Cancel delivery',
    'Track my refund',
    'Erstattungen',
    'Wie verfolge ich mein Paket?',
  ])('"%s" does not', (name) => expect(meansTracking(name)).toBe(false));
});

describe('meansYes', () => {
  it.each([
    'Yes',
    'Sì, per favore ›',
    'Oui, volontiers',
    'Ja, gerne',
    'Yes thanks',
    'Sí, gracias',
    'Ναι, ευχαριστώ',
    'Sim, obrigada',
    // Taking up the offer in its own words.
    '✅ Ναι, σύνδεση',
    'Yes, connect me',
    'Sì, parla con un operatore',
    'Ja, bitte verbinden',
    'Sí, hablar con un asesor',
    // Wanting it, or writing to the person offered.
    'Sim, quero',
    'Sí, quiero',
    'Ναι, θα ήθελα',
    'Oui, écrire un message',
    'Ja, eine Nachricht schreiben',
  ])('"%s" means yes', (name) => expect(meansYes(name)).toBeGreaterThan(0));
  it.each([
    'Yes, but not now',
    'No, grazie',
    'Sì, non ora',
    'Yes, I want a refund for my order',
    'Okay then, show me the FAQ',
    'Yes, show me more articles',
    'Ναι, όχι σύνδεση',
    'Sim, não quero',
  ])('"%s" is not a plain yes', (name) => expect(meansYes(name)).toBe(0));
});

describe('mentionsPerson: a colleague', () => {
  it.each([
    'Vuoi che ti passi a un collega?',
    'Voulez-vous parler à un collègue ?',
    'Soll ich Sie mit einer Kollegin verbinden?',
    '¿Quieres que te pase con un colega?',
    'Should I pass you to a colleague?',
    '¿Quieres que te pase con un compañero?',
    "Besoin d'aide supplémentaire ? Je peux vous mettre en relation avec notre équipe.",
    'I can connect you with our team.',
    'Θέλετε να σας συνδέσω με έναν συνάδελφο;',
  ])('"%s"', (text) => expect(mentionsPerson(text)).toBe(true));
});

describe('meansElse', () => {
  it.each([
    'Something else',
    'Ich brauche Hilfe bei etwas anderem',
    'Andere Anliegen',
    'Autres questions',
    'Otras consultas',
    'Outras dúvidas',
    "Un'altra domanda",
    'Κάτι άλλο',
    'Κανένα από τα παραπάνω',
    'My problem is not listed',
    'None of these',
    'Nichts davon',
    'Nada disso',
    'Nada de lo anterior',
    'Niente di questo',
    'Rien de tout cela',
  ])('"%s" means something else', (name) => expect(meansElse(name)).toBeGreaterThan(0));
  it.each(['Payments', 'Zurück zum Hauptmenü', 'How do I change another address?', 'Lieferadresse ändern'])(
    '"%s" does not',
    (name) => expect(meansElse(name)).toBe(0),
  );
});

describe("meansHelp: an order's own way to support", () => {
  it.each([
    'Get help',
    'Hai un problema?',
    'Problem with order',
    'Un souci avec la commande ?',
    'Πρόβλημα με την παραγγελία',
    'Report an issue',
  ])('"%s"', (name) => expect(meansHelp(name)).toBe(true));
  it.each([
    'Help center',
    'Contact the seller',
    'How do I report a problem?',
    'Track package',
    'Report an issue with this listing',
    'Troubleshooting',
    'Problem solved',
    'Invoice issued',
  ])('not "%s"', (name) => expect(meansHelp(name)).toBe(false));
});

describe('mentionsPerson: not a link, not a transfer of money', () => {
  it.each([
    'Hai problemi con il collegamento?',
    'Our team has transferred the refund to your card. Was this helpful?',
    'Nossa equipe encaminhou seu reembolso. Isso ajudou?',
    'Tu equipo está conectado. ¿Algo más?',
    'Unser Team hat die Zahlung in Verbindung mit Ihrer Bestellung geprüft. War das hilfreich?',
  ])('"%s"', (text) => expect(mentionsPerson(text)).toBe(false));
  it('"Account collegati" is no person', () => expect(meansPerson('Account collegati')).toBe(0));
});

describe('reachesService: an account-menu entry that reaches the support team', () => {
  it.each([
    'Falar com o atendimento',
    'Contact support',
    'Habla con nosotros 💬',
    'Talk to us',
    'Chat with us',
    'Schreib uns',
    'Contactez-nous',
    'Parla con noi',
    'Μίλησε μαζί μας',
    'Talk to our team',
  ])('"%s" does', (name) => expect(reachesService(name)).toBe(true));
  it.each([
    'Write us a review',
    'Tell us what you think',
    'Follow us',
    'Sign up with us',
    'Ajuda',
    'Como falar com o atendimento?',
  ])('"%s" does not', (name) => expect(reachesService(name)).toBe(false));
});

describe('meansArrival: a choice about a parcel that has not come', () => {
  it.each([
    'Where’s my package?',
    "Where's my order?",
    'My item hasn’t arrived',
    'A encomenda não chegou',
    'Mi pedido no ha llegado',
    'Bestellung nicht angekommen',
    'Non ho ricevuto il pacco',
    'Δεν έφτασε η παραγγελία μου',
  ])('"%s"', (name) => expect(meansArrival(name)).toBe(true));
  it.each(['Cancel this item', 'Refunds & charges', 'Track my package'])('not "%s"', (name) =>
    expect(meansArrival(name)).toBe(false),
  );
});

describe('asksForPerson: the question a Yes answers', () => {
  it.each([
    'Would you like to talk to an agent?',
    'I can connect you with an agent. Would you like that?',
    'Cet article peut vous aider. Souhaitez-vous écrire à l’un de nos conseillers ?',
    'Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza.',
    // The chip's own icon read after the question.
    'Hai ancora bisogno di aiuto? Posso metterti in contatto con il nostro team di assistenza. 🎧 ',
    'Would you like to talk to an agent? →',
    // A note after the question.
    'Voulez-vous qu’un conseiller s’occupe de votre demande ? Il vous répondra par e-mail sous 24 à 48 h.',
  ])('"%s" does', (text) => expect(asksForPerson(text)).toBe(true));
  it.each([
    // A survey after an answer that named an agent: its Yes ends the chat.
    'Your parcel is with the local delivery agent and should arrive soon. Was this answer helpful?',
    'Our agents answered your last question. Did this solve your problem?',
    'Is there anything else I can help with?',
    // The question after the note about an agent is a survey's.
    'An agent will reply by email within 24 hours. Was this helpful? Tap to rate us.',
  ])('"%s" does not', (text) => expect(asksForPerson(text)).toBe(false));
});

describe("initialsOf: the shopper's own initials", () => {
  it("the first and last names' first letters, or the first alone", () => {
    expect(initialsOf('JM', 'James Miller')).toBe(true);
    expect(initialsOf('J', 'James Miller')).toBe(true);
    expect(initialsOf('ΕΓ', 'Ελένη Γεωργίου')).toBe(true);
    expect(initialsOf('MJ', 'James Miller')).toBe(false);
    expect(initialsOf('EN', 'James Miller')).toBe(false);
    expect(initialsOf('JM', '')).toBe(false);
  });
});

describe('namesServiceAlone', () => {
  it.each([
    'Support',
    'Atendimento',
    'Atendimento3',
    'Atendimento 3',
    'Assistenza',
    'Υποστήριξη',
    'Soporte 12',
  ])('"%s" names the service alone', (name) => expect(namesServiceAlone(name)).toBe(true));
  it.each(['Seller support', 'Support center', 'Suporte para celular', 'Help', 'Support 2024 edition', ''])(
    '"%s" does not',
    (name) => expect(namesServiceAlone(name)).toBe(false),
  );
});
