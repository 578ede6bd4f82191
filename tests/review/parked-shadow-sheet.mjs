// Reviewer's demonstration (geometry: no jsdom). An assistant drawn by a custom element as a
// fixed bottom sheet in its open shadow root, parked below the window before the click: at
// HEAD its empty-box host is "visible" (b6c4edc), so its shadow root is an assistant-like region,
// and the engine's `before` filter keeps every non-element region (parkedOutside is never asked),
// so Wish's assistant is taken for something on show before the click. At ecc132e: not a region.
// Usage: node tests/review/parked-shadow-sheet.mjs <worktree> [<other worktree> ...]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
const here = path.dirname(new URL(import.meta.url).pathname);
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
for (const tree of process.argv.slice(2)) {
  const entry = path.join(fs.mkdtempSync('/tmp/r6-'), 'entry.ts');
  fs.writeFileSync(entry, `import { assistantLike } from '${tree}/src/dom/regions';\nimport { isVisible } from '${tree}/src/dom/visible';\n(window as unknown as Record<string, unknown>).__r = { assistantLike, isVisible };\n`);
  const bundle = execFileSync(path.join(tree, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--format=iife', '--log-level=warning']).toString();
  const p = await b.newPage({ viewport: { width: 1200, height: 800 } });
  await p.setContent(fs.readFileSync(path.join(here, 'parked-shadow-sheet.html'), 'utf8'));
  await p.addScriptTag({ content: bundle });
  const r = await p.evaluate(() => {
    const { assistantLike, isVisible } = window.__r;
    const host = document.getElementById('host');
    // engine.ts parkedOutside, as written there (it is not exported).
    const parked = (el) => { if (getComputedStyle(el).position !== 'fixed') return false; const q = el.getBoundingClientRect(); return q.bottom <= 0 || q.top >= innerHeight || q.right <= 0 || q.left >= innerWidth; };
    const name = (r) => (r.nodeType === 11 ? 'shadowRoot of ' + r.host.localName : r.nodeName);
    const before = assistantLike(document).filter((r) => r.nodeType !== 1 || (isVisible(r) && !parked(r)));
    return { hostVisible: isVisible(host), onShowBefore: before.map(name) };
  });
  console.log(tree, JSON.stringify(r));
  await p.close();
}
await b.close();
