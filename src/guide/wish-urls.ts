// Wish's home page and order history, where the popup sends a shopper who is not there.
export const WISH_URL = 'https://www.wish.com/';
export const WISH_ORDERS_URL = 'https://www.wish.com/transaction';
