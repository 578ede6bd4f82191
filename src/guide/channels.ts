// The guide's channels and what is known of each today (GUIDE.md "What changed",
// checked November 2026). The shopper sees `status` and the note: a stale fact is shown as
// stale, never silently.
import type { ChannelId } from '../model/types';

export type FactStatus = 'current' | 'unconfirmed' | 'stale';

export interface ChannelFacts {
  id: ChannelId;
  status: FactStatus;
  /** When the fact was last checked against public sources. */
  lastVerified: string;
}

export const SUPPORT_EMAIL = 'support@wish.com';
export const SOCIAL_HANDLE = '@WishShopping';
export const SOCIAL_MAX = 280; // X's limit for a post or DM preview; Facebook allows more
export const GUIDE_LETTER_ADDRESS = [
  'ContextLogic Inc.',
  'One Sansome Street, 40th Floor',
  'San Francisco, CA 94104',
  'USA',
];
export const BBB_URL = 'https://www.bbb.org/file-a-complaint';
export const RESOLVER_URL = 'https://www.resolver.co.uk/';
export const WISH_URL = 'https://www.wish.com/';
export const WISH_ORDERS_URL = 'https://www.wish.com/transaction';

export const CHANNEL_FACTS: Readonly<Record<ChannelId, ChannelFacts>> = {
  site: { id: 'site', status: 'current', lastVerified: '2026-11' },
  email: { id: 'email', status: 'unconfirmed', lastVerified: '2026-11' },
  social: { id: 'social', status: 'unconfirmed', lastVerified: '2026-11' },
  letter: { id: 'letter', status: 'stale', lastVerified: '2026-11' },
  complaint: { id: 'complaint', status: 'current', lastVerified: '2026-11' },
};

/** Mailto URLs longer than this are cut off by some mail clients and browsers. */
export const MAILTO_MAX = 1900;
