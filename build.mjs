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
  content: 'src/content/index.ts',
  'history-hook': 'src/content/history-hook.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  print: 'src/print/index.tsx',
};

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

// The extension never renders HTML strings. Preact's one path that does
// (dangerouslySetInnerHTML) is cut out at build time, so no HTML can be injected through it,
// and Firefox's linter has no innerHTML assignment to warn about. If a Preact upgrade moves
// the code, the build fails here rather than shipping the path unnoticed.
const PREACT_INNER_HTML = /\(([a-z])\.innerHTML=([a-z])\.__html\)/;
const noInnerHtml = {
  name: 'no-inner-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!PREACT_INNER_HTML.test(source)) throw new Error(`no-inner-html: Preact's innerHTML code not found in ${args.path}`);
      return { contents: source.replace(PREACT_INNER_HTML, '(void 0)'), loader: 'js' };
    });
  },
};

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

async function writeBrowser(name, manifest) {
  const dir = out[name];
  await mkdir(dir, { recursive: true });
  await cp(path.join(root, 'static'), dir, { recursive: true });
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
  await esbuild.build(buildOptions(out.chrome));
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
    execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', dist, '--filename', filename,
      '--overwrite-dest', '--ignore-files', 'README.md'], { stdio: 'inherit' });
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
