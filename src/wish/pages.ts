// Which page of Wish a URL shows. Every detector is a small pure function,
// `(url) => boolean`, with the URLs it was written for beside it (the tests run every
// detector against every table: true for its own, false for all others).

export type PageKind =
  | 'feed'
  | 'product'
  | 'cart'
  | 'orders'
  | 'order'
  | 'account'
  | 'support'
  | 'sign-in'
  | 'wish-other'
  | 'not-wish';

const SHOPPER_HOSTS = new Set(['www.wish.com', 'wish.com']);
const HELP_HOSTS = new Set(['cs-help.wish.com']);
const OBJECT_ID = '[0-9a-f]{24}';

/** Parses anything URL-like; a malformed URL is simply not Wish. */
export function toUrl(url: UrlLike): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(typeof url === 'string' ? url : url.href);
  } catch {
    return undefined;
  }
}

/** The path with the parts that do not change the page removed: a locale prefix
 *  (`/el/`, `/pt-br/`, `/en_GB/`), the old mobile prefix `/m/`, and a trailing slash. */
export function pagePath(url: URL): string {
  let p = url.pathname.replace(/\/{2,}/g, '/');
  p = p.replace(/^\/[a-z]{2}(?:[-_][a-zA-Z]{2})?(?=\/|$)/, (prefix) =>
    prefix === '/m' || prefix === '/c' ? prefix : '',
  );
  p = p.replace(/^\/m(?=\/)/, '');
  if (p.length > 1) p = p.replace(/\/$/, '');
  return p || '/';
}

function shopperPath(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !SHOPPER_HOSTS.has(u.hostname)) return undefined;
  return pagePath(u);
}

type UrlLike = string | URL | Location | undefined;
/** A page detector, with the URLs it was written for (its test table). */
export type Detector = ((url?: UrlLike) => boolean) & { urls: readonly string[] };

function detector(test: RegExp | ((url: UrlLike) => boolean), urls: readonly string[]): Detector {
  const fn =
    test instanceof RegExp
      ? (url: UrlLike = globalThis.location) => {
          const p = shopperPath(url);
          return p !== undefined && test.test(p);
        }
      : (url: UrlLike = globalThis.location) => test(url);
  return Object.assign(fn, { urls });
}

export const isProduct = detector(new RegExp(`(?:^|/)(?:product|c)/${OBJECT_ID}(?:/|$)`), [
  'https://www.wish.com/product/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/product/5e9a1b2c3d4e5f6a7b8c9d0e?share=web&from_ad=1',
  'https://www.wish.com/product/5e9a1b2c3d4e5f6a7b8c9d0e?_display_country_code=NL&_force_currency_code=EUR',
  'https://www.wish.com/c/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/m/c/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/feed/tabbed_feed_latest/product/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/search/lamp/product/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/merchant/shopname/product/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://www.wish.com/~/fashion/product/5e9a1b2c3d4e5f6a7b8c9d0e',
  'https://wish.com/el/product/5e9a1b2c3d4e5f6a7b8c9d0e',
]);

export const isFeed = detector(
  (url) => {
    const p = shopperPath(url);
    if (p === undefined || isProduct(url)) return false;
    return p === '/' || /^\/(?:feed|~|search|merchant|tag)(?:\/|$)/.test(p);
  },
  [
    'https://www.wish.com/',
    'https://www.wish.com',
    'https://wish.com/?hide_login_modal=true',
    'https://www.wish.com/feed/tabbed_feed_latest',
    'https://www.wish.com/feed/tag_53dc186421a86318bdc87ef8',
    'https://www.wish.com/~/fashion',
    'https://www.wish.com/~/home-goods#top',
    'https://www.wish.com/search/phone%20case',
    'https://www.wish.com/merchant/5e9a1b2c3d4e5f6a7b8c9d0e',
    'https://www.wish.com/el/',
    'https://www.wish.com/pt-br/feed/tabbed_feed_latest',
  ],
);

export const isCart = detector(/^\/cart(?:\/|$)/, [
  'https://www.wish.com/cart',
  'https://www.wish.com/cart/',
  'https://www.wish.com/en/cart?source=header',
]);

// /transaction is the history Wish used (2018-2020); the others are guesses kept for redesigns.
export const isOrderHistory = detector(
  /^\/(?:transaction|transactions|orders|order-history|account\/orders)$/,
  [
    'https://www.wish.com/transaction',
    'https://www.wish.com/transaction/',
    'https://www.wish.com/transaction?tab=shipped',
    'https://www.wish.com/orders',
    'https://www.wish.com/order-history',
    'https://www.wish.com/el/transaction',
    'https://wish.com/account/orders',
  ],
);

