// Hand-made Wish-like pages in tests/fixtures/unseen/ (one HTML page, sometimes with a second
// page, and a JSON sidecar each), turned into corpus variants so the same shopper walks them:
// `npm run corpus -- --unseen [--mode=oracle]`. The sidecar states the page's language and
// route, and for each step the CSS selector of the element a correct guide highlights; the
// truth is resolved live in the page's main world (an init script), never written into the
// pages, so nothing in them tells the guide where to go.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem, Route, StepId, Variant } from './generate';
import type { Lang } from './words';

export interface UnseenStep {
  step: StepId;
  /** Elements that count for the step (a list with commas when several are right). */
  selector: string;
  /** Hosts to enter first, outermost first: an element with an open shadow root, or a
   *  same-origin iframe. */
  within?: string[];
  /** The page (path) the step happens on, when not the start page. */
  path?: string;
}

export interface UnseenSidecar {
  url: string;
  lang: Lang;
  route: Route;
  problem: Problem;
  name: string;
  nameKnown: boolean;
  signedOut?: boolean;
  orderNumber?: string;
  /** Further pages the site serves: path -> file beside the sidecar. */
  pages?: Record<string, string>;
  steps: UnseenStep[];
  /** What the page tries, in a sentence. */
  about: string;
}

export const UNSEEN_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'unseen');

/** The main-world script that answers `__corpusTruth.get(step)` from the sidecar's selectors. */
function truthScript(steps: UnseenStep[], startPath: string): string {
  const data = JSON.stringify(steps.map((s) => ({ ...s, path: s.path ?? startPath })));
  return `(() => {
  if (window !== window.top) return;
  const steps = ${data};
  const resolve = (s) => {
    let roots = [document];
    for (const host of s.within || []) {
      const next = [];
      for (const r of roots) for (const h of r.querySelectorAll(host)) {
        if (h.shadowRoot) next.push(h.shadowRoot);
        else if (h.contentDocument) { try { next.push(h.contentDocument); } catch (e) {} }
      }
      roots = next;
    }
    const out = [];
    for (const r of roots) for (const el of r.querySelectorAll(s.selector)) out.push(el);
    return out;
  };
  Object.defineProperty(window, '__corpusTruth', { value: { get(step) {
    const here = location.pathname;
    return steps.filter((s) => s.step === step && s.path === here).flatMap(resolve);
  } } });
})();`;
}

export function loadUnseen(dir = UNSEEN_DIR): Variant[] {
  const out: Variant[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = file.replace(/\.json$/, '');
    const side = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as UnseenSidecar;
    const url = new URL(side.url);
    const start = url.pathname + url.search;
    const pages: Record<string, string> = { [start]: readFileSync(path.join(dir, `${name}.html`), 'utf8') };
    for (const [p, f] of Object.entries(side.pages ?? {})) pages[p] = readFileSync(path.join(dir, f), 'utf8');
    const truthSteps: Record<string, StepId[]> = {};
    for (const s of side.steps) {
      const list = (truthSteps[s.path ?? url.pathname] ??= []);
      if (!list.includes(s.step)) list.push(s.step);
    }
    out.push({
      id: `u:${name}`,
      seed: 0,
      tags: {
        lang: side.lang,
        route: side.route,
        auth: side.signedOut ? 'signed-out' : 'signed-in',
        page: name,
      },
      pages,
      start,
      route: side.route,
      signedOut: !!side.signedOut,
      problem: side.problem,
      lang: side.lang,
      name: side.name,
      nameKnown: side.nameKnown,
      ...(side.orderNumber ? { orderNumber: side.orderNumber } : {}),
      steps: [...new Set(side.steps.map((s) => s.step))],
      truthSteps,
      truthScript: truthScript(side.steps, url.pathname),
    });
  }
  return out;
}
