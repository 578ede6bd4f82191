// Capture's cost in CPU time, beside wall time: readOrders on the generated 1,000-order page in
// Chromium, each read in its own timer task, its main-thread CPU time taken from the trace (tdur).
// On a shared, loaded machine the wall time mostly measures the other processes; the thread's
// CPU time does not count the time the scheduler gives them.
// Run: `node scripts/run-ts.mjs scripts/capture-cpu.ts [reads]`; CAPTURE_MODULE=<file in
// src/wish> times another copy of the reader (an A/B run against an older one).
import path from 'node:path';
import { pageBundle } from './bench-capture';
import { launchChromium } from '../tests/e2e/harness/chromium';

interface Api {
  __capture: { readOrders(root: Element): unknown[] };
}
const reads = Number(process.argv[2] ?? 30);
const source = await pageBundle(
  "import { readOrders } from './src/wish/" +
    (process.env.CAPTURE_MODULE ?? 'order-page') +
    "'; (globalThis as unknown as { __capture: unknown }).__capture = { readOrders };",
);
const browser = await launchChromium(path.join(process.cwd(), 'extension'));
try {
  const page = await browser.context.newPage();
  await page.goto('https://www.wish.com/transaction?generate=orders&series=7&count=1000', {
    waitUntil: 'domcontentloaded',
    timeout: 180_000,
  });
  await page.waitForFunction(() => document.body.hasAttribute('data-all-loaded'), null, { timeout: 180_000 });
  await page.waitForTimeout(1500);
  await page.evaluate(source);
  const cdp = await browser.context.newCDPSession(page);
  // Trace events as Chromium reports them (only the fields read here).
  const events: Array<{ name: string; ph: string; dur?: number; tdur?: number }> = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const wall = await page.evaluate(
    (n) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        const one = () => {
          performance.mark('r-start');
          const t = performance.now();
          (globalThis as unknown as Api).__capture.readOrders(document.body);
          out.push(performance.now() - t);
          performance.mark('r-end');
          if (out.length < n) setTimeout(one, 20);
          else resolve(out);
        };
        setTimeout(one, 20);
      }),
    reads,
  );
  await cdp.send('Tracing.end');
  await done;
  // Each read runs in its own timer task: the task's thread time is its CPU time.
  const timers = events.filter((e) => e.name === 'TimerFire' && e.ph === 'X' && (e.dur ?? 0) > 2000);
  const cpu = timers.map((e) => (e.tdur ?? 0) / 1000);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `wall median ${med(wall.slice(2)).toFixed(2)} min ${Math.min(...wall).toFixed(2)} | cpu median ${cpu.length ? med(cpu.slice(2)).toFixed(2) : '?'} min ${Math.min(...cpu).toFixed(2)} (n=${cpu.length})`,
  );
  if (!cpu.length) console.log([...new Set(events.map((e) => e.name + ':' + e.ph))].slice(0, 60).join(' '));
} finally {
  await browser.close();
}
