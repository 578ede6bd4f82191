// The words of Wish's order pages in one language: the labels of an order's ids and fields,
// month names and status words. A language is a data file beside this one; adding one means
// adding a file and a line in index.ts.

/** Wish's backend states an order can be in (WISH-SITE.md), plus what shoppers see last. */
export type OrderState =
  | 'PENDING'
  | 'APPROVED'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'REFUNDED'
  | 'DECLINED'
  | 'CANCELLED'
  | 'DELAYING'
  | 'REQUIRE_REVIEW';

/** Each list is one string, its entries separated by "|" (the content script carries these
 *  tables on every order page: one string per list is the smallest way to write them). */
export interface OrderLabels {
  /** BCP 47 code of the language. */
  lang: string;
  /** The order's own id (one per item at Wish). */
  orderId: string;
  /** The id items bought together share. */
  transactionId: string;
  /** The carrier's number: never an order id. */
  tracking: string;
  productId: string;
  orderDate: string;
  total: string;
  status: string;
  deliveryEstimate: string;
  refundEligibleDate: string;
  quantity: string;
  /** Month names and abbreviations, January first, normalised (lower case, no accents): the
   *  months separated by "|", one month's names by spaces. */
  months: string;
  /** Words that mark a status, mapped to Wish's backend states. */
  statuses: Record<OrderState, string>;
  /** Words between the two dates of a range ("to", "έως"), normalised. */
  rangeWords: string;
  /** Numeric dates put the day first (04/03/2024 is 4 March). */
  dayFirst: boolean;
}
