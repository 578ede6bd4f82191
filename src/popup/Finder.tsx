// "Find an order": the picker lists the newest orders only (what the popup reads at open); this
// searches every stored order, through the worker, and picks one. Rendered only when opened.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LaterStrings } from '../i18n/pages';
import type { OrderSummary } from '../store/order-index';
import { searchOrders } from './find';
import { orderLabel } from './label';

export function Finder(props: { t: LaterStrings; onPick: (number: string) => void }) {
  const { t } = props;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ orders: OrderSummary[]; total: number }>();
  // Answers can come out of order (a search per keystroke): only the last query's is shown.
  const asked = useRef(0);
  const field = useRef<HTMLInputElement>(null);
  // Opened by a click: the shopper types next (autofocus works only as a page loads).
  useLayoutEffect(() => field.current?.focus(), []);
  useLayoutEffect(() => {
    const ask = ++asked.current;
    searchOrders(query.trim()).then(
      (answer) => ask === asked.current && setFound(answer),
      (e: unknown) => console.error('[Wish support] the search failed', e),
    );
  }, [query]);
  return (
    <div class="finder">
      <label>
        {t.findOrderLabel}
        <input
          ref={field}
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="finder-status"
        />
      </label>
      <p id="finder-status" class="muted small" aria-live="polite">
        {found ? t.ordersFound(found.orders.length, found.total) : '…'}
      </p>
      {found && found.orders.length > 0 && (
        <ul class="found">
          {found.orders.map((o) => (
            <li key={o.number}>
              <button type="button" class="link" onClick={() => props.onPick(o.number)}>
                {orderLabel(o, t)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
