import { useEffect, useState } from 'preact/hooks';
import { uiStrings } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { Profile, Settings } from '../model/types';
import { CHANNELS, COUNTRIES, UI_LANGUAGES } from '../store/validate';
import { Select } from '../ui/Select';
import { ConfirmBar, type Pending } from '../ui/confirm';
import { useStoreData } from '../ui/use-store';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function Options() {
  const { data, error } = useStoreData();
  const [profile, setProfile] = useState<Profile>();
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    if (data && !profile) {
      setProfile(data.profile);
      setSettings(data.settings);
    }
  }, [data]);

  const t = uiStrings(settings?.language ?? data?.settings.language);
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.optionsTitle;
  }, [t.lang]);

  if (error) return <p class="error">{error}</p>;
  if (!data || !profile || !settings) return <p class="muted">…</p>;

  const emailBad = profile.email.trim() !== '' && !EMAIL.test(profile.email.trim());
  // Saved as typed: nothing to press, nothing lost when the tab closes.
  const saveProfile = (next: Profile) => {
    setProfile(next);
    sendMessage('saveProfile', next).then(
      () => setStatus(t.saveDone),
      (e: Error) => setStatus(e.message),
    );
  };
  const saveSettings = (next: Settings) => {
    setSettings(next);
    sendMessage('saveSettings', next).then(
      () => setStatus(t.saveDone),
      (e: Error) => setStatus(e.message),
    );
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
    if (result.ok) setStatus(t.imported(result.orders, result.cases));
    else setImportError(result.error);
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
            onInput={(e) => saveProfile({ ...profile, name: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.accountNumber}
          <input
            value={profile.accountNumber}
            onInput={(e) => saveProfile({ ...profile, accountNumber: e.currentTarget.value })}
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
            onInput={(e) => saveProfile({ ...profile, email: e.currentTarget.value })}
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
            onInput={(e) => saveProfile({ ...profile, postalAddress: e.currentTarget.value })}
          />
        </label>
        <Select
          label={t.country}
          value={profile.country}
          options={COUNTRIES}
          names={t.countries}
          onChange={(country) => saveProfile({ ...profile, country })}
        />
      </section>

      <section aria-labelledby="prefs-h">
        <h2 id="prefs-h">{t.preferences}</h2>
        <Select
          label={t.defaultChannel}
          value={settings.defaultChannel}
          options={CHANNELS}
          names={t.channels}
          onChange={(defaultChannel) => saveSettings({ ...settings, defaultChannel })}
        />
        <Select
          label={t.uiLanguage}
          value={settings.language}
          options={UI_LANGUAGES}
          names={t.languages}
          onChange={(language) => saveSettings({ ...settings, language })}
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
                ...settings,
                followUpDays: Math.min(60, Math.max(1, Number(e.currentTarget.value) || 3)),
              })
            }
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.launcher}
            onChange={(e) => saveSettings({ ...settings, launcher: e.currentTarget.checked })}
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
                    setProfile(undefined);
                    setStatus(t.cleared);
                  }),
              })
            }
          >
            {t.clearData}
          </button>
        </div>
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
      <p class="status" role="status">
        {status}
      </p>
      <p class="disclaimer">{t.disclaimer}</p>
    </main>
  );
}
