import type { OrderLabels } from './types';

// Wish's German interface was not found in public material: every word here is inferred
// (the usual words of German shops' order pages).
export const de: OrderLabels = {
  lang: 'de',
  orderId: 'Bestellnummer|Bestell-ID|Bestellnr|Bestell-Nr|Bestellung Nr|Bestellung',
  transactionId: 'Transaktions-ID|Transaktionsnummer|Transaktion',
  tracking: 'Sendungsnummer|Sendungsverfolgungsnummer|Trackingnummer|Tracking-Nummer|Sendungsverfolgung',
  productId: 'Produkt-ID|Artikel-ID',
  orderDate: 'Bestelldatum|Bestellt am|Datum',
  total: 'Gesamtbetrag|Gesamt|Summe|Bestellsumme|Betrag',
  status: 'Status|Bestellstatus|Versandstatus',
  deliveryEstimate: 'Voraussichtliche Lieferung|Geschätzte Lieferung|Voraussichtliche Ankunft',
  refundEligibleDate: 'Erstattungsberechtigt ab|Späteste Lieferung|Spätestes Lieferdatum',
  quantity: 'Menge|Anzahl',
  months:
    'januar jan janner|februar feb|marz maerz mar mrz|april apr|mai|juni jun|juli jul|august aug|september sep sept|oktober okt|november nov|dezember dez',
  statuses: {
    PENDING: 'Ausstehend|In Bearbeitung',
    APPROVED: 'Bestätigt|Genehmigt',
    SHIPPED: 'Versandt|Verschickt|Unterwegs|In Zustellung',
    DELIVERED: 'Zugestellt|Geliefert',
    REFUNDED: 'Erstattet|Rückerstattet',
    DECLINED: 'Abgelehnt|Zahlung abgelehnt',
    CANCELLED: 'Storniert',
    DELAYING: 'Verzögert|Verspätet',
    REQUIRE_REVIEW: 'In Prüfung|Wird geprüft',
  },
  rangeWords: 'bis',
  dayFirst: true,
};
