// The picked order in full and its cases, asked of the worker (which has them in memory): the
// popup never reads the whole order list or every case to show one.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send as sendMessage } from './send';
import type { Case, Order } from '../model/types';
import { ITEMS } from '../store/items';
import { readItems } from '../ui/use-store';

export interface OrderDetail {
  number: string;
  order: Order | undefined;
  cases: Case[];
}

async function fetchDetail(number: string): Promise<OrderDetail> {
  if (!number) return { number, order: undefined, cases: [] };
  const answer = await sendMessage('orderDetail', { number }).catch(() => undefined);
  if (answer) return { number, order: answer.order ?? undefined, cases: answer.cases };
  // No answer from the worker (it failed to start, or none runs, as in unit tests): read the
  // items straight from storage, slower but the same data.
  const { orders, cases } = await readItems(['orders', 'cases'] as const);
  return {
    number,
    order: Object.hasOwn(orders, number) ? orders[number] : undefined,
    cases: Object.values(cases).filter((c) => c.orderNumber === number),
  };
}

// One question per order while nothing changed: the stored selection's order, when older than
// the index lists, is asked to know whether it is stored, then again as the selection's.
let generation = 0;
const asked = new Map<string, { stamp: unknown; generation: number; answer: Promise<OrderDetail> }>();
function detailOnce(number: string, stamp: unknown): Promise<OrderDetail> {
  const hit = asked.get(number);
  if (hit && hit.stamp === stamp && hit.generation === generation) return hit.answer;
  const answer = fetchDetail(number);
  asked.set(number, { stamp, generation, answer });
  return answer;
}

/** The order `number` and its cases, asked again when the index (`indexStamp`), the orders or
 *  the cases change. Undefined until the answer for this number arrives. */
export function useOrderDetail(number: string | undefined, indexStamp: unknown): OrderDetail | undefined {
  const [detail, setDetail] = useState<OrderDetail>();
  const [storedChanged, setStoredChanged] = useState(0);
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      // The orders too: a change to an order older than the index lists leaves the index as it was.
      if (area === 'local' && (ITEMS.cases.key in changes || ITEMS.orders.key in changes)) {
        generation++;
        setStoredChanged((n) => n + 1);
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  // Asked as the render that names the order commits, not after the next paint.
  useLayoutEffect(() => {
    if (number === undefined) return;
    let live = true;
    detailOnce(number, indexStamp).then(
      (d) => live && setDetail(d),
      (e: unknown) => console.error('[Wish support] the order was not read', e),
    );
    return () => {
      live = false;
    };
  }, [number, indexStamp, storedChanged]);
  return detail?.number === number ? detail : undefined;
}
