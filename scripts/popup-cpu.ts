// The popup's CPU time from its first line to interactive, A/B: one Chromium per built
// extension folder, each with the large store (5,000 orders, 500 cases), their opens
// interleaved so that the machine's load falls on both alike. Prints the medians per folder.
// Run: `node scripts/run-ts.mjs scripts/popup-cpu.ts <extension dir> [<other dir>...]`
// (ROUNDS=n opens each, 12 by default; the first open of each, which compiles, is not counted).
// TRACE=<file.json> also writes one open's detailed trace (the first folder's), to read in
// chrome://tracing or Perfetto (PROFILE=1: with JS samples); its own cost inflates that open's
// figures.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { seedLargeStore, tracedPopupOpen, type PopupOpen } from './bench-popup';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirs.length) {
  console.error('usage: node scripts/run-ts.mjs scripts/popup-cpu.ts <extension dir> [<other dir>...]');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 12);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browsers = [];
for (const dir of dirs) {
  const browser = await launchChromium(dir);
  await seedLargeStore(browser);
  // The first open compiles the popup's scripts.
  await tracedPopupOpen(browser);
  browsers.push(browser);
}
try {
  const loads: number[] = [];
  const opens: PopupOpen[][] = dirs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    loads.push(loadavg()[0]!);
    // Alternate which goes first, so that drift falls on both sides alike.
    const order = r % 2 ? [...browsers.keys()].reverse() : [...browsers.keys()];
    for (const i of order) opens[i]!.push(await tracedPopupOpen(browsers[i]!));
  }
  if (process.env.TRACE) {
    const { events } = await tracedPopupOpen(browsers[0]!, [
      'blink.user_timing',
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'v8',
      'blink',
      'loading',
      // The JS sampling profiler's own cost is large: only when asked (PROFILE=1).
      ...(process.env.PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
    ]);
    writeFileSync(process.env.TRACE, JSON.stringify({ traceEvents: events }));
  }
  console.log(
    `load average (1 min) during the opens: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`,
  );
  dirs.forEach((dir, i) => {
    const o = opens[i]!;
    const ours = o.map((x) => x.cpuOurs);
    console.log(
      `${dir}: CPU own script median ${median(ours).toFixed(2)} ms (min ${Math.min(...ours).toFixed(2)}, ` +
        `quartiles ${quantile(ours, 0.25).toFixed(2)} and ${quantile(ours, 0.75).toFixed(2)}, ` +
        `max ${Math.max(...ours).toFixed(2)}), whole page median ${median(o.map((x) => x.cpuPage)).toFixed(2)} ms; ` +
        `wall own script median ${median(o.map((x) => x.ours)).toFixed(1)} ms; ${o.length} opens`,
    );
  });
} finally {
  for (const b of browsers) await b.close();
}
