// The order's case: every contact so far, the follow-up, where the shopper stands, the
// deadlines that matter and who can help next.
import browser from 'webextension-polyfill';
import { deadlineReport } from '../cases/deadlines';
import { complaintBodies, nextRung, standing } from '../cases/escalation';
import { isDue } from '../cases/followup';
import type { LaterStrings } from '../i18n/pages';
import { uiDate } from '../i18n/format';
import { sendMessage, type ProtocolMap } from '../messaging/protocol';
import type { Case, ChannelId, Country, Order } from '../model/types';
import { TEMPLATES } from '../compose/render';
import { COUNTRIES, PAYMENTS } from '../store/validate';
import { Select } from '../ui/Select';

interface Props {
  t: LaterStrings;
  order: Order | undefined;
  cases: Case[];
  country: Country;
  onWrite: (channel: ChannelId, followUp: boolean) => void;
}

const dateText = (iso: string, lang: string) => uiDate(iso, lang);

/** The date inputs a missing deadline start asks for, by what it needs. */
const NEEDS_FIELD = {
  delivery: 'deliveredAt',
  'dispute-opened': 'disputeOpenedAt',
  statement: 'statementAt',
} as const;
export function CaseView({ t, order, cases, country, onWrite }: Props) {
  const now = new Date();
  const latest = [...cases].sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  const stand = order ? standing(order, now) : undefined;
  const rung = nextRung(latest);
  const report = order ? deadlineReport(order, latest, now, { country }) : { deadlines: [], missing: [] };
  const limits = report.deadlines;
  const update = (data: Parameters<ProtocolMap['updateCase']>[0]) => sendMessage('updateCase', data);

  return (
    <section class="case" aria-labelledby="case-h">
      <h2 id="case-h">{t.caseHeading}</h2>
      {stand && (
        <ul class="standing">
          {stand.daysSincePlaced !== undefined && <li>{t.daysSince(stand.daysSincePlaced)}</li>}
          {stand.daysPastEstimate !== undefined && (
            <li>
              {stand.daysPastEstimate > 0
                ? t.pastEstimate(stand.daysPastEstimate)
                : t.beforeEstimate(-stand.daysPastEstimate)}
            </li>
          )}
          {stand.mayComplain && <li class="warn">{t.mayComplain}</li>}
        </ul>
      )}
      {cases.length === 0 && <p class="muted">{t.noContactsYet}</p>}
      {[...cases]
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
        .map((c) => (
          <div class="case-item" key={c.id}>
            <h3>{TEMPLATES[t.lang].problems[c.problem].label}</h3>
            <ol class="timeline" aria-label={t.timeline}>
              {c.contacts.map((x) => (
                <li key={x.id}>
                  <time dateTime={x.at}>{dateText(x.at, t.lang)}</time> · {t.channels[x.channel]}{' '}
                  <span class="muted">({t.via[x.via] ?? x.via})</span>
                  {x.reference && <span class="muted"> · #{x.reference.replace(/^#/, '')}</span>}
                  <div class="muted small">
                    {(x.subject ?? x.message)
                      .split('\n')
                      .find((l) => l.trim())
                      ?.slice(0, 80)}
                  </div>
                </li>
              ))}
              {c.replyAt && (
                <li class="ok">
                  {t.replyReceived}: {dateText(c.replyAt, t.lang)}
                </li>
              )}
              {c.solvedAt && (
                <li class="ok">
                  {t.solved}: {dateText(c.solvedAt, t.lang)}
                </li>
              )}
            </ol>
            {isDue(c, now) ? (
              <p class="warn">
                {t.followUpDue}{' '}
                <button
                  type="button"
                  class="primary"
                  onClick={() =>
                    onWrite(rung === 'site' ? 'site' : (c.contacts[0]?.channel ?? 'email'), true)
                  }
                >
                  {t.writeFollowUp}
                </button>
              </p>
            ) : (
              c.followUpAt && <p class="muted">{t.followUpOn(dateText(c.followUpAt, t.lang))}</p>
            )}
            {!c.solvedAt && c.contacts.some((x) => x.channel === 'complaint') && (
              <p>
                <button type="button" onClick={() => onWrite('complaint', true)}>
                  {t.updateComplaint}
                </button>
              </p>
            )}
            <div class="row">
              {!c.solvedAt && !c.replyAt && (
                <button type="button" onClick={() => void update({ id: c.id, action: 'reply' })}>
                  {t.replyReceived}
                </button>
              )}
              {!c.solvedAt ? (
                <button type="button" onClick={() => void update({ id: c.id, action: 'solved' })}>
                  {t.solved}
                </button>
              ) : (
                <button type="button" onClick={() => void update({ id: c.id, action: 'reopen' })}>
                  {t.reopen}
                </button>
              )}
              <label class="inline">
                {t.followUpDays}
                <input
                  type="number"
                  min={1}
                  max={60}
                  value={c.followUpDays}
                  onChange={(e) =>
                    void update({ id: c.id, action: 'follow-up-days', days: Number(e.currentTarget.value) })
                  }
                />
              </label>
              <a
                class="button link"
                href={browser.runtime.getURL(`print.html?case=${encodeURIComponent(c.id)}`)}
                target="_blank"
                rel="noreferrer"
                title={t.evidenceHint}
              >
                {t.evidence}
              </a>
            </div>
          </div>
        ))}
      {order && (
        <details class="rights">
          <summary>{t.rights}</summary>
          {latest && (
            <div class="grid">
              <Select
                label={t.payment}
                value={latest.payment ?? ''}
                options={PAYMENTS}
                names={t.payments}
                empty="—"
                onChange={(payment) => void update({ id: latest.id, action: 'payment', payment })}
              />
              <label>
                {t.paidOn}
                <input
                  type="date"
                  value={latest.paidAt ?? ''}
                  onChange={(e) =>
                    void update({ id: latest.id, action: 'payment', paidAt: e.currentTarget.value })
                  }
                />
              </label>
              <label>
                {t.statementOn}
                <input
                  type="date"
                  value={latest.statementAt ?? ''}
                  onChange={(e) =>
                    void update({ id: latest.id, action: 'payment', statementAt: e.currentTarget.value })
                  }
                />
              </label>
              <label>
                {t.deliveredOn}
                <input
                  type="date"
                  value={latest.deliveredAt ?? ''}
                  onChange={(e) =>
                    void update({ id: latest.id, action: 'payment', deliveredAt: e.currentTarget.value })
                  }
                />
              </label>
              {latest.payment === 'paypal' && (
                <label>
                  {t.disputeOpenedOn}
                  <input
                    type="date"
                    value={latest.disputeOpenedAt ?? ''}
                    onChange={(e) =>
                      void update({
                        id: latest.id,
                        action: 'payment',
                        disputeOpenedAt: e.currentTarget.value,
                      })
                    }
                  />
                </label>
              )}
              <Select
                label={t.country}
                value={country}
                options={COUNTRIES}
                names={t.countries}
                onChange={(c) => void update({ id: latest.id, action: 'payment', country: c })}
              />
            </div>
          )}
          <ul class="deadlines">
            {limits.map((d) => (
              <li
                key={d.id}
                class={d.daysLeft < 0 ? 'muted' : d.daysLeft <= 14 ? 'warn' : undefined}
                title={t.deadlineSources[d.id] ?? d.source}
              >
                <strong>{t.deadlines[d.id]}</strong>:{' '}
                {t.deadlineLeft(dateText(d.lastDay, t.lang), d.daysLeft)}
                <span class="muted">
                  {' '}
                  ({t.countedFrom[d.countedFrom]}, {dateText(d.from, t.lang)})
                </span>
              </li>
            ))}
            {report.missing.map((m) => (
              <li key={m.id} class="muted" data-needs={NEEDS_FIELD[m.needs]}>
                <strong>{t.deadlines[m.id]}</strong>: {t.deadlineNeeds[m.needs]}
              </li>
            ))}
          </ul>
          <p>{t.nextRung(t.channels[rung] ?? rung)}</p>
          <ul>
            {complaintBodies(country).map((b) => (
              <li key={b.id}>
                {t.bodies[b.id]}
                {b.caveat && <span class="muted"> — {t.eccCaveat}</span>}
              </li>
            ))}
          </ul>
          <p class="disclaimer">{t.disclaimer}</p>
        </details>
      )}
    </section>
  );
}
