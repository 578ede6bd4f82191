import type { Labels } from './types';

// The guide's own Greek comes first where it gives one (GUIDE.md, "Labels in the article");
// Wish's Greek interface was not found in public material, so natural variants follow.
export const el: Labels = {
  lang: 'el',
  customerSupport: ['Υποστήριξη πελατών', 'Εξυπηρέτηση πελατών', 'Υποστήριξη'],
  orderHistory: ['Ιστορικό παραγγελιών', 'Οι παραγγελίες μου', 'Παραγγελίες'],
  wishCash: ['Wish Cash', 'Μετρητά Wish'],
  settings: ['Ρυθμίσεις', 'Ρυθμίσεις λογαριασμού'],
  faq: ['Συχνές ερωτήσεις', 'Κέντρο βοήθειας'],
  contactSupport: ['Επικοινωνία με την υποστήριξη', 'Επικοινωνήστε με την υποστήριξη'],
  getHelp: ['Λάβετε βοήθεια', 'Βοήθεια', 'Χρειάζεστε βοήθεια;'],
  signIn: ['Σύνδεση', 'Είσοδος', 'Συνδεθείτε'],
  wishAssistant: ['Βοηθός Wish', 'Wish Assistant'],
  myAccount: ['Ο λογαριασμός μου', 'Λογαριασμός'],
  paymentIssues: ['Ζητήματα πληρωμών', 'Θέματα πληρωμής', 'Πληρωμές'],
  orderTopic: [
    'Μια παραγγελία',
    'Η παραγγελία μου',
    'Πού είναι η παραγγελία μου;',
    'Ακύρωση του προϊόντος μου',
  ],
  somethingElse: ['Κάτι άλλο', 'Άλλο'],
  contactAgent: [
    'Επικοινωνήστε με τον αντιπρόσωπο υποστήριξης',
    'Επικοινωνία με εκπρόσωπο',
    'Συνομιλία με εκπρόσωπο',
  ],
  send: ['Αποστολή email', 'Αποστολή', 'Αποστολή μηνύματος', 'Υποβολή'],
  messageField: ['Μήνυμα', 'Πληκτρολογήστε ένα μήνυμα', 'Περιγράψτε το πρόβλημά σας', 'Γράψτε το μήνυμά σας'],
};
