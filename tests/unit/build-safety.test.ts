// @vitest-environment node
// The build refuses to ship HTML sinks and string-to-code, whatever file brought them in.
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { findForbidden, noInnerHtml } from '../../build.mjs';

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
