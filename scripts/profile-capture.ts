// Where capture's time goes: a CPU profile (Chromium, CDP) of reading a generated 1,000-order
// history page, summed by function (self time). Not a bench: a tool for finding the cost.
// Run: `node scripts/run-ts.mjs scripts/profile-capture.ts [reads] [grow]`; with `grow`, the
// profile is of the incremental reader while the list grows by 50, `reads` times (no whole reads).
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { build } from '../build.mjs';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { ordersPage } from '../tests/fixtures/generate';

interface Api {
  __capture: {
    readOrders(root: Element): unknown[];
    OrderReader: new (root: Element) => {
      readAll(): unknown[];
      update(records: MutationRecord[]): unknown[];
    };
  };
}

const reads = Number(process.argv[2] ?? 40);
const grow = process.argv[3] === 'grow';
await build();
const source = (
  await esbuild.build({
    stdin: {
      contents:
        "import { readOrders, OrderReader } from './src/wish/order-page'; (globalThis as unknown as { __capture: unknown }).__capture = { readOrders, OrderReader };",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    charset: 'utf8',
  })
).outputFiles[0]!.text;
const browser = await launchChromium(path.join(process.cwd(), 'extension'));
try {
  const page = await browser.context.newPage();
  await page.goto('https://www.wish.com/transaction?generate=orders&series=7&count=1000', {
    waitUntil: 'domcontentloaded',
    timeout: 180_000,
  });
  await page.waitForFunction(() => document.body.hasAttribute('data-all-loaded'), null, { timeout: 180_000 });
  await page.waitForTimeout(1500);
  writeFileSync('.cache/capture.bundle.js', source);
  await page.evaluate(source);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  // Warm up first: the profile is of the steady state the bench's median measures.
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) (globalThis as unknown as Api).__capture.readOrders(document.body);
  });
  const more = grow
    ? [...ordersPage(8, 1000 + 50 * reads).matchAll(/<section[\s\S]*?<\/section>/g)]
        .map((m) => m[0])
        .slice(1000)
    : [];
  await cdp.send('Profiler.start');
  const times = await page.evaluate(
    grow
      ? ([n, cards]) => {
          const api = (globalThis as unknown as Api).__capture;
          const list = document.querySelector('[data-list]')!;
          const reader = new api.OrderReader(document.body);
          reader.readAll();
          const observer = new MutationObserver(() => undefined);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          const out: number[] = [];
          for (let i = 0; i < n; i++) {
            list.insertAdjacentHTML('beforeend', cards.slice(i * 50, i * 50 + 50).join(''));
            const records = observer.takeRecords();
            const t = performance.now();
            reader.update(records);
            out.push(performance.now() - t);
          }
          return out;
        }
      : ([n]) => {
          const out: number[] = [];
          for (let i = 0; i < n; i++) {
            const t = performance.now();
            (globalThis as unknown as Api).__capture.readOrders(document.body);
            out.push(performance.now() - t);
          }
          return out;
        },
    [reads, more] as const,
  );
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('.cache/capture.cpuprofile', JSON.stringify(profile));
  times.sort((a, b) => a - b);
  console.log(
    `reads ${reads}, median ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, min ${times[0]!.toFixed(2)}`,
  );
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  let total = 0;
  for (const node of profile.nodes) {
    const cf = node.callFrame;
    const key = `${cf.functionName || '(anon)'}:${cf.lineNumber + 1}`;
    const t = (dt.get(node.id) ?? 0) / 1000;
    total += t;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  console.log(`total sampled ${total.toFixed(1)} ms`);
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${t.toFixed(1).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
} finally {
  await browser.close();
}
