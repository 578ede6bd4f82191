// Builds the extension: bundles src/ with esbuild, copies static files, and writes
// the Chrome build to extension/ and the Firefox build to extension-firefox/.
//   node build.mjs            one build
//   node build.mjs --watch    rebuild on change
//   node build.mjs --package  build, then zip both for the stores into dist/
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { watch as watchFiles } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const out = { chrome: path.join(root, 'extension'), firefox: path.join(root, 'extension-firefox') };
const args = new Set(process.argv.slice(2));

// One id for every Firefox build, so storage survives reinstalls and tests can pin the UUID.
export const GECKO_ID = 'wish-support-companion@wsc-extension.org';
// Debian's firefox-esr (153) meets it; 140 is the first that understands data_collection_permissions.
const GECKO_MIN = '140.0';

const entries = {
  background: 'src/background/index.ts',
};

// The extension's own pages are ES modules split into chunks: each page loads first what it
// paints with, and the rest (the other language, the case view, the composer's templates...)
// when it is needed, by import(). Their CSP (script-src 'self') allows it.
export const pageEntries = {
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  print: 'src/print/index.tsx',
};

// What runs in Wish's pages: the always-on content script and its page-world hook (listed in
// the manifest), and the parts the worker injects on demand (src/content/parts.ts): the guide,
// one bundle per UI language, and order capture.
const contentEntries = {
  content: 'src/content/index.ts',
  'history-hook': 'src/content/history-hook.ts',
  'guide.en': 'src/content/guide/bundle-en.ts',
  'guide.el': 'src/content/guide/bundle-el.ts',
  capture: 'src/content/capture-bundle.ts',
};

/** The most the always-on scripts (every file of the manifest's content_scripts) may weigh,
 *  gzip -9, in bytes: 10 KB (issue 13). */
export const ALWAYS_ON_BUDGET = 10 * 1024;

export async function manifests() {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const chrome = { ...source, version: pkg.version };
  const firefox = structuredClone(chrome);
  firefox.background = { scripts: [source.background.service_worker] };
  firefox.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN,
      // Nothing leaves the browser: the extension makes no network requests.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learned data_collection_permissions in 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return { chrome, firefox };
}

// The extension never renders HTML strings and never makes code from strings. Preact's one
// path that renders HTML (dangerouslySetInnerHTML) is cut out at build time, in whichever of
// Preact's files is bundled; then every shipped bundle is scanned, and the build fails if any
// assigns innerHTML/outerHTML or calls insertAdjacentHTML, eval or new Function, whatever file
// (or a future dependency) brought it in.
const PREACT_INNER_HTML = /\(([a-zA-Z_$][\w$]*)\.innerHTML=([a-zA-Z_$][\w$]*)\.__html\)/g;
// Its clean-up when a node stops using it: clearing is the same with textContent.
const PREACT_CLEAR_HTML = /\(([a-zA-Z_$][\w$]*)\.innerHTML=""\)/g;
export const noInnerHtml = {
  name: 'no-inner-html',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/].*\.m?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('__html')) return undefined;
      const contents = source
        .replace(PREACT_INNER_HTML, '(void 0)')
        .replace(PREACT_CLEAR_HTML, '($1.textContent="")');
      return { contents, loader: 'js' };
    });
  },
};

// The words of one part of a page, src/i18n/pages/<part>.<lang>.ts: run as they are (tests),
// those modules pick their part's keys from the whole language at run time; built, each becomes
// the language's own source with its object cut to the part's keys (<PART>_KEYS in
// src/i18n/pages.ts), so that a page's chunk carries no other page's words.
export const stringsByPage = {
  name: 'strings-by-page',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]pages[\\/][a-z]+\.[a-z]+\.ts$/ }, async (args) => {
      const [part, lang] = path.basename(args.path, '.ts').split('.');
      const { contents, warnings } = await partSource(part, lang);
      return { contents, loader: 'ts', resolveDir: path.join(root, 'src', 'i18n'), warnings };
    });
  },
};

