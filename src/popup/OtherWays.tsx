import type { LaterStrings } from '../i18n/pages';

export function OtherWays({ t }: { t: LaterStrings }) {
  return (
    <details class="other-ways">
      <summary>{t.otherPaths}</summary>
      <p class="warn">{t.phoneWarning}</p>
      <p>{t.appRoute}</p>
      <p>{t.popupBlocker}</p>
    </details>
  );
}
