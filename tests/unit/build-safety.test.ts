// @vitest-environment node
// The build refuses to ship HTML sinks and string-to-code, whatever file brought them in.
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { ALWAYS_ON_BUDGET, checkAlwaysOn, findForbidden, noInnerHtml } from '../../build.mjs';

describe('build safety', () => {
  it.each([
    'a.innerHTML=b',
    'e["innerHTML"]=x',
    'x.outerHTML = y',
    'n.innerHTML+=s',
    'el.insertAdjacentHTML("beforeend",s)',
    'eval("1")',
    'window["eval"](s)',
    'new Function("a","return a")',
    'Function("return this")()',
    'document.write(s)',
  ])('refuses %s', (code) => {
    expect(findForbidden(code)).toHaveLength(1);
  });

  it.each([
    'a.innerHTML==b',
    'retrieval(x)',
    'isFunction(x)',
    '"innerHTML"in e',
    'x.evaluate(y)',
    'typeof Function',
  ])('allows %s', (code) => {
    expect(findForbidden(code)).toEqual([]);
  });

  it.each(['preact/dist/preact.module.js', 'preact/dist/preact.mjs', 'preact/dist/preact.js'])(
    "cuts Preact's innerHTML path out of %s (whatever the file is called)",
    async (entry) => {
      const result = await esbuild.build({
        stdin: { contents: `export * from './node_modules/${entry}';`, resolveDir: process.cwd() },
        bundle: true,
        write: false,
        minify: true,
        format: 'esm',
        plugins: [noInnerHtml],
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]!.text;
      expect(code).toContain('__html'); // the rest of Preact is there
      expect(findForbidden(code)).toEqual([]);
    },
  );
});

describe('the always-on content scripts', () => {
  it('are every script the manifest injects on its own, and the build fails when they pass 10 KB gzip', async () => {
    expect(ALWAYS_ON_BUDGET).toBe(10 * 1024);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wsg-size-'));
    try {
      // Random bytes do not compress: 6 KB each, two files, 12 KB together.
      writeFileSync(path.join(dir, 'a.js'), randomBytes(6 * 1024).toString('base64'));
      writeFileSync(path.join(dir, 'b.js'), randomBytes(6 * 1024).toString('base64'));
      const manifest = { content_scripts: [{ js: ['a.js'] }, { js: ['b.js', 'a.js'] }] };
      await expect(checkAlwaysOn(dir, manifest)).rejects.toThrow(/a\.js, b\.js.*over 10240 B/);
      const one = await checkAlwaysOn(dir, { content_scripts: [{ js: ['a.js'] }] });
      expect(one.files).toEqual(['a.js']);
      expect(one.total).toBeGreaterThan(6 * 1024);
      expect(one.total).toBeLessThan(ALWAYS_ON_BUDGET);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
