import { useEffect, useState } from 'preact/hooks';
import { useStrings } from '../i18n/load';
import { sendMessage, type StorageReport } from '../messaging/protocol';
import type { Profile, Settings } from '../model/types';
import { CHANNELS, COUNTRIES, UI_LANGUAGES } from '../store/validate';
import { Select } from '../ui/Select';
import { ConfirmBar, type Pending } from '../ui/confirm';
import { useItems } from '../ui/use-store';
import { StorageStatus } from './StorageStatus';
import browser from 'webextension-polyfill';
import { correctionReport } from '../guide/report';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const OPTIONS_ITEMS = [
  'profile',
  'settings',
  'diagnostics',
  'corrections',
  'orders',
  'cases',
  'drafts',
] as const;

export function Options() {
  const { data, error } = useItems(OPTIONS_ITEMS);
  // What the shopper typed here and has not yet seen come back from storage. The rest of the
  // profile and settings always shows (and is never written back from) the stored values, so
  // an import or a change in another tab is neither hidden nor undone by the next keystroke.
  const [profileEdits, setProfileEdits] = useState<Partial<Profile>>({});
  const [settingsEdits, setSettingsEdits] = useState<Partial<Settings>>({});
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [report, setReport] = useState<StorageReport>();

  const refreshReport = () => sendMessage('storageReport').then(setReport, () => undefined);
  useEffect(() => {
    void refreshReport();
  }, [data]);

  // An edit that storage now shows is no longer an edit.
  useEffect(() => {
    if (!data) return;
    setProfileEdits((edits) => settled(edits, data.profile));
    setSettingsEdits((edits) => settled(edits, data.settings));
  }, [data?.profile, data?.settings]);

  const settings = data ? { ...data.settings, ...settingsEdits } : undefined;
  // Only the shopper's language is loaded.
  const t = useStrings(settings?.language, !!settings);
  useEffect(() => {
    if (!t) return;
    document.documentElement.lang = t.lang;
    document.title = t.optionsTitle;
  }, [t?.lang]);

  if (error) return <p class="error">{error}</p>;
  if (!data || !settings || !t) return <p class="muted">…</p>;
  const profile = { ...data.profile, ...profileEdits };

  const emailBad = profile.email.trim() !== '' && !EMAIL.test(profile.email.trim());
  const done = (e?: Error) => {
    setStatus(e ? e.message : t.saveDone);
    if (e) void refreshReport();
  };
  // Saved as typed: nothing to press, nothing lost when the tab closes. Only the field that
  // changed is sent; the worker merges it into what is stored now.
  const saveProfile = (change: Partial<Profile>) => {
    setProfileEdits((edits) => ({ ...edits, ...change }));
    sendMessage('saveProfile', change).then(() => done(), done);
  };
  const saveSettings = (change: Partial<Settings>) => {
    setSettingsEdits((edits) => ({ ...edits, ...change }));
    sendMessage('saveSettings', change).then(() => done(), done);
  };

  const exportData = async () => {
    const json = await sendMessage('exportData');
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `wish-support-companion-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setImportError('');
    const json = await file.text();
    const result = await sendMessage('importData', { json });
    if (result.ok) {
      // What the file brought replaces what is shown, also in fields typed here before.
      setProfileEdits({});
      setSettingsEdits({});
      setStatus(t.imported(result.orders, result.cases));
      void refreshReport();
    } else setImportError(result.error);
  };

  const diagnostics = data.diagnostics.map((d) => `${d.at} ${d.stepId} ${d.url}\n${d.message}`).join('\n\n');

  return (
    <main class="options">
      <h1>{t.optionsTitle}</h1>
      <section aria-labelledby="details-h">
        <h2 id="details-h">{t.yourDetails}</h2>
        <p class="muted">{t.yourDetailsHelp}</p>
        <label>
          {t.name}
          <input
            autocomplete="name"
            value={profile.name}
            onInput={(e) => saveProfile({ name: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.accountNumber}
          <input
            value={profile.accountNumber}
            onInput={(e) => saveProfile({ accountNumber: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.contactEmail}
          <input
            type="email"
            autocomplete="email"
            value={profile.email}
            aria-invalid={emailBad ? 'true' : undefined}
            aria-describedby="email-problem"
            onInput={(e) => saveProfile({ email: e.currentTarget.value })}
          />
        </label>
        <p id="email-problem" class="error" aria-live="polite">
          {emailBad ? t.invalidEmail : ''}
        </p>
        <label>
          {t.postalAddress}
          <textarea
            rows={3}
            autocomplete="street-address"
            value={profile.postalAddress}
            onInput={(e) => saveProfile({ postalAddress: e.currentTarget.value })}
          />
        </label>
        <Select
          label={t.country}
          value={profile.country}
          options={COUNTRIES}
          names={t.countries}
          onChange={(country) => saveProfile({ country })}
        />
      </section>

      <section aria-labelledby="prefs-h">
        <h2 id="prefs-h">{t.preferences}</h2>
        <Select
          label={t.defaultChannel}
          value={settings.defaultChannel}
          options={CHANNELS}
          names={t.channels}
          onChange={(defaultChannel) => saveSettings({ defaultChannel })}
        />
        <Select
          label={t.uiLanguage}
          value={settings.language}
          options={UI_LANGUAGES}
          names={t.languages}
          onChange={(language) => saveSettings({ language })}
        />
        <label>
          {t.followUpDays}
          <input
            type="number"
            min={1}
            max={60}
            value={settings.followUpDays}
            onChange={(e) =>
              saveSettings({
                followUpDays: Math.min(60, Math.max(1, Number(e.currentTarget.value) || 3)),
              })
            }
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.launcher}
            onChange={(e) => saveSettings({ launcher: e.currentTarget.checked })}
          />
          {t.launcher}
        </label>
      </section>

      <section aria-labelledby="data-h">
        <h2 id="data-h">{t.data}</h2>
        <p class="muted">{t.dataHelp}</p>
        <p>
          {t.storedSummary(
            Object.keys(data.orders).length,
            Object.keys(data.cases).length,
            Object.keys(data.drafts).length,
          )}
        </p>
        <div class="row">
          <button type="button" onClick={() => void exportData()}>
            {t.exportData}
          </button>
          <label class="button">
            {t.importData}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => void importFile(e.currentTarget.files?.[0])}
            />
          </label>
          <button
            type="button"
            class="danger"
            onClick={() =>
              setPending({
                message: t.clearConfirm,
                run: () =>
                  void sendMessage('clearData').then(() => {
                    setProfileEdits({});
                    setSettingsEdits({});
                    setStatus(t.cleared);
                    void refreshReport();
                  }),
              })
            }
          >
            {t.clearData}
          </button>
        </div>
        {report && <StorageStatus report={report} lang={t.lang} onChanged={() => void refreshReport()} />}
        <ConfirmBar pending={pending} onCancel={() => setPending(null)} yes={t.clearData} no={t.cancel} />
        {importError && (
          <p class="error" role="alert">
            {importError}
          </p>
        )}
        {data.orders && Object.keys(data.orders).length > 0 && (
          <table class="stored">
            <caption class="visually-hidden">{t.ordersHeading}</caption>
            <tbody>
              {Object.values(data.orders)
                .slice(0, 200)
                .map((o) => (
                  <tr key={o.number}>
                    <td>{o.number}</td>
                    <td>{o.placedAt ?? o.placedText ?? ''}</td>
                    <td>{o.items[0]?.title ?? ''}</td>
                    <td>{o.statusText ?? ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="diag-h">
        <h2 id="diag-h">{t.diagnostics}</h2>
        <p class="muted">{t.diagnosticsHelp}</p>
        {diagnostics ? (
          <textarea readOnly rows={6} aria-label={t.diagnostics} value={diagnostics} />
        ) : (
          <p class="muted">{t.noDiagnostics}</p>
        )}
      </section>
      <section aria-labelledby="corr-h">
        <h2 id="corr-h">{t.correctionsTitle}</h2>
        <p class="muted">{t.correctionsHelp}</p>
        {data.corrections.length ? (
          <>
            <ul class="corrections">
              {data.corrections.map((c) => (
                <li key={`${c.step}|${c.at}`}>
                  <span>
                    {t.stepTitle[c.step] ?? c.step}: {c.role || '?'} “{c.name}” {c.path ? `(${c.path})` : ''}
                  </span>{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void sendMessage('deleteCorrection', { step: c.step, at: c.at }).catch(() => undefined)
                    }
                  >
                    {t.deleteCorrection}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(correctionReport(data.corrections, data.profile.name, manifestVersion()))
                  .then(() => setStatus(t.copied))
                  .catch(() => setStatus(t.copyFailed))
              }
            >
              {t.copyCorrections}
            </button>
          </>
        ) : (
          <p class="muted">{t.noCorrections}</p>
        )}
      </section>
      <p class="status" role="status">
        {status}
      </p>
      <p class="disclaimer">{t.disclaimer}</p>
    </main>
  );
}

/** The edits that storage does not show yet (those it shows are done). */
function settled<T extends object>(edits: Partial<T>, stored: T): Partial<T> {
  const left: Partial<T> = {};
  let same = true;
  for (const key of Object.keys(edits) as Array<keyof T>) {
    if (edits[key] === stored[key]) same = false;
    else left[key] = edits[key];
  }
  return same ? edits : left;
}

/** The extension's version for a report (absent where the browser API is, as in tests). */
function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