export const isOrderDetail = detector(
  new RegExp(`^/(?:transaction|transactions|orders|order|order-history|account/orders)/${OBJECT_ID}(?:/|$)`),
  [
    'https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4',
    'https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4?item=5e9a1b2c3d4e5f6a7b8c9d0e',
    'https://www.wish.com/orders/5f1a2b3c4d5e6f708192a3b4',
    'https://www.wish.com/order/5f1a2b3c4d5e6f708192a3b4/',
    'https://www.wish.com/el/transaction/5f1a2b3c4d5e6f708192a3b4',
  ],
);

export const isAccountSettings = detector(
  /^\/(?:settings|account|profile|account-settings)(?:\/(?!orders(?:\/|$)).*)?$/,
  [
    'https://www.wish.com/settings',
    'https://www.wish.com/settings/notifications',
    'https://www.wish.com/account',
    'https://www.wish.com/account/settings',
    'https://www.wish.com/profile',
    'https://www.wish.com/el/settings?tab=email',
  ],
);

export const isSupport = detector(
  (url) => {
    const u = toUrl(url);
    if (u && /^https?:$/.test(u.protocol) && HELP_HOSTS.has(u.hostname)) return true;
    const p = shopperPath(url);
    return p !== undefined && /^\/(?:help|support|customer-support|contact|wish-assistant)(?:\/|$)/.test(p);
  },
  [
    'https://www.wish.com/help',
    'https://www.wish.com/help/assistant?topic=order',
    'https://www.wish.com/customer-support',
    'https://www.wish.com/support',
    'https://www.wish.com/el/help',
    'https://cs-help.wish.com/hc/en-us/articles/204530298-How-do-I-contact-Wish',
    'https://cs-help.wish.com/hc/el',
  ],
);

export const isSignIn = detector(/^\/(?:login|signup|sign-in|signin|register)(?:\/|$)/, [
  'https://www.wish.com/login',
  'https://www.wish.com/signup',
  'https://www.wish.com/login?next=%2Ftransaction',
  'https://www.wish.com/el/login',
]);

/** Any wish.com page the tables above do not know (static pages, new sections). */
export const isOtherWishPage = detector(
  (url) => shopperPath(url) !== undefined && pageKind(url) === 'wish-other',
  [
    'https://www.wish.com/terms',
    'https://www.wish.com/privacy_policy',
    'https://www.wish.com/return_policy',
    'https://www.wish.com/some-new-section/x',
  ],
);

export const isNotWish = detector(
  (url) => pageKind(url) === 'not-wish',
  [
    'https://merchant.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4',
    'https://merchantfaq.wish.com/hc/en-us',
    'https://merchanthelp.wish.com/',
    'https://business.wish.com/',
    'https://home.wish.com/',
    'https://staging.wish.com/transaction',
    'https://sandbox.wish.com/',
    'https://www.wish.com.evil.example/transaction',
    'https://notwish.com/transaction',
    'https://example.com/?u=https://www.wish.com/transaction',
    'https://blog.example.org/how-to-contact-wish-customer-support',
    'ftp://www.wish.com/transaction',
    'chrome://extensions/',
    'about:blank',
    'not a url',
    '',
  ],
);

/** The detectors in the order they are asked: the first that says yes names the page. */
export const DETECTORS: ReadonlyArray<readonly [PageKind, (url?: string | URL | Location) => boolean]> = [
  ['product', isProduct],
  ['order', isOrderDetail],
  ['orders', isOrderHistory],
  ['cart', isCart],
  ['account', isAccountSettings],
  ['support', isSupport],
  ['sign-in', isSignIn],
  ['feed', isFeed],
];

export function pageKind(url: UrlLike = globalThis.location): PageKind {
  for (const [kind, detect] of DETECTORS) if (detect(url)) return kind;
  return shopperPath(url) === undefined ? 'not-wish' : 'wish-other';
}

/** The order id a detail URL names, if any. */
export function orderIdFromUrl(url: UrlLike = globalThis.location): string | undefined {
  const p = shopperPath(url);
  return p?.match(new RegExp(`/(${OBJECT_ID})(?:/|$)`))?.[1];
}

/** True where the content script may run (the shopper site). */
export function isShopperSite(url: UrlLike = globalThis.location): boolean {
  return shopperPath(url) !== undefined;
}

/** Wish's own host or one of its subdomains (the help center, the merchants' site). */
export function isWishHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'wish.com' || host.endsWith('.wish.com');
}

/** A path that is one order's own page: its last part is the order's number (not
 *  "/…/<number>/review", not a longer id). Any host: the caller has the page's own. */
export function pathEndsWithOrder(pathname: string, orderNumber: string): boolean {
  const number = orderNumber.toLowerCase();
  return number.length >= 10 && pathname.toLowerCase().split('/').filter(Boolean).pop() === number;
}

/** A path one of whose parts is the order's number: its own page or one under it
 *  ("/transaction/<number>/tracking"). */
export function pathHasOrder(pathname: string, orderNumber: string): boolean {
  const number = orderNumber.toLowerCase();
  return number.length >= 10 && pathname.toLowerCase().split('/').includes(number);
}
