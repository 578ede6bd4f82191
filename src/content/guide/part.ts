// The guide as a part injected on demand (src/content/parts.ts): built once per UI language
// (guide.en.js, guide.el.js), each with only its own strings. It puts its API in the isolated
// world's slot once: a second injection of the same file finds it there and does nothing.
import type { UiStrings } from '../../i18n';
import type { UiLanguageCode } from '../../messaging/protocol';
import { safe } from '../feature';
import { fieldText, fillField, type Field } from '../fill';
import { SLOTS, type GuideApi } from '../parts';
import { activeTour, runTour, startGuide, stopTour, tourOptions } from '../start';
import { orderHelpButton, pageSignedIn, waitForMessageField } from './find';

export function installGuide(lang: UiLanguageCode, strings: UiStrings): void {
  const world = globalThis as unknown as Record<string, GuideApi | undefined>;
  if (world[SLOTS.guide]?.lang === lang) return;
  const api: GuideApi = {
    lang,
    start: (input) => startGuide(input, strings),
    resume: (tour, context, signal) => {
      runTour(tour, tourOptions(strings, context), signal);
    },
    active: () => !!activeTour(),
    stop: stopTour,
    insertDraft: async (data) => {
      // The assistant may still be opening its form.
      const field = (await waitForMessageField(document, 1500)) as Field | null;
      if (!field) return { ok: false, reason: 'no-field' };
      const existing = fieldText(field);
      if (existing.trim() && existing.trim() !== data.text.trim() && !data.replace)
        return { ok: false, reason: 'has-text', existing };
      return fillField(field, data.text) ? { ok: true } : { ok: false, reason: 'rejected' };
    },
    pageFacts: () => ({
      signedIn: safe(() => pageSignedIn(document), null),
      orderHelp: safe(() => !!orderHelpButton(document), false),
    }),
  };
  world[SLOTS.guide] = api;
}
