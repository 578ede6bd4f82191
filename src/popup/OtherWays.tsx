import type { UiStrings } from '../i18n';

export function OtherWays({ t }: { t: UiStrings }) {
  return (
    <details class="other-ways">
      <summary>{t.otherPaths}</summary>
      <p class="warn">{t.phoneWarning}</p>
      <p>{t.appRoute}</p>
      <p>{t.popupBlocker}</p>
    </details>
  );
}
