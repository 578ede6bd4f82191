// Runs a TypeScript script with Node 20 (which cannot run TypeScript itself): esbuild bundles
// it into .cache/ with the packages left as imports, then Node runs the result.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outfile = path.join('.cache', 'scripts', path.basename(entry).replace(/\.ts$/, '.mjs'));
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // build.mjs finds the project from its own location: import it where it is, not bundled.
  plugins: [
    {
      name: 'keep-mjs',
      setup(b) {
        b.onResolve({ filter: /\.mjs$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path), external: true }));
      },
    },
  ],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
