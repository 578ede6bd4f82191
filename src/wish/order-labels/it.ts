import type { OrderLabels } from './types';

// Wish's Italian interface was seen ("Cronologia ordini", "Dettagli ordine": WISH-SITE.md), but
// none of its order fields: every word here is inferred (natural Italian variants).
export const it: OrderLabels = {
  lang: 'it',
  orderId: 'ID ordine|Numero ordine|Numero dell ordine|N. ordine|Ordine n|Ordine',
  transactionId: 'ID transazione|Numero transazione|ID della transazione',
  tracking: 'Numero di tracciamento|Numero di tracking|Codice di tracciamento|Tracciamento',
  productId: 'ID prodotto',
  orderDate: 'Data dell ordine|Data ordine|Ordinato il|Data',
  total: 'Totale|Totale ordine|Importo',
  status: 'Stato|Stato ordine|Stato dell ordine',
  deliveryEstimate: 'Consegna stimata|Arrivo previsto|Consegna prevista',
  refundEligibleDate: 'Data di idoneità al rimborso|Data massima di consegna',
  quantity: 'Quantità|Qtà',
  months:
    'gennaio gen|febbraio feb|marzo mar|aprile apr|maggio mag|giugno giu|luglio lug|agosto ago|settembre set sett|ottobre ott|novembre nov|dicembre dic',
  statuses: {
    PENDING: 'In attesa|In elaborazione',
    APPROVED: 'Approvato|Confermato',
    SHIPPED: 'Spedito|In transito',
    DELIVERED: 'Consegnato',
    REFUNDED: 'Rimborsato',
    DECLINED: 'Rifiutato|Pagamento rifiutato',
    CANCELLED: 'Annullato',
    DELAYING: 'In ritardo',
    REQUIRE_REVIEW: 'In revisione',
  },
  rangeWords: 'al|a|fino al',
  dayFirst: true,
};
