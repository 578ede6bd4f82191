import { describe, expect, it } from 'vitest';
import * as pages from '../../src/wish/pages';

// Every detector against every table: true for its own URLs, false for all the others.
const detectors = Object.entries(pages).filter(
  (entry): entry is [string, pages.Detector] =>
    typeof entry[1] === 'function' && Array.isArray((entry[1] as pages.Detector).urls),
);

describe('page detection matrix', () => {
  it('has the detectors the product needs', () => {
    expect(detectors.map(([name]) => name).sort()).toEqual(
      [
        'isAccountSettings',
        'isCart',
        'isFeed',
        'isNotWish',
        'isOrderDetail',
        'isOrderHistory',
        'isOtherWishPage',
        'isProduct',
        'isSignIn',
        'isSupport',
      ].sort(),
    );
  });
  for (const [name, detect] of detectors) {
    for (const [otherName, other] of detectors) {
      for (const url of other.urls) {
        const expected = name === otherName;
        it(`${name}(${JSON.stringify(url)}) is ${expected}`, () => {
          expect(detect(url)).toBe(expected);
        });
      }
    }
  }
});

describe('pageKind', () => {
  it.each([
    ['https://www.wish.com/', 'feed'],
    ['https://www.wish.com/transaction', 'orders'],
    ['https://www.wish.com/transaction/5f1a2b3c4d5e6f708192a3b4', 'order'],
    ['https://www.wish.com/product/5e9a1b2c3d4e5f6a7b8c9d0e', 'product'],
    ['https://www.wish.com/settings', 'account'],
    ['https://www.wish.com/help', 'support'],
    ['https://www.wish.com/login', 'sign-in'],
    ['https://www.wish.com/cart', 'cart'],
    ['https://www.wish.com/terms', 'wish-other'],
    ['https://merchant.wish.com/', 'not-wish'],
    ['http://[::1', 'not-wish'],
  ])('%s is %s', (url, kind) => expect(pages.pageKind(url)).toBe(kind));

  it('reads the order id from a detail URL', () => {
    expect(pages.orderIdFromUrl('https://www.wish.com/el/transaction/5f1a2b3c4d5e6f708192a3b4?x=1')).toBe(
      '5f1a2b3c4d5e6f708192a3b4',
    );
    expect(pages.orderIdFromUrl('https://www.wish.com/transaction')).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    for (const input of [
      '',
      ' ',
      'javascript:alert(1)',
      '%%%',
      'https://',
      'https://www.wish.com/%E0%A4%A',
      'x'.repeat(100_000),
    ]) {
      expect(() => pages.pageKind(input)).not.toThrow();
    }
    expect(pages.pageKind(undefined)).toBe('not-wish');
  });
});
