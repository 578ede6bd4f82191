// Pick an order, a problem and a channel; get a complete, editable draft that autosaves on
// every change (the popup closes the moment it loses focus: reopening shows it as it was).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CHANNEL_FACTS, COMPLAINT_URLS, MAILTO_MAX } from '../guide/channels';
import type { LaterStrings } from '../i18n/pages';
import { sendMessage } from '../messaging/protocol';
import type { Case, Draft, DraftLanguage, Order, ProblemId } from '../model/types';
import {
  COMPLAINT_BODIES,
  compose,
  mailtoUrl,
  missingMarks,
  REQUIRED,
  TEMPLATES,
  type FieldKey,
} from '../compose/render';
import { summarize, type OrderIndex, type OrderSummary } from '../store/order-index';
import { draftKey, type ComposerState } from '../store/schema';
import type { PopupData } from './App';
import { CHANNELS, PROBLEMS } from '../store/validate';
import { ConfirmBar, type Pending } from '../ui/confirm';
import { Select } from '../ui/Select';
import { Finder } from './Finder';
import { orderLabel } from './label';
import type { TabContext } from './tab';

/** Fields a shopper can supply by hand; the rest are computed. */
const FILLABLE: readonly FieldKey[] = [
  'orderNumber',
  'orderDate',
  'items',
  'amount',
  'status',
  'estimate',
  'refundEligibleDate',
  'tracking',
  'name',
  'account',
  'email',
  'address',
  'firstContactDate',
  'firstContactChannel',
  'reference',
  'complaintDate',
  'complaintReference',
  'replyDate',
  'wishReply',
];

/** Offered on a follow-up even when the draft does not need them: a ticket number helps. */
const FOLLOW_UP_EXTRAS: readonly FieldKey[] = ['reference'];
const COMPLAINT_UPDATE_EXTRAS: readonly FieldKey[] = ['complaintReference'];

interface Props {
  t: LaterStrings;
  data: PopupData;
  selection: ComposerState;
  /** The selected order in full, and its cases (asked of the worker). */
  order: Order | undefined;
  cases: Case[];
  onSelect: (s: ComposerState) => void;
  tab: TabContext | undefined;
  onStatus: (s: string) => void;
  /** Called when the composer first shows a draft (the popup is interactive). */
  onShown?: () => void;
}

type Via = 'copied' | 'mailto' | 'printed' | 'sent' | 'manual';