/** The source of src/i18n/<lang>.ts with its words cut to `part`'s keys, exporting them as `strings`. */
export async function partSource(part, lang) {
  const ts = (await import('typescript')).default;
  const parse = async (file) => {
    const text = await readFile(path.join(root, 'src', 'i18n', file), 'utf8');
    return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  };
  const bare = (node) => {
    while (
      node &&
      (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))
    )
      node = node.expression;
    return node;
  };
  const declared = (source, name) => {
    for (const statement of source.statements)
      if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.name.text === name) return bare(d.initializer);
    throw new Error(`strings-by-page: ${source.fileName} declares no ${name}`);
  };
  const list = declared(await parse('pages.ts'), `${part.toUpperCase()}_KEYS`);
  if (!ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isStringLiteral))
    throw new Error(`strings-by-page: ${part.toUpperCase()}_KEYS is not a list of strings`);
  const keys = new Set(list.elements.map((e) => e.text));
  const source = await parse(`${lang}.ts`);
  const words = declared(source, lang);
  if (!ts.isObjectLiteralExpression(words)) throw new Error(`strings-by-page: ${lang} is not an object`);
  const kept = [];
  const found = new Set();
  const warnings = [];
  for (const p of words.properties) {
    if (ts.isSpreadAssignment(p)) {
      // Keys not known here: kept whole (correct, only bigger).
      kept.push(p.getText(source));
      warnings.push({
        text: `${lang}.ts spreads ${p.expression.getText(source)}: all of it stays in ${part}.${lang}`,
      });
      continue;
    }
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (name === undefined) throw new Error(`strings-by-page: a computed key in ${lang}.ts`);
    if (!keys.has(name)) continue;
    found.add(name);
    kept.push(p.getText(source));
  }
  const missing = [...keys].filter((k) => !found.has(k));
  if (missing.length && !warnings.length)
    throw new Error(`strings-by-page: ${lang}.ts has no ${missing.join(', ')}`);
  const text = source.getFullText();
  const contents =
    text.slice(0, words.getStart(source)) +
    `{\n${kept.join(',\n')}\n}` +
    text.slice(words.end) +
    `\nexport const strings = ${lang};\n`;
  return { contents, warnings };
}

