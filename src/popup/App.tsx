import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { resolveLanguage, uiStrings } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { ChannelId } from '../model/types';
import type { ComposerState } from '../store/schema';
import { useItems, type ItemsOf } from '../ui/use-store';
import { CaseView } from './CaseView';
import { Composer, newestFirst } from './Composer';
import { ContextBar } from './Context';
import { AddOrder } from './Orders';
import { OtherWays } from './OtherWays';
import { tabContext, type TabContext } from './tab';

export const POPUP_ITEMS = ['orders', 'cases', 'drafts', 'composer', 'settings', 'profile'] as const;
export type PopupData = ItemsOf<(typeof POPUP_ITEMS)[number]>;

export function App() {
  // What the popup shows, and nothing more (not the tour, not the diagnostics).
  const { data, error } = useItems(POPUP_ITEMS);
  const [tab, setTab] = useState<TabContext>();
  // What the shopper picked; until then the selection follows from the data and the tab.
  const [chosen, setChosen] = useState<ComposerState | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    tabContext().then(setTab, () => setTab({ kind: 'not-wish', unreachable: false }));
  }, []);

  const t = uiStrings(data?.settings.language);
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.appName;
  }, [t.lang]);

  // Derived in the render that brings the data: the first paint does not wait for an effect
  // or for the tab (when the tab answers, its order is taken unless the shopper picked one).
  const selection = chosen ?? (data ? initialSelection(data, tab, location.search) : null);

  // Marks the moment the composer is usable (read by `npm run bench`).
  useLayoutEffect(() => {
    if (data && selection && !performance.getEntriesByName('wsg-interactive').length)
      performance.mark('wsg-interactive');
  }, [data, selection]);

  const select = (next: ComposerState) => {
    setChosen(next);
    sendMessage('saveComposer', next).catch((e: Error) => setStatus(e.message));
  };

  const startGuide = async () => {
    if (!tab?.tabId || !selection) return;
    try {
      await sendMessage('saveComposer', selection);
      await sendMessage(
        'startGuide',
        {
          problem: selection.problem,
          ...(selection.orderNumber ? { orderNumber: selection.orderNumber } : {}),
        },
        tab.tabId,
      );
      setStatus(t.guideStarted);
    } catch {
      setStatus(t.guideFailed);
    }
  };

  if (error) return <p class="error">{error}</p>;
  if (!data || !selection) return <p class="muted loading">…</p>;
  const count = Object.keys(data.orders).length;
  const cases = Object.values(data.cases).filter((c) => c.orderNumber === selection.orderNumber);

  return (
    <main>
      <header class="top">
        <h1>{t.appName}</h1>
      </header>
      <ContextBar t={t} tab={tab} onStart={() => void startGuide()} status={status} />
      <section class="orders" aria-labelledby="orders-h">
        <h2 id="orders-h">{t.ordersHeading}</h2>
        <p class="muted">{count ? t.capturedCount(count) : t.noOrders}</p>
        <AddOrder t={t} onAdded={(number) => select({ ...selection, orderNumber: number })} />
      </section>
      <Composer t={t} data={data} selection={selection} onSelect={select} tab={tab} onStatus={setStatus} />
      {selection.orderNumber && (
        <CaseView
          t={t}
          order={data.orders[selection.orderNumber]}
          cases={cases}
          country={data.profile.country}
          onWrite={(channel: ChannelId, followUp: boolean) =>
            select({ ...selection, channel, problem: followUp ? 'follow-up' : selection.problem })
          }
        />
      )}
      <OtherWays t={t} />
    </main>
  );
}

/** The composer's first selection: a case from a reminder, else the stored one, the order the
 *  page shows, or the most recently placed order. */
export function initialSelection(
  data: Pick<PopupData, 'cases' | 'orders' | 'composer' | 'settings'>,
  tab: TabContext | undefined,
  search: string,
): ComposerState {
  const params = new URLSearchParams(search);
  const fromCase = params.get('case') ? data.cases[params.get('case')!] : undefined;
  const onPage = tab?.info?.ordersOnPage.length === 1 ? tab.info.ordersOnPage[0] : undefined;
  const newest = Object.values(data.orders).sort(newestFirst)[0]?.number;
  const base: ComposerState = data.composer ?? {
    orderNumber: newest ?? '',
    problem: 'never-delivered',
    channel: data.settings.defaultChannel,
    language: resolveLanguage(data.settings.language),
  };
  if (fromCase) {
    return {
      ...base,
      orderNumber: fromCase.orderNumber,
      problem: params.get('followup') ? 'follow-up' : fromCase.problem,
      channel: fromCase.contacts[0]?.channel ?? base.channel,
    };
  }
  if (onPage && data.orders[onPage]) return { ...base, orderNumber: onPage };
  if (base.orderNumber && !data.orders[base.orderNumber] && newest) return { ...base, orderNumber: newest };
  return base;
}
