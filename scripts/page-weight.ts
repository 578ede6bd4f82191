// What an extension page loads, in gzip bytes (gzip -9 of each built file, summed): its HTML,
// the stylesheet, its script with every chunk that script imports statically, and the chunks
// it names (the shopper's language, the composer). Read from the build's module graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticClosure } from '../build.mjs';

interface Meta {
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[] }>;
}

export interface Weight {
  gz: number;
  raw: number;
  files: string[];
}

export function pageWeight(root: string, page: string, dynamicSources: string[] = []): Weight {
  const meta = JSON.parse(readFileSync(path.join(root, '.cache', 'pages-meta.json'), 'utf8')) as Meta;
  const outKey = (file: string) => path.relative(root, path.join(root, 'extension', file));
  const files = new Set<string>(staticClosure(meta.outputs, outKey(`${page}.js`)));
  for (const source of dynamicSources) {
    const chunk = Object.keys(meta.outputs).find((k) => meta.outputs[k]!.entryPoint === source);
    if (!chunk) throw new Error(`no chunk is made from ${source}`);
    for (const f of staticClosure(meta.outputs, chunk)) files.add(f);
  }
  const all = [outKey(`${page}.html`), outKey('ui.css'), ...files];
  let gz = 0;
  let raw = 0;
  for (const f of all) {
    const bytes = readFileSync(path.join(root, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { gz, raw, files: all };
}

if (process.argv[1]?.endsWith('page-weight.mjs')) {
  const root = process.cwd();
  const kb = (w: Weight) =>
    `${(w.gz / 1024).toFixed(1)} KiB gz (${w.files.length} files, ${(w.raw / 1024).toFixed(1)} KiB raw)`;
  console.log(`popup first paint (both languages' first words): ${kb(pageWeight(root, 'popup'))}`);
  // The composer's chunk holds the words of both languages.
  console.log(`popup with the composer: ${kb(pageWeight(root, 'popup', ['src/popup/rest.ts']))}`);
  for (const lang of ['en', 'el']) {
    console.log(`options, ${lang}: ${kb(pageWeight(root, 'options', [`src/i18n/${lang}.ts`]))}`);
    console.log(`print, ${lang}: ${kb(pageWeight(root, 'print', [`src/i18n/${lang}.ts`]))}`);
  }
}
