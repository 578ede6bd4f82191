import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { resolveLanguage } from '../i18n/language';
import { strings as popupEl } from '../i18n/pages/popup.el';
import { strings as popupEn } from '../i18n/pages/popup.en';
import { loadRest, send as sendMessage } from './send';
import type { Case, ChannelId } from '../model/types';
import type { OrderIndex } from '../store/order-index';
import type { ComposerState } from '../store/schema';
import { useModule } from '../ui/lazy';
import { useItems, type ItemsOf } from '../ui/use-store';
import { ContextBar } from './Context';
import { useOrderDetail } from './detail';
import { AddOrder } from './Orders';
import { OtherWays } from './OtherWays';
import type { TabContext } from './tab';

/** What the popup reads from storage: the orders index, not the orders; no case. */
export const POPUP_ITEMS = ['orderIndex', 'drafts', 'composer', 'settings', 'profile'] as const;
export type PopupData = ItemsOf<(typeof POPUP_ITEMS)[number]>;

// What shows after the first paint (the composer, the case view, the messaging library, the
// tab's page detection, their words) is one chunk (./send's loadRest), asked for as the first
// render commits.

/** Runs `run` when the page is idle, soon after the composer's draft has painted. */
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 200 }) : setTimeout(run, 0);

const POPUP_WORDS = { en: popupEn, el: popupEl };

/** The order a reminder's case belongs to (case ids are `<order>|<problem>`). */
const caseOrder = (id: string) => id.slice(0, Math.max(0, id.lastIndexOf('|')));

