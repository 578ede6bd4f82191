// The popup's search of every stored order (the index lists only the newest): asked of the
// worker, which has the orders in memory.
import { sendMessage } from '../messaging/protocol';
import { findOrders } from '../store/find-orders';
import type { OrderSummary } from '../store/order-index';
import { readItems } from '../ui/use-store';

export async function searchOrders(query: string): Promise<{ orders: OrderSummary[]; total: number }> {
  const answer = await sendMessage('findOrders', { query }).catch(() => undefined);
  if (answer) return answer;
  // No answer from the worker (it failed to start, or none runs, as in unit tests): read the
  // orders straight from storage, slower but the same answer.
  const { orders } = await readItems(['orders'] as const);
  return findOrders(orders, query);
}