/** What no shipped bundle may contain: HTML parsing sinks and string-to-code. */
export const FORBIDDEN = [
  {
    what: 'an innerHTML/outerHTML assignment',
    pattern: /(?:\.|\[\s*["'`])(?:inner|outer)HTML["'`]?\s*\]?\s*(?:\+|\|\||&&|\?\?)?=(?!=)/,
  },
  { what: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { what: 'eval', pattern: /(?<![\w$.])eval\s*\(|\[\s*["'`]eval["'`]\s*\]/ },
  { what: 'new Function', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/ },
  { what: 'document.write', pattern: /document\.write(?:ln)?\s*\(/ },
];

/** The forbidden constructs found in `code`, with a little context each. */
export function findForbidden(code) {
  const found = [];
  for (const { what, pattern } of FORBIDDEN) {
    const m = pattern.exec(code);
    if (m) found.push(`${what}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  return found;
}

async function checkBundles(dir) {
  const problems = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const found = findForbidden(await readFile(path.join(dir, entry), 'utf8'));
    for (const f of found) problems.push(`${entry}: ${f}`);
  }
  if (problems.length)
    throw new Error(`build safety: shipped code may not contain these:\n  ${problems.join('\n  ')}`);
}

function buildOptions(dir) {
  return {
    entryPoints: entries,
    outdir: dir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Minified: the content script is parsed on every Wish page, so its size is its cost.
    // The source is in the repository for reviewers.
    minify: true,
    // Greek text as UTF-8, not \u escapes (half the bytes).
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noInnerHtml],
  };
}

function contentBuildOptions(dir) {
  return { ...buildOptions(dir), entryPoints: contentEntries };
}

/** The size of `file` as `gzip -9c file | wc -c` says (zlib's, a little larger, without gzip). */
export async function gzipSize(file) {
  try {
    return execFileSync('gzip', ['-9c', file], { maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return gzipSync(await readFile(file), { level: 9 }).length;
  }
}

/** The always-on scripts (every js file of the manifest's content_scripts) and their gzip -9
 *  total; throws when the total passes the budget. */
export async function checkAlwaysOn(dir, manifest, budget = ALWAYS_ON_BUDGET) {
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  let total = 0;
  for (const file of files) total += await gzipSize(path.join(dir, file));
  if (total > budget)
    throw new Error(
      `content size: the always-on scripts (${files.join(', ')}) weigh ${total} B gzip, over ${budget} B`,
    );
  return { files, total };
}

/** The popup's first load (its HTML, the stylesheet, its script and every chunk that script
 *  imports statically), gzip -9, at most this: what shows before the composer's chunk. */
export const POPUP_FIRST_LOAD_BUDGET = 15 * 1024;

/** The built files `key` loads before it runs: itself and its static imports, transitively. */
export function staticClosure(outputs, key) {
  const files = new Set();
  const visit = (k) => {
    if (files.has(k)) return;
    files.add(k);
    for (const i of outputs[k]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(key);
  return [...files];
}

/** Fails when the popup's first load passes its budget (the month names of the order finder
 *  once slipped into it through a shared chunk). */
async function checkPopupFirstLoad(dir, outputs) {
  const rel = (file) => path.relative(root, path.join(dir, file));
  const files = [rel('popup.html'), rel('ui.css'), ...staticClosure(outputs, rel('popup.js'))];
  let total = 0;
  for (const file of files) total += await gzipSize(path.join(root, file));
  console.log(`  popup's first load (${files.length} files): ${total} B of ${POPUP_FIRST_LOAD_BUDGET} B`);
  if (total > POPUP_FIRST_LOAD_BUDGET)
    throw new Error(`popup size: its first load weighs ${total} B gzip, over ${POPUP_FIRST_LOAD_BUDGET} B`);
}

/** Prints the content-side bundles' sizes and fails when the always-on ones pass the budget. */
async function checkContentSize(dir, manifest) {
  const rows = [];
  for (const name of Object.keys(contentEntries)) {
    const gz = await gzipSize(path.join(dir, `${name}.js`));
    rows.push(`  ${`${name}.js`.padEnd(16)} ${String(gz).padStart(6)} B gz`);
  }
  console.log(`content scripts, gzip -9:\n${rows.join('\n')}`);
  const { files, total } = await checkAlwaysOn(dir, manifest);
  console.log(`  always on (${files.join(' + ')}): ${total} B of ${ALWAYS_ON_BUDGET} B`);
}

// The popup is built on its own: built with the other pages, the code it shares with them
// would be split into more, smaller chunks, and each chunk is one more request (about a
// millisecond of the popup's main thread each) before its composer shows a draft.
export function pageBuildOptions(dir, entryPoints = pageEntries) {
  return {
    ...buildOptions(dir),
    entryPoints,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    alias: { 'webextension-polyfill': './src/ui/browser.ts' },
    plugins: [noInnerHtml, stringsByPage],
    // Which chunk imports which: `npm run bench` weighs what a page loads first from it.
    metafile: true,
  };
}

async function writeBrowser(name, manifest) {
  const dir = out[name];
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'static'), dir, { recursive: true });
  // The stylesheet is part of every page's first load: shipped minified (the source is in static/).
  const css = await readFile(path.join(root, 'static', 'ui.css'), 'utf8');
  const { code } = await esbuild.transform(css, {
    loader: 'css',
    minify: true,
    target: ['chrome120', 'firefox140'],
  });
  await writeFile(path.join(dir, 'ui.css'), code);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

async function clean(dir) {
  // extension/ keeps its README (the folder is in git so a newcomer finds it).
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (entry !== 'README.md') await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

export async function build() {
  const started = Date.now();
  const { chrome, firefox } = await manifests();
  await Promise.all([clean(out.chrome), clean(out.firefox)]);
  await Promise.all([writeBrowser('chrome', chrome), writeBrowser('firefox', firefox)]);
  // One bundle serves both browsers (webextension-polyfill hides the differences).
  const [, popup, pages] = await Promise.all([
    esbuild.build(buildOptions(out.chrome)),
    esbuild.build(pageBuildOptions(out.chrome, { popup: pageEntries.popup })),
    esbuild.build(pageBuildOptions(out.chrome, { options: pageEntries.options, print: pageEntries.print })),
    esbuild.build(contentBuildOptions(out.chrome)),
  ]);
  await mkdir(path.join(root, '.cache'), { recursive: true });
  const metafile = {
    inputs: { ...pages.metafile.inputs, ...popup.metafile.inputs },
    outputs: { ...pages.metafile.outputs, ...popup.metafile.outputs },
  };
  await writeFile(path.join(root, '.cache', 'pages-meta.json'), JSON.stringify(metafile));
  await checkBundles(out.chrome);
  await checkContentSize(out.chrome, chrome);
  await checkPopupFirstLoad(out.chrome, metafile.outputs);
  await cp(out.chrome, out.firefox, {
    recursive: true,
    filter: (src) => !src.endsWith('manifest.json') && !src.endsWith('README.md'),
  });
  console.log(`built extension/ and extension-firefox/ in ${Date.now() - started} ms`);
}

async function pack() {
  const { chrome } = await manifests();
  const dist = path.join(root, 'dist');
  await mkdir(dist, { recursive: true });
  const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');
  for (const [name, dir] of Object.entries(out)) {
    const filename = `wish-support-companion-${name}-${chrome.version}.zip`;
    execFileSync(
      webExt,
      [
        'build',
        '--source-dir',
        dir,
        '--artifacts-dir',
        dist,
        '--filename',
        filename,
        '--overwrite-dest',
        '--ignore-files',
        'README.md',
      ],
      { stdio: 'inherit' },
    );
  }
}

async function watchMode() {
  await build();
  let timer;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => build().catch((error) => console.error(error.message)), 100);
  };
  for (const dir of ['src', 'static']) watchFiles(path.join(root, dir), { recursive: true }, rebuild);
  watchFiles(path.join(root, 'manifest.json'), rebuild);
  console.log('watching src/, static/ and manifest.json for changes');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (args.has('--watch')) await watchMode();
  else {
    await build();
    if (args.has('--package')) await pack();
  }
}