export function App() {
  // What the popup shows, and nothing more (not the orders, the tour or the diagnostics).
  const { data, error } = useItems(POPUP_ITEMS);
  // The words of the first paint (both languages' are in the popup's script: no request for
  // them).
  const t = data ? POPUP_WORDS[resolveLanguage(data.settings.language)] : undefined;
  const [tab, setTab] = useState<TabContext>();
  // What the shopper picked; until then the selection follows from the data and the tab.
  const [chosen, setChosen] = useState<ComposerState | null>(null);
  const [status, setStatus] = useState('');
  const rest = useModule(loadRest);
  // The words of all else come with the composer's chunk (both languages').
  const tc = rest && t ? (t.lang === 'el' ? rest.laterEl : rest.laterEn) : undefined;
  // The composer has shown a draft: from then on the parts around it stay (a new selection
  // waits for its order's detail in the composer's place only), and the case view comes next.
  const interactive = useRef(false);
  const [caseViewWanted, setCaseViewWanted] = useState(false);

  useLayoutEffect(() => {
    rest?.tabContext().then(setTab, () => setTab({ kind: 'not-wish', unreachable: false }));
  }, [!!rest]);

  useEffect(() => {
    if (!t) return;
    // Only when they differ from the page's own (English): setting the language restyles the
    // whole page, and the title is sent to the browser.
    if (document.documentElement.lang !== t.lang) document.documentElement.lang = t.lang;
    if (document.title !== t.appName) document.title = t.appName;
  }, [t?.lang]);

  // No index stored yet (the worker has not made it since an update): ask for it; it arrives
  // through the storage change like any other.
  const noIndex = !!data && data.orderIndex.total === 0;
  useEffect(() => {
    if (noIndex) sendMessage('orderIndex', undefined).catch(() => undefined);
  }, [noIndex]);

  // A reminder names a case: its order's detail comes first, then the selection.
  const fromReminder = new URLSearchParams(location.search).get('case');
  const reminderDetail = useOrderDetail(fromReminder ? caseOrder(fromReminder) : undefined, data?.orderIndex);
  const fromCase = reminderDetail?.cases.find((c) => c.id === fromReminder);

  // The index lists the newest orders only: an older one that the page shows, or that the
  // stored selection names, is asked of the worker (which says whether it is stored).
  const pageNumber = orderOnPage(tab);
  const pageOlder = data && pageNumber && !listed(data.orderIndex, pageNumber) ? pageNumber : undefined;
  const pageDetail = useOrderDetail(pageOlder, data?.orderIndex);
  const storedNumber = data?.composer?.orderNumber;
  const storedOlder =
    data && storedNumber && !listed(data.orderIndex, storedNumber) ? storedNumber : undefined;
  const storedDetail = useOrderDetail(storedOlder, data?.orderIndex);
  const older = new Set([pageDetail, storedDetail].flatMap((d) => (d?.order ? [d.number] : [])));

  // Derived in the render that brings the data: the first paint does not wait for an effect
  // or for the tab (when the tab answers, its order is taken unless the shopper picked one).
  const selection =
    chosen ??
    (data && (!fromReminder || reminderDetail) && (!storedOlder || storedDetail)
      ? initialSelection(data, tab, location.search, fromCase, older)
      : null);
  const detail = useOrderDetail(selection?.orderNumber, data?.orderIndex);

  const select = (next: ComposerState) => {
    setChosen(next);
    sendMessage('saveComposer', next).catch((e: Error) => setStatus(e.message));
  };

  const startGuide = async () => {
    if (!tab?.tabId || !selection || !t) return;
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
  if (!data || !selection || !t) return <p class="muted loading">…</p>;
  const count = data.orderIndex.total;
  const Composer = rest?.Composer;
  // The case view renders once the composer's draft has painted: the shopper acts on the draft first.
  const CaseView = caseViewWanted ? rest?.CaseView : undefined;
  // The parts around the composer (their words load beside it) show with its first draft, in
  // one render, rather than one render and paint each as their parts arrive; and with the tab's
  // context, so that "Start guide" is there when the draft is, and the draft is for the order
  // the tab shows rather than replaced by it a moment later.
  const later = tc && (interactive.current || (Composer && detail && tab)) ? tc : undefined;
  const onShown = () => {
    if (interactive.current) return;
    interactive.current = true;
    whenIdle(() => setCaseViewWanted(true));
  };

  return (
    <main>
      <header class="top">
        <h1>{t.appName}</h1>
      </header>
      <ContextBar t={later} tab={tab} onStart={() => void startGuide()} status={status} />
      <section class="orders" aria-labelledby="orders-h">
        <h2 id="orders-h">{t.ordersHeading}</h2>
        <p class="muted">{count ? t.capturedCount(count) : t.noOrders}</p>
        <AddOrder
          t={t}
          problems={tc?.orderProblems}
          onAdded={(number) => select({ ...selection, orderNumber: number })}
        />
      </section>
      {later && Composer && detail ? (
        <Composer
          t={later}
          data={data}
          selection={selection}
          order={detail.order}
          cases={detail.cases}
          onSelect={select}
          tab={tab}
          onStatus={setStatus}
          onShown={onShown}
        />
      ) : (
        <p class="muted loading">…</p>
      )}
      {selection.orderNumber && CaseView && detail && later && (
        <CaseView
          t={later}
          order={detail.order}
          cases={detail.cases}
          country={data.profile.country}
          onWrite={(channel: ChannelId, followUp: boolean) =>
            select({ ...selection, channel, problem: followUp ? 'follow-up' : selection.problem })
          }
        />
      )}
      {later && <OtherWays t={later} />}
    </main>
  );
}

const numbersOf = new WeakMap<OrderIndex, Set<string>>();
/** The index lists this order among the newest. */
function listed(index: OrderIndex, number: string): boolean {
  let numbers = numbersOf.get(index);
  if (!numbers) numbersOf.set(index, (numbers = new Set(index.newest.map((s) => s.number))));
  return numbers.has(number);
}

/** The one order the Wish tab shows, if it shows one. */
const orderOnPage = (tab: TabContext | undefined) =>
  tab?.info?.ordersOnPage.length === 1 ? tab.info.ordersOnPage[0] : undefined;

/** The composer's first selection: a case from a reminder, else the order the page shows, the
 *  stored one, or the most recently placed order. An order is taken only when it is stored:
 *  listed in the index, or older and in `older` (the worker said it is stored). */
export function initialSelection(
  data: Pick<PopupData, 'orderIndex' | 'composer' | 'settings'>,
  tab: TabContext | undefined,
  search: string,
  fromCase?: Case,
  older: ReadonlySet<string> = new Set(),
): ComposerState {
  const params = new URLSearchParams(search);
  const onPage = orderOnPage(tab);
  const has = (index: OrderIndex, number: string) => listed(index, number) || older.has(number);
  // The index is kept newest first.
  const newest = data.orderIndex.newest[0]?.number;
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
  if (onPage && has(data.orderIndex, onPage)) return { ...base, orderNumber: onPage };
  if (base.orderNumber && !has(data.orderIndex, base.orderNumber) && newest)
    return { ...base, orderNumber: newest };
  return base;
}
