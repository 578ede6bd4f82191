import type { OrderLabels } from './types';

// Wish's French interface was not found in public material: every word here is inferred
// (the usual words of French shops' order pages).
export const fr: OrderLabels = {
  lang: 'fr',
  orderId: 'Numéro de commande|ID de commande|N° de commande|Commande n°|Commande',
  transactionId: 'ID de transaction|Numéro de transaction|Transaction',
  tracking: 'Numéro de suivi|N° de suivi|Suivi du colis|Suivi',
  productId: 'ID du produit|ID produit',
  orderDate: 'Date de commande|Date de la commande|Commandé le|Passée le|Date',
  total: 'Total|Total de la commande|Montant|Montant total',
  status: 'Statut|Statut de la commande|État',
  deliveryEstimate: 'Livraison estimée|Livraison prévue|Arrivée estimée',
  refundEligibleDate: 'Date d éligibilité au remboursement|Date de livraison maximale',
  quantity: 'Quantité|Qté',
  months:
    'janvier janv jan|fevrier fevr fev|mars|avril avr|mai|juin|juillet juil|aout|septembre sept|octobre oct|novembre nov|decembre dec',
  statuses: {
    PENDING: 'En attente|En cours de traitement',
    APPROVED: 'Approuvée|Approuvé|Confirmée|Confirmé',
    SHIPPED: 'Expédiée|Expédié|En transit|En cours de livraison',
    DELIVERED: 'Livrée|Livré',
    REFUNDED: 'Remboursée|Remboursé',
    DECLINED: 'Refusée|Refusé|Paiement refusé',
    CANCELLED: 'Annulée|Annulé',
    DELAYING: 'Retardée|Retardé|En retard',
    REQUIRE_REVIEW: 'En cours de vérification|En cours d examen',
  },
  rangeWords: 'au|a|jusqu au',
  dayFirst: true,
};
