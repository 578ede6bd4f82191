// What the guide engine's jsdom tests share: waiting for it, and reading what it marked.
import { STEP_ATTRIBUTE } from '../../src/content/guide/engine';

export const tick = () => new Promise((r) => setTimeout(r, 50));

/** Ticks until `done()` holds (a loaded machine may need more than one), 60 ticks at most. */
export async function settle(done: () => boolean): Promise<void> {
  for (let i = 0; i < 60 && !done(); i++) await tick();
}

export const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

/** Every element marked with a step, as "id=step". */
export const marked = () =>
  [...document.querySelectorAll(`[${STEP_ATTRIBUTE}]`)].map(
    (el) => `${el.id}=${el.getAttribute(STEP_ATTRIBUTE)}`,
  );
