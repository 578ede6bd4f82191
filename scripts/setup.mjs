// What `npm start` and `npm test` need before they run, installed when missing. Plain Node:
// it runs before any dependency is installed.
//  - node_modules absent, or not what package-lock.json pins: `npm ci`;
//  - a browser absent: scripts/browsers.sh (installs it as root, as CI does; else prints the
//    exact apt-get command).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

/** Why node_modules does not match package-lock.json, or '' when it does. */
export function staleReason() {
  if (!existsSync('node_modules')) return 'node_modules is missing';
  // npm writes what it installed to node_modules/.package-lock.json.
  const installedFile = 'node_modules/.package-lock.json';
  if (!existsSync(installedFile)) return 'node_modules was not installed by npm ci or install';
  const locked = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages ?? {};
  for (const [where, pkg] of Object.entries(locked)) {
    if (!where.startsWith('node_modules/')) continue;
    const have = installed[where];
    // Optional packages for other platforms (esbuild's binaries) are rightly absent.
    if (!have) {
      if (pkg.optional) continue;
      return `${where.slice('node_modules/'.length)} is not installed`;
    }
    if (have.version !== pkg.version)
      return `${where.slice('node_modules/'.length)} is ${have.version}, package-lock.json pins ${pkg.version}`;
  }
  return '';
}

/** Installs the dependencies when they are missing or stale; false when that failed. */
export function ensureInstalled() {
  const reason = staleReason();
  if (!reason) return true;
  console.log(`${reason}: running npm ci`);
  return run('npm', ['ci', '--no-audit', '--no-fund']) === 0;
}

/** Debian's browsers, e.g. ['chromium', 'firefox-esr']; false when one is missing still. */
export function ensureBrowsers(packages) {
  return run('bash', ['scripts/browsers.sh', ...packages]) === 0;
}
