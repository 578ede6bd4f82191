// Where the popup's own CPU goes at 5,000 orders and 500 cases: a CPU profile (Chromium, CDP
// Profiler) of reloading the popup, from the reload to its `wsg-interactive` mark, summed by
// function (self time) over several opens. Not a bench (the profiler adds its own cost): a tool
// for finding the cost. The popup is rebuilt with readable names into .cache/popup-profile/.
// Run: `node scripts/run-ts.mjs scripts/profile-popup.ts [opens]` (after `node build.mjs`).
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { pageBuildOptions, pageEntries } from '../build.mjs';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { seedLargeStore } from './bench-popup';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const opens = Number(process.argv[2] ?? 10);
const dir = path.resolve('.cache/popup-profile');
await rm(dir, { recursive: true, force: true });
await cp(path.resolve('extension'), dir, { recursive: true });
await rm(path.join(dir, 'chunks'), { recursive: true, force: true });
await esbuild.build({
  ...pageBuildOptions(dir, { popup: pageEntries.popup! }),
  // Readable names (`minify` would override the parts).
  minify: false,
  minifyWhitespace: true,
  minifySyntax: true,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const browser = await launchChromium(dir);
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
try {
  await seedLargeStore(browser);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(browser.extensionUrl('popup.html'));
  await page.waitForFunction(() => performance.getEntriesByName('wsg-interactive').length, null, {
    timeout: 180_000,
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (let i = 0; i < opens; i++) {
    await sleep(2000);
    await cdp.send('Profiler.start');
    await page.reload();
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: "performance.getEntriesByName('wsg-interactive').length",
        returnByValue: true,
      });
      if (result.value) break;
      await sleep(20);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: Node) =>
      `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
    profile.samples.forEach((id, k) => {
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const n = byId.get(id)!;
      if (n.callFrame.functionName === '(idle)') return;
      all += dt;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let c: number | undefined = id; c !== undefined; c = parent.get(c)) {
        const key = name(byId.get(c)!);
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + dt);
      }
    });
  }
} finally {
  await browser.close();
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / opens).toFixed(2).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`profiled CPU per open (not idle): ${(all / opens).toFixed(2)} ms, ${opens} opens`);
console.log(`\nself time per open:\n${top(self, 40)}`);
console.log(`\ntotal time per open:\n${top(total, 60)}`);
