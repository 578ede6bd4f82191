import { describe, expect, it } from 'vitest';
import {
  checkOrderNumber,
  idShape,
  isTrackingShape,
  objectIdTime,
  OrderKeys,
} from '../../src/wish/order-number';

const NOW = Date.UTC(2026, 10, 25);

describe('checkOrderNumber', () => {
  it.each([
    ['5f1a2b3c4d5e6f708192a3b4', '5f1a2b3c4d5e6f708192a3b4', 'object-id'],
    ['  5F1A2B3C4D5E6F708192A3B4 ', '5f1a2b3c4d5e6f708192a3b4', 'object-id'],
    ['#5f1a 2b3c 4d5e 6f70 8192 a3b4', '5f1a2b3c4d5e6f708192a3b4', 'object-id'],
    ['Order ID: 5f1a2b3c4d5e6f708192a3b4', '5f1a2b3c4d5e6f708192a3b4', 'object-id'],
    ['0HSMWCNR827N', '0HSMWCNR827N', 'short-code'],
    ['08u74nmj34380', '08U74NMJ34380', 'short-code'],
    ['109UJSNDHCU64', '109UJSNDHCU64', 'short-code'],
    ['Αριθμός παραγγελίας: 109UJSNDHCU64', '109UJSNDHCU64', 'short-code'],
    ['Bestellnummer: 0HSMWCNR827N', '0HSMWCNR827N', 'short-code'],
    ['N.º de pedido: 5f1a2b3c4d5e6f708192a3b4', '5f1a2b3c4d5e6f708192a3b4', 'object-id'],
  ])('accepts %j', (input, value, format) => {
    expect(checkOrderNumber(input, NOW)).toEqual({ ok: true, value, format });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['5f1a2b3c4d5e6f708192a3b!', 'characters'],
    ['12345', 'length'],
    ['5f1a2b3c4d5e6f708192a3b4ff', 'length'],
    ['000000004d5e6f708192a3b4', 'date'], // 1970: before Wish existed
    ['ffffffff4d5e6f708192a3b4', 'date'], // 2106: the future
    ['ABCDEFGHIJKL', 'shape'], // no digit
    ['123456789012', 'shape'], // no letter
    ['LZ123456789CN', 'shape'], // a parcel (UPU S10), 13 letters and digits like the guide's codes
    ['UB123456789CN', 'shape'],
  ])('rejects %j (%s)', (input, reason) => {
    const result = checkOrderNumber(input, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('reads the creation time out of an ObjectId', () => {
    expect(objectIdTime('5f1a2b3c4d5e6f708192a3b4')?.toISOString()).toBe('2020-07-24T00:28:44.000Z');
    expect(objectIdTime('nope')).toBeUndefined();
  });
});

describe('idShape: what a token is, by shape alone', () => {
  it.each([
    ['5f1a2b3c4d5e6f708192a3b4', 'object-id'],
    ['0HSMWCNR827N', 'short-code'],
    ['08U74NMJ34380', 'short-code'],
    ['LZ123456789CN', 'tracking'],
    ['LP00123456789CN', 'tracking'],
    ['YT2312345678901234', 'tracking'],
    ['1Z999AA10123456784', 'tracking'],
    ['9261299991234567890123', 'tracking'],
    ['000000004d5e6f708192a3b4', undefined], // an ObjectId from 1970: mistyped
    ['Floralsummerdress', undefined],
  ])('%s is %s', (token, shape) => expect(idShape(token, NOW)).toBe(shape));

  it('no guide example is a parcel', () => {
    for (const code of ['0HSMWCNR827N', '08U74NMJ34380', '109UJSNDHCU64'])
      expect(isTrackingShape(code)).toBe(false);
  });
});

describe('OrderKeys: one order whichever page showed it first', () => {
  const X = '5f1a2b3c4d5e6f708192a3b4';
  const T = '5f1a2b3c4d5e6f708192a3b0';

  it('list first: the detail page with only the transaction id joins the listed order', () => {
    const keys = new OrderKeys([{ number: X, transactionId: T }]);
    expect(keys.keyFor({ number: T, idKind: 'transaction', transactionId: T })).toEqual({ key: X });
  });

  it('detail page first: the listed order absorbs the transaction-only record', () => {
    const keys = new OrderKeys([{ number: T, idKind: 'transaction', transactionId: T }]);
    expect(keys.keyFor({ number: X, transactionId: T })).toEqual({ key: X, absorb: T });
    expect(keys.keyFor({ number: X })).toEqual({ key: X });
  });

  it('two orders share the transaction: the transaction-only reading stays apart', () => {
    const keys = new OrderKeys([
      { number: X, transactionId: T },
      { number: '5f1a2b3c4d5e6f708192a3b5', transactionId: T },
    ]);
    expect(keys.keyFor({ number: T, idKind: 'transaction' })).toEqual({ key: T });
    keys.add({ number: T, idKind: 'transaction' });
    expect(keys.keyFor({ number: X, transactionId: T })).toEqual({ key: X });
  });
});