export function Composer({ t, data, selection, order, cases, onSelect, tab, onStatus, onShown }: Props) {
  const key = draftKey(selection.orderNumber, selection.problem, selection.channel);
  const caseData = cases.find(
    (c) =>
      c.orderNumber === selection.orderNumber &&
      (c.problem === selection.problem || selection.problem === 'follow-up'),
  );
  const draftId = `${key}|${selection.language}`;
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState('');
  const [via, setVia] = useState<Via>('manual');
  const loadedKey = useRef(draftId);
  const [finding, setFinding] = useState(false);

  const composeWith = (
    fills: Record<string, string>,
    recipient?: string,
    language: DraftLanguage = selection.language,
  ) =>
    compose({
      ...(order ? { order } : {}),
      orderNumber: selection.orderNumber,
      problem: selection.problem,
      channel: selection.channel,
      language,
      profile: data.profile,
      ...(caseData ? { case: caseData } : {}),
      now: new Date(),
      fills,
      ...(recipient ? { recipient } : {}),
    });

  const stamp = (next: Draft): Draft => ({ ...next, updatedAt: new Date().toISOString() });
  const store = (stamped: Draft) =>
    sendMessage('saveDraft', { key, draft: stamped }).catch((e: Error) => onStatus(e.message));
  const save = (next: Draft) => {
    const stamped = stamp(next);
    setDraft(stamped);
    void store(stamped);
  };

  /** The stored draft for this selection, or a new one (`fresh`) composed from the data. */
  const loadDraft = (): { draft: Draft; fresh: boolean } => {
    const stored = data.drafts[key];
    if (stored && stored.language === selection.language) return { draft: stored, fresh: false };
    const c = composeWith({});
    const draft = {
      ...selection,
      subject: c.subject,
      body: c.body,
      generated: c.body,
      fills: {},
      ...(c.recipient ? { recipient: c.recipient } : {}),
      updatedAt: '',
    };
    return { draft: stamp(draft), fresh: true };
  };
  // The first selection's draft is there in the first render (no render and paint without it).
  const [first] = useState(loadDraft);
  const [draft, setDraft] = useState<Draft | null>(first.draft);
  useEffect(() => {
    // Saved at once: "Insert my draft" on Wish's page reads it from storage.
    if (first.fresh) void store(first.draft);
  }, []);

  // Load the stored draft for a new selection once; later store refreshes must not undo typing.
  useEffect(() => {
    if (loadedKey.current === draftId) return;
    loadedKey.current = draftId;
    const next = loadDraft();
    setDraft(next.draft);
    if (next.fresh) void store(next.draft);
    setNotice('');
  }, [key, selection.language]);

  const composed = useMemo(
    () => (draft ? composeWith(draft.fills, draft.recipient) : null),
    [draft?.fills, draft?.recipient, key, selection.language, order, data.profile, caseData],
  );

  // Marks the moment the composer is usable: its draft is shown (read by `npm run bench`).
  useLayoutEffect(() => {
    if (!draft) return;
    if (!performance.getEntriesByName('wsg-interactive').length) performance.mark('wsg-interactive');
    onShown?.();
  }, [!!draft]);

  if (!draft || !composed) return null;
  const orderChoices = choices(data.orderIndex, selection.orderNumber, order);
  // Orders the picker does not list: found by a search, rendered only when asked for.
  const unlisted = data.orderIndex.total > data.orderIndex.newest.length;

  const edited = draft.body !== draft.generated;
  const facts = CHANNEL_FACTS[selection.channel];
  const marks = missingMarks(`${draft.subject}\n${draft.body}`, selection.language);
  const missingRequired = REQUIRED[selection.channel].filter((k) => marks.includes(k));
  const extras =
    selection.problem !== 'follow-up'
      ? []
      : selection.channel === 'complaint'
        ? COMPLAINT_UPDATE_EXTRAS
        : FOLLOW_UP_EXTRAS;
  const fillable = FILLABLE.filter(
    (k) => composed.missing.includes(k) || draft.fills[k] !== undefined || extras.includes(k),
  );
  const fieldNames = TEMPLATES[t.lang].fieldNames;
  const length = [...draft.body].length;

  const setFill = (field: FieldKey, value: string) => {
    const fills = { ...draft.fills, [field]: value };
    if (!value) delete fills[field];
    const next = composeWith(fills, draft.recipient);
    let body = draft.body;
    let subject = draft.subject;
    if (!edited) body = next.body;
    else if (value) {
      // Edited by hand: put the value where the missing mark still stands.
      const mark = TEMPLATES[selection.language].missing.replace(
        '{field}',
        TEMPLATES[selection.language].fieldNames[field],
      );
      body = body.split(mark).join(value);
    }
    if (subject === composed.subject) subject = next.subject;
    save({ ...draft, fills, body, subject, generated: next.body });
  };

  const guard = (run: () => void) => {
    if (!missingRequired.length) return run();
    setPending({ message: t.missingConfirm(missingRequired.map((k) => fieldNames[k]).join(', ')), run });
  };

  const copy = () =>
    guard(async () => {
      try {
        await navigator.clipboard.writeText(draft.body);
        setVia('copied');
        setNotice(t.copied);
      } catch {
        setNotice(t.copyFailed);
      }
    });

  const insert = () =>
    guard(async () => {
      if (!tab?.tabId) return;
      const run = async (replace: boolean): Promise<void> => {
        const result = await sendMessage('insertDraft', { text: draft.body, replace }, tab.tabId).catch(
          () => ({ ok: false, reason: 'not-wish' as const }),
        );
        if (result.ok) {
          setVia('sent');
          setNotice(t.inserted);
        } else if (result.reason === 'has-text') {
          setPending({ message: `${t.replaceConfirm}`, run: () => void run(true) });
        } else if (result.reason === 'no-field') {
          await sendMessage(
            'startGuide',
            {
              problem: selection.problem,
              ...(selection.orderNumber ? { orderNumber: selection.orderNumber } : {}),
            },
            tab.tabId,
          ).catch(() => undefined);
          setNotice(t.insertNeedsField);
        } else setNotice(t.guideFailed);
      };
      await run(false);
    });

  const print = () =>
    guard(() => {
      setVia('printed');
      void browser.tabs.create({
        url: browser.runtime.getURL(`print.html?draft=${encodeURIComponent(key)}`),
      });
    });

  const logSent = async () => {
    await sendMessage('logContact', {
      orderNumber: selection.orderNumber,
      problem: selection.problem,
      contact: {
        channel: selection.channel,
        message: draft.body,
        ...(draft.subject ? { subject: draft.subject } : {}),
        via,
      },
    });
    setNotice(t.logged);
  };

  const mailHref = composed.mailto && draft ? mailto(draft.subject, draft.body) : undefined;
  const onWish = !!tab?.tabId && tab.kind !== 'not-wish' && !tab.unreachable;

  return (
    <section class="composer" aria-labelledby="composer-h">
      <h2 id="composer-h">{t.composerHeading}</h2>
      <div class="grid">
        <label>
          {t.order}
          <select
            value={selection.orderNumber}
            onChange={(e) => onSelect({ ...selection, orderNumber: e.currentTarget.value })}
          >
            <option value="">{t.noOrder}</option>
            {orderChoices.map((o) => (
              <option value={o.number} key={o.number}>
                {orderLabel(o, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.problem}
          <select
            value={selection.problem}
            onChange={(e) => onSelect({ ...selection, problem: e.currentTarget.value as ProblemId })}
          >
            {PROBLEMS.map((p) => (
              <option value={p} key={p}>
                {TEMPLATES[t.lang].problems[p].label}
              </option>
            ))}
          </select>
        </label>
        <Select
          label={t.channel}
          value={selection.channel}
          options={CHANNELS}
          names={t.channels}
          onChange={(channel) => onSelect({ ...selection, channel })}
        />
        <label>
          {t.language}
          <select
            value={selection.language}
            onChange={(e) => onSelect({ ...selection, language: e.currentTarget.value as DraftLanguage })}
          >
            <option value="en">English</option>
            <option value="el">Ελληνικά</option>
          </select>
        </label>
      </div>
      {unlisted && (
        <button
          type="button"
          class="link"
          aria-expanded={finding ? 'true' : 'false'}
          onClick={() => setFinding(!finding)}
        >
          {t.findOrders(data.orderIndex.total)}
        </button>
      )}
      {unlisted && finding && (
        <Finder
          t={t}
          onPick={(number) => {
            setFinding(false);
            onSelect({ ...selection, orderNumber: number });
          }}
        />
      )}

      <p class={`fact fact-${facts.status}`}>
        <span class="badge">{t[facts.status]}</span> {t.channelNotes[selection.channel]}{' '}
        <span class="muted">{t.verified(facts.basis.map((b) => t.basis[b]).join('; '))}</span>
      </p>

      {fillable.length > 0 && (
        <fieldset class="missing">
          <legend>{t.missingHeading}</legend>
          <p class="muted">{t.missingHelp}</p>
          {fillable.map((k) => (
            <label key={k} class={REQUIRED[selection.channel].includes(k) ? 'required' : undefined}>
              {capitalise(fieldNames[k])}
              <input
                value={draft.fills[k] ?? ''}
                onInput={(e) => setFill(k, e.currentTarget.value)}
                aria-required={REQUIRED[selection.channel].includes(k) ? 'true' : undefined}
              />
            </label>
          ))}
        </fieldset>
      )}

      {(selection.channel === 'email' || selection.channel === 'letter') && (
        <label class="wide">
          {t.subject}
          <input value={draft.subject} onInput={(e) => save({ ...draft, subject: e.currentTarget.value })} />
        </label>
      )}
      {selection.channel === 'letter' && (
        <label class="wide">
          {t.recipient}
          <textarea
            rows={4}
            value={draft.recipient ?? composed.recipient ?? ''}
            onInput={(e) => {
              const recipient = e.currentTarget.value;
              const next = composeWith(draft.fills, recipient);
              save({ ...draft, recipient, ...(edited ? {} : { body: next.body }), generated: next.body });
            }}
          />
        </label>
      )}
      {selection.channel === 'complaint' && composed.complaintBody && (
        <div class="row">
          <Select
            label={t.complaintTo}
            value={composed.complaintBody}
            options={COMPLAINT_BODIES}
            names={t.complaintBodies}
            onChange={(recipient) => {
              const next = composeWith(draft.fills, recipient);
              save({ ...draft, recipient, ...(edited ? {} : { body: next.body }), generated: next.body });
            }}
          />
          <a
            class="button link"
            href={COMPLAINT_URLS[composed.complaintBody]}
            target="_blank"
            rel="noreferrer"
          >
            {t.complaintPage}
          </a>
        </div>
      )}
      <label class="wide">
        {t.message}
        <textarea
          class="message"
          rows={12}
          value={draft.body}
          onInput={(e) => save({ ...draft, body: e.currentTarget.value })}
        />
      </label>
      <p class="muted small" aria-live="polite">
        {edited ? t.edited : t.saved}
        {composed.limit !== undefined && (
          <span class={length > composed.limit ? 'error' : ''}>
            {' '}
            ·{' '}
            {length > composed.limit
              ? t.overLimit(length, composed.limit)
              : t.lengthOk(length, composed.limit)}
          </span>
        )}
      </p>

      {composed.publicPost && (
        <details class="public-post">
          <summary>{t.publicPostHeading}</summary>
          <p class="small">{composed.publicPost}</p>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(composed.publicPost!).then(
                () => setNotice(t.copied),
                () => setNotice(t.copyFailed),
              )
            }
          >
            {t.copy}
          </button>
        </details>
      )}
      <div class="row actions">
        <button type="button" class="primary" onClick={copy}>
          {t.copy}
        </button>
        {selection.channel === 'email' && mailHref && (
          <a
            class="button"
            href={mailHref.href}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              if (missingRequired.length) {
                e.preventDefault();
                guard(() => window.open(mailHref.href, '_blank'));
              }
              setVia('mailto');
            }}
          >
            {t.sendByEmail}
          </a>
        )}
        {selection.channel === 'site' && (
          <button
            type="button"
            onClick={insert}
            disabled={!onWish}
            title={onWish ? undefined : t.pageKinds['not-wish']}
          >
            {t.insert}
          </button>
        )}
        {(selection.channel === 'letter' || selection.channel === 'complaint') && (
          <button type="button" onClick={print}>
            {t.print}
          </button>
        )}
        <button type="button" onClick={() => void logSent()}>
          {t.logSent}
        </button>
        {edited && (
          <button
            type="button"
            class="link"
            onClick={() =>
              save({ ...draft, body: composed.body, subject: composed.subject, generated: composed.body })
            }
          >
            {t.regenerate}
          </button>
        )}
      </div>
      {mailHref?.tooLong && <p class="warn">{t.mailtoTooLong}</p>}
      <ConfirmBar pending={pending} onCancel={() => setPending(null)} yes={t.continue} no={t.cancel} />
      {notice && (
        <p class="status" role="status">
          {notice}
        </p>
      )}
      <p class="disclaimer">{t.disclaimer}</p>
    </section>
  );
}

/** The mailto link: the whole message when it fits, else the subject only (copy the body). */
function mailto(subject: string, body: string): { href: string; tooLong: boolean } {
  const full = mailtoUrl(subject, body);
  if (full.length <= MAILTO_MAX) return { href: full, tooLong: false };
  return { href: mailtoUrl(subject, ''), tooLong: true };
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The picker lists the most recent orders, the ones the index keeps (a long history would
 *  make the popup slow to open); the selected one is always there, from the worker's answer
 *  when it is older. Other older ones: "Find an order" (every stored order), or type the
 *  number in "Add an order". */
function choices(index: OrderIndex, selected: string, order: Order | undefined): OrderSummary[] {
  const list = index.newest.slice();
  if (selected && order?.number === selected && !list.some((s) => s.number === selected))
    list.push(summarize(order));
  return list;
}
