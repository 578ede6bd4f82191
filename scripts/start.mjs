// `npm start`: on a fresh clone it installs what is missing (dependencies, Chromium), then
// builds the extension and shows it working on the demo of Wish (scripts/start.ts).
import { ensureBrowsers, ensureInstalled, run } from './setup.mjs';

if (!ensureInstalled() || !ensureBrowsers(['chromium'])) process.exit(1);
process.exit(run(process.execPath, ['scripts/run-ts.mjs', 'scripts/start.ts', ...process.argv.slice(2)]));
