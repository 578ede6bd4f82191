// A page to print: a letter or complaint draft (?draft=<key>) or a case's evidence pack
// (?case=<id>): the order, its dates, every contact and the texts sent.
import { useEffect } from 'preact/hooks';
import { deadlines } from '../cases/deadlines';
import { uiDate } from '../i18n/format';
import { useStrings } from '../i18n/load';
import { TEMPLATES } from '../compose/render';
import { useItems } from '../ui/use-store';
import { formatMoney } from '../wish/parse';

export function Print() {
  const { data } = useItems(['orders', 'cases', 'drafts', 'profile', 'settings'] as const);
  const params = new URLSearchParams(location.search);
  const t = useStrings(data?.settings.language, !!data);
  useEffect(() => {
    if (t) document.documentElement.lang = t.lang;
  }, [t?.lang]);
  useEffect(() => {
    if (data && t) setTimeout(() => window.print(), 300);
  }, [!!data && !!t]);
  if (!data || !t) return <p>…</p>;

  const draft = params.get('draft') ? data.drafts[params.get('draft')!] : undefined;
  if (draft) {
    return (
      <article class="print-letter">
        {draft.subject && <p class="muted">{draft.subject}</p>}
        <pre>{draft.body}</pre>
      </article>
    );
  }
  const c = params.get('case') ? data.cases[params.get('case')!] : undefined;
  if (!c) return <p class="error">—</p>;
  const order = data.orders[c.orderNumber];
  const tl = TEMPLATES[t.lang];
  return (
    <article class="evidence">
      <h1>{t.evidence}</h1>
      <p>{tl.problems[c.problem].label}</p>
      <h2>{t.order}</h2>
      <dl>
        <dt>{tl.fieldNames.orderNumber}</dt>
        <dd>{c.orderNumber}</dd>
        {order?.placedAt && (
          <>
            <dt>{tl.fieldNames.orderDate}</dt>
            <dd>{uiDate(order.placedAt, t.lang)}</dd>
          </>
        )}
        {order?.amount && (
          <>
            <dt>{tl.fieldNames.amount}</dt>
            <dd>{formatMoney(order.amount, t.lang)}</dd>
          </>
        )}
        {order?.items.length ? (
          <>
            <dt>{tl.fieldNames.items}</dt>
            <dd>{order.items.map((i) => i.title).join('; ')}</dd>
          </>
        ) : null}
        {order?.statusText && (
          <>
            <dt>{tl.fieldNames.status}</dt>
            <dd>{order.statusText}</dd>
          </>
        )}
        {order?.estimateText && (
          <>
            <dt>{tl.fieldNames.estimate}</dt>
            <dd>{order.estimateText}</dd>
          </>
        )}
        {order?.tracking && (
          <>
            <dt>{tl.fieldNames.tracking}</dt>
            <dd>{order.tracking}</dd>
          </>
        )}
        <dt>{tl.fieldNames.name}</dt>
        <dd>{data.profile.name || '—'}</dd>
        <dt>{tl.fieldNames.email}</dt>
        <dd>{data.profile.email || '—'}</dd>
      </dl>
      <h2>{t.timeline}</h2>
      <ol>
        {c.contacts.map((x) => (
          <li key={x.id}>
            <p>
              <strong>{uiDate(x.at, t.lang, true)}</strong> · {t.channels[x.channel]} ({t.via[x.via] ?? x.via}
              ){x.reference && <> · #{x.reference.replace(/^#/, '')}</>}
            </p>
            {x.subject && <p>{x.subject}</p>}
            <pre>{x.message}</pre>
            {x.note && <p class="muted">{x.note}</p>}
          </li>
        ))}
      </ol>
      {c.replyAt && (
        <p>
          {t.replyReceived}: {uiDate(c.replyAt, t.lang, true)}
        </p>
      )}
      {order && (
        <>
          <h2>{t.rights}</h2>
          <ul>
            {deadlines(order, c, new Date(), { country: data.profile.country }).map((d) => (
              <li key={d.id}>
                {t.deadlines[d.id]}: {t.deadlineLeft(uiDate(d.lastDay, t.lang), d.daysLeft)} (
                {t.countedFrom[d.countedFrom]}, {uiDate(d.from, t.lang)}) —{' '}
                {t.deadlineSources[d.id] ?? d.source}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="disclaimer">{t.disclaimer}</p>
    </article>
  );
}
