// `npm test`: installs what is missing (scripts/setup.mjs), then type check, unit tests
// (jsdom), build, Firefox's linter on the build, then the real-browser suite in Chromium and
// Firefox. Stops at the first failing step and ends with
// one line counting every test: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers, ensureInstalled } from './setup.mjs';

// A fresh clone: the dependencies and both browsers first (the same steps as `npm start`).
if (!ensureInstalled() || !ensureBrowsers(['chromium', 'firefox-esr'])) {
  console.log('\nfailed at: set-up\n0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('.cache', { recursive: true });
const reports = ['.cache/unit.json', '.cache/e2e.json'];
for (const r of reports) rmSync(r, { force: true });

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/unit.json']],
  ['build', 'node', ['build.mjs']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'extension-firefox', '--warnings-as-errors', '--output', 'text']],
  ['browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/e2e.json']],
];

let failedStep;
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (failedStep && failed === 0) failed = 1; // a failing step that is not a test still fails the run
console.log(`\n${failedStep ? `failed at: ${failedStep}` : 'all steps passed'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
