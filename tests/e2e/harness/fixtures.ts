// Serves the fixture pages as the real sites: https://www.wish.com/... (and the merchant site
// and a blog, which the extension must leave alone). Used by both browsers' harnesses and by
// `npm start`. Nothing leaves the machine: any other URL gets a 404 here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedPage, ordersPage } from '../../fixtures/generate';

/** The project's root: the nearest folder above this file with a package.json (this module
 *  also runs bundled into .cache/ by scripts/run-ts.mjs). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
export const FIXTURES = path.join(projectRoot(), 'tests', 'fixtures');

export interface Served {
  status: number;
  contentType: string;
  body: string | Buffer;
}

interface FixtureFile {
  name: string;
  url: URL;
  html: string;
}

let cache: FixtureFile[] | undefined;
function fixtureFiles(): FixtureFile[] {
  cache ??= readdirSync(path.join(FIXTURES, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const html = readFileSync(path.join(FIXTURES, 'pages', f), 'utf8');
      const url = new URL(/<meta name="wsg-fixture-url" content="([^"]+)"/.exec(html)![1]!);
      return { name: f.replace(/\.html$/, ''), url, html };
    });
  return cache;
}

const html = (body: string, status = 200): Served => ({
  status,
  contentType: 'text/html; charset=utf-8',
  body,
});

export function serve(rawUrl: string): Served {
  const url = new URL(rawUrl);
  if (url.pathname.startsWith('/_sim/')) {
    const file = path.join(FIXTURES, 'sim', path.basename(url.pathname));
    try {
      return {
        status: 200,
        contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript',
        body: readFileSync(file),
      };
    } catch {
      return html('not found', 404);
    }
  }
  if (url.pathname === '/favicon.ico' || /\.(png|jpe?g|gif|webp)$/.test(url.pathname))
    return { status: 404, contentType: 'text/plain', body: '' };
  const q = url.searchParams;
  if (q.get('generate') === 'orders')
    return html(
      ordersPage(Number(q.get('series') ?? 1), Number(q.get('count') ?? 100), Number(q.get('lazy') ?? 0)),
    );
  if (q.get('generate') === 'feed') return html(feedPage(Number(q.get('count') ?? 1000)));
  const files = fixtureFiles();
  const named = q.get('fixture');
  if (named) {
    const f = files.find((x) => x.name === named);
    return f ? html(f.html) : html(`no fixture ${named}`, 404);
  }
  // The fixture whose own URL (without ?fixture=) is this host and path.
  const match = files.find(
    (f) => f.url.host === url.host && f.url.pathname === url.pathname && !f.url.searchParams.has('fixture'),
  );
  if (match) return html(match.html);
  if (url.host === 'www.wish.com' && /^\/transaction\/[0-9a-f]{24}$/.test(url.pathname))
    return html(files.find((f) => f.name === 'order-en')!.html);
  if (url.host === 'www.wish.com')
    return html(
      files
        .find((f) => f.name === 'feed-en-left')!
        .html.replace('<h1>Popular</h1>', `<h1>${escapeText(url.pathname)}</h1>`),
    );
  return html('not found', 404);
}

function escapeText(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Hosts the harness answers for; every other request is refused. */
export const SERVED_HOSTS = [
  'www.wish.com',
  'wish.com',
  'merchant.wish.com',
  'blog.example.org',
  'cs-help.wish.com',
];
