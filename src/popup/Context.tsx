import browser from 'webextension-polyfill';
import type { LaterStrings } from '../i18n/pages';
import { WISH_ORDERS_URL, WISH_URL } from '../guide/wish-urls';
import type { TabContext } from './tab';

export function ContextBar(props: {
  /** Undefined until loaded (beside the tab's context, after the first paint). */
  t: LaterStrings | undefined;
  tab: TabContext | undefined;
  onStart: () => void;
  status: string;
}) {
  const { t, tab } = props;
  if (!tab || !t) return <p class="context muted">…</p>;
  const onWish = tab.kind !== 'not-wish';
  return (
    <section class="context" aria-label={t.appName}>
      <p class="where">
        <strong>{t.pageKinds[tab.kind] ?? tab.kind}</strong>
      </p>
      {tab.unreachable && <p class="warn">{t.pageNotReady}</p>}
      {tab.info?.signedIn === false && <p class="warn">{t.notSignedIn}</p>}
      <div class="row">
        {onWish ? (
          <button
            type="button"
            class="primary"
            onClick={props.onStart}
            disabled={tab.unreachable}
            title={t.guideHint}
          >
            {t.startGuide}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => browser.tabs.create({ url: WISH_URL })}>
            {t.openWish}
          </button>
        )}
        {onWish && tab.kind !== 'orders' && (
          <button
            type="button"
            onClick={() =>
              tab.tabId
                ? browser.tabs.update(tab.tabId, { url: WISH_ORDERS_URL })
                : browser.tabs.create({ url: WISH_ORDERS_URL })
            }
          >
            {t.openOrders}
          </button>
        )}
      </div>
      {props.status && (
        <p class="status" role="status">
          {props.status}
        </p>
      )}
    </section>
  );
}
