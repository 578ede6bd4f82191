import type { OrderLabels } from './types';

// Public source (WISH-SITE.md): "Tracking Number", "Refund Eligible Date", "Order ID" and
// "Transaction ID" (the last two from Wish's merchant help; the shopper page's exact labels are
// unverified). Everything else is inferred: natural English variants.
export const en: OrderLabels = {
  lang: 'en',
  orderId: 'Order ID|Order number|Order No|Order',
  transactionId: 'Transaction ID|Transaction number|Transaction',
  tracking: 'Tracking Number|Tracking No|Tracking ID|Tracking',
  productId: 'Product ID',
  orderDate: 'Order date|Ordered|Ordered on|Placed on|Purchase date|Date',
  total: 'Order total|Total|Amount|Price|Amount paid',
  status: 'Status|Order status|Shipping status',
  deliveryEstimate: 'Estimated delivery|Estimated arrival|Delivery estimate|Arrives',
  refundEligibleDate: 'Refund Eligible Date|Maximum delivery date|Max delivery date',
  quantity: 'Quantity|Qty',
  months:
    'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec',
  // Backend state names (WISH-SITE.md); the words shown for them are inferred.
  statuses: {
    PENDING: 'Pending|Processing|Order placed',
    APPROVED: 'Approved|Preparing|Confirmed',
    SHIPPED: 'Shipped|In transit|On its way|Out for delivery',
    DELIVERED: 'Delivered',
    REFUNDED: 'Refunded|Refund issued',
    DECLINED: 'Declined|Payment declined',
    CANCELLED: 'Cancelled|Canceled',
    DELAYING: 'Delayed|Running late',
    REQUIRE_REVIEW: 'Under review',
  },
  rangeWords: 'to|until',
  // US English puts the month first, other English locales the day: decided by the page's
  // locale (en-US), otherwise left unparsed when ambiguous.
  dayFirst: false,
};
