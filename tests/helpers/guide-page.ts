// What the guide engine's jsdom tests share: starting it, waiting for it, and reading what it
// marked.
import { afterEach } from 'vitest';
import { GuideEngine, STEP_ATTRIBUTE, type EngineOptions } from '../../src/content/guide/engine';

/** A starter of guide engines on the document as it is, each stopped (and the page emptied)
 *  after every test; call it once at a test file's top level. */
export function engineStarter(): (options: EngineOptions) => {
  engine: GuideEngine;
  steps: string[];
  routes: string[];
} {
  let engines: GuideEngine[] = [];
  afterEach(() => {
    for (const e of engines) e.stop();
    engines = [];
    document.body.innerHTML = '';
  });
  return (options) => {
    const steps: string[] = [];
    const routes: string[] = [];
    const engine = new GuideEngine(document, options, {
      onUpdate: () => undefined,
      onStep: (s) => steps.push(s),
      onRoute: (r) => routes.push(r),
    });
    engines.push(engine);
    engine.start();
    return { engine, steps, routes };
  };
}

export const tick = () => new Promise((r) => setTimeout(r, 50));

/** Evaluates tick by tick until `done()` holds (then a few more: a late highlight still
 *  counts), `n` ticks at most. */
export async function evaluateUntil(
  engine: { evaluate(): void },
  done: () => boolean,
  n = 20,
): Promise<void> {
  for (let i = 0, after = 0; i < n && after < 3; i++) {
    await tick();
    engine.evaluate();
    if (done()) after++;
  }
}

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

/** The assistant's log (`label` its name) shows `html`; the guide (made by `start`) waits at
 *  `step`. What it marked, after a few more ticks: a highlight that comes late still counts. */
export async function assistantAt(
  start: ReturnType<typeof engineStarter>,
  label: string,
  html: string,
  step: 'something-else' | 'contact-agent',
): Promise<{ engine: GuideEngine; got: string[] }> {
  document.body.innerHTML = `<header><a href="/">wish</a></header><main><h1>Help</h1></main>
    <section aria-label="${label}" id="bot"><div role="log">${html}</div></section>`;
  const { engine } = start({ route: 'account-menu', problem: 'never-delivered', startAt: step });
  engine.evaluate();
  await settle(() => marked().length > 0);
  for (let i = 0; i < 5; i++) await tick();
  return { engine, got: marked() };
}

/** The page is `body`; a guide (made by `start`) begins at `options.startAt`. What it marked
 *  once something was, after `more` more looks (a highlight that comes late still counts). */
export async function markedOn(
  start: ReturnType<typeof engineStarter>,
  body: string,
  options: EngineOptions,
  more = 3,
): Promise<string[]> {
  document.body.innerHTML = body;
  const { engine } = start(options);
  engine.evaluate();
  await settle(() => marked().length > 0);
  for (let i = 0; i < more; i++) {
    await tick();
    engine.evaluate();
  }
  return marked();
}

/** A chip of the assistant's: a button with an id. */
export const chip = (id: string, label: string) => `<button type="button" id="${id}">${label}</button>`;

/** The page is `body`; a guide (made by `start`) resumes at `step` on the account route. What
 *  it marked after 30 more looks (past the 1.2 s a "No" is held back). */
export const markedAt = (
  start: ReturnType<typeof engineStarter>,
  problem: EngineOptions['problem'],
  step: NonNullable<EngineOptions['startAt']>,
  body: string,
): Promise<string[]> => markedOn(start, body, { route: 'account-menu', problem, startAt: step }, 30);
