// Loads the Wish-like fixture pages into jsdom, as the URL each one imitates.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/pages');
const SIM_DIR = path.resolve(__dirname, '../fixtures/sim');

export interface Fixture {
  name: string;
  url: string;
  html: string;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
      const url = html.match(/<meta name="wsg-fixture-url" content="([^"]+)"/)?.[1];
      if (!url) throw new Error(`${file} has no wsg-fixture-url`);
      return { name: file.replace(/\.html$/, ''), url, html };
    });
}

export function fixture(name: string): Fixture {
  const found = fixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** The fixture as a static document (no scripts run), with its stylesheet inlined so that
 *  jsdom knows what CSS hides. */
export function loadStatic(name: string): JSDOM {
  const f = fixture(name);
  const css = readFileSync(path.join(SIM_DIR, 'wish.css'), 'utf8');
  const html = f.html
    .replace('<link rel="stylesheet" href="/_sim/wish.css">', () => `<style>${css}</style>`)
    .replace(/<script src="\/_sim\/wish-sim.js"><\/script>/, '');
  return new JSDOM(html, { url: f.url, pretendToBeVisual: true });
}

/** The fixture with its behaviour script running (menus, assistant, React-like field). */
export function loadLive(name: string): JSDOM {
  const f = fixture(name);
  const css = readFileSync(path.join(SIM_DIR, 'wish.css'), 'utf8');
  const sim = readFileSync(path.join(SIM_DIR, 'wish-sim.js'), 'utf8');
  const html = f.html
    .replace('<link rel="stylesheet" href="/_sim/wish.css">', () => `<style>${css}</style>`)
    .replace('<script src="/_sim/wish-sim.js"></script>', () => `<script>${sim}</script>`);
  const dom = new JSDOM(html, { url: f.url, pretendToBeVisual: true, runScripts: 'dangerously' });
  // jsdom has no IntersectionObserver; the sim's lazy list also has a "Load more" button.
  return dom;
}
