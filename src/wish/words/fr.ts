import type { Words } from './types';

// Wish's French interface was not found in public material: every word here is inferred.
export const fr: Words = {
  lang: 'fr',
  sources: {},
  account: ['compte', 'mon compte', 'votre compte', 'profil', 'mon profil', 'menu du compte', 'menu compte', 'menu utilisateur'],
  greeting: ['bonjour', 'salut', 'bienvenue', 'bon retour', 'bonsoir', 'coucou'],
  signIn: ['Se connecter', 'Connexion', 'Connexion / Inscription', "S'identifier", 'Se connecter ou s’inscrire'],
  register: ['créer un compte', 'inscription', "s'inscrire", 'creer un compte'],
  customerSupport: ['Service client', 'Assistance client', 'Support client'],
  /** Generic words for help: they count only when no entry says customer support. */
  supportGeneric: ['Assistance', 'Support', 'Aide', 'Aide et assistance', 'Aide & support', 'Nous contacter', 'Contactez-nous'],
  orderHistory: ['Historique des commandes', 'Mes commandes', 'Commandes', 'Vos commandes'],
  wishCash: ['Wish Cash'],
  settings: ['Paramètres', 'Paramètres du compte', 'Réglages'],
  faq: ['FAQ', 'Questions fréquentes', "Centre d'aide", 'Foire aux questions'],
  logOut: ['Se déconnecter', 'Déconnexion'],
  contactSupport: ["Contacter l'assistance", 'Contacter le support', 'Contacter le service client'],
  getHelp: ["Obtenir de l'aide", "Besoin d'aide ?", 'Aide pour cette commande', 'Signaler un problème'],
  wishAssistant: ['Assistant Wish', 'Assistant virtuel', "Assistant d'aide", 'Chat'],
  myAccount: ['Mon compte', 'Compte', 'Problèmes de compte', 'Compte et profil'],
  paymentIssues: ['Problèmes de paiement', 'Paiements', 'Problème de paiement', 'Facturation', 'Paiement'],
  orderTopic: ['Une commande', 'Ma commande', 'Où est ma commande ?', 'Problème avec une commande', 'Livraison et expédition'],
  somethingElse: ["Autre chose", 'Autre', 'Autres questions', 'Aucune de ces options', 'Autres problèmes'],
  contactAgent: ["Contacter un agent d'assistance", 'Contacter un agent', 'Parler à un conseiller', 'Discuter avec un agent', 'Contacter un conseiller'],
  person: ['agent', 'un agent', 'conseiller', 'conseillère', 'un conseiller', 'une personne', 'personne réelle', 'humain', 'un humain', 'quelqu’un', "quelqu'un", 'représentant', 'opérateur', 'équipe d’assistance', "équipe d'assistance", 'chat en direct'],
  yes: ['Oui', 'Oui merci', 'Oui, merci', "D'accord", 'OK', 'Volontiers'],
  send: ["Envoyer l'e-mail", 'Envoyer', 'Envoyer le message', 'Soumettre', 'Valider'],
  messageField: ['Message', 'Votre message', 'Écrivez un message', 'Saisissez votre message', 'Décrivez votre problème', 'Comment pouvons-nous vous aider ?'],
};
