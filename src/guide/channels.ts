// The guide's channels and what is known of each today (docs/guide.md, "What changed since
// the guide"). Each channel says what its facts rest on, so the shopper sees a stale or
// unconfirmed fact as such: nobody working on this project has seen Wish's live site, so
// nothing here is called "checked".
import type { ChannelId } from '../model/types';

/** current: a source from 2025 or later supports it; unconfirmed: only the guide (before 2024)
 *  says so; stale: a later event (the 2024 sale) makes it most likely wrong. */
export type FactStatus = 'current' | 'unconfirmed' | 'stale';

/** What a channel's facts rest on; the popup shows each in the shopper's language. */
export type FactBasis =
  | 'wish-help-center-2025'
  | 'guides-2025'
  | 'guide-before-2024'
  | 'not-confirmed-since-2024'
  | 'sale-2024'
  | 'bodies-own-sites';

export interface ChannelFacts {
  id: ChannelId;
  status: FactStatus;
  basis: readonly FactBasis[];
}

// Wish's own pages: a file of their own, so that the popup's first paint carries no channel facts.
export { WISH_ORDERS_URL, WISH_URL } from './wish-urls';

export const SUPPORT_EMAIL = 'support@wish.com';
export const SOCIAL_HANDLE = '@WishShopping';
/** The Facebook page the guide means ("the Wish page"); its address is not confirmed either. */
export const FACEBOOK_PAGE = 'facebook.com/wish';
/** A public post on X; a direct message has no such limit, but is kept short (the guide). */
export const SOCIAL_MAX = 280;
export const GUIDE_LETTER_ADDRESS = [
  'ContextLogic Inc.',
  'One Sansome Street, 40th Floor',
  'San Francisco, CA 94104',
  'USA',
];

/** Third parties a complaint can go to, with the page where a complaint starts. */
export type ComplaintBodyId = 'bbb' | 'resolver' | 'ecc-greece';
export const COMPLAINT_URLS: Readonly<Record<ComplaintBodyId, string>> = {
  bbb: 'https://www.bbb.org/file-a-complaint',
  resolver: 'https://www.resolver.co.uk/',
  // ECC Greece's own site; its complaint form is linked from there (for residents of Greece).
  'ecc-greece': 'https://www.eccgreece.gr/',
};
/** Kept for callers that name the bodies directly. */
export const BBB_URL = COMPLAINT_URLS.bbb;
export const RESOLVER_URL = COMPLAINT_URLS.resolver;

export const CHANNEL_FACTS: Readonly<Record<ChannelId, ChannelFacts>> = {
  site: { id: 'site', status: 'current', basis: ['wish-help-center-2025', 'guides-2025'] },
  email: { id: 'email', status: 'unconfirmed', basis: ['guide-before-2024', 'not-confirmed-since-2024'] },
  social: { id: 'social', status: 'unconfirmed', basis: ['guide-before-2024', 'not-confirmed-since-2024'] },
  letter: { id: 'letter', status: 'stale', basis: ['guide-before-2024', 'sale-2024'] },
  complaint: { id: 'complaint', status: 'current', basis: ['bodies-own-sites'] },
};

/** Mailto URLs longer than this are cut off by some mail clients and browsers. */
export const MAILTO_MAX = 1900;
