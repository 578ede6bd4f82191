// The guide rows of `npm run bench`: what the locator costs per 1,000 candidates, in real
// Chromium (an assistant holding N choices, the agent's button last), and the corpus walk's
// figures for a fixed set of generated layouts (`npm run corpus` runs more).
// Run alone: `BENCH_ONLY=6,7 npm run bench`.
import { execFileSync } from 'node:child_process';
import type { E2EBrowser } from '../tests/e2e/harness/types';
import { pageBundle, type BenchRow } from './bench-capture';

export async function benchLocator(browser: E2EBrowser, root = process.cwd()): Promise<BenchRow[]> {
  const source = await pageBundle(
    "import { locate } from './src/dom/locate'; (globalThis as any).__locate = locate;",
    root,
  );
  const page = await browser.newPage();
  await page.goto('https://www.wish.com/help?fixture=support-en-inpage');
  await page.evaluateScript(source);
  const rows: BenchRow[] = [];
  const perThousand: string[] = [];
  const per: number[] = [];
  for (const n of [1000, 5000]) {
    const ms = (await page.evaluate((count) => {
      const log = document.createElement('div');
      log.setAttribute('role', 'log');
      for (let i = 0; i < count; i++) {
        const b = document.createElement('button');
        b.textContent = `Choice number ${i}`;
        log.append(b);
      }
      const agent = document.createElement('button');
      agent.textContent = 'Talk to a person';
      log.append(agent);
      document.body.append(log);
      const locate = (
        globalThis as unknown as { __locate: (id: string, r: Element[]) => { element: Element | null } }
      ).__locate;
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const found = locate('contact-agent', [log]).element;
        times.push(performance.now() - t);
        if (found !== agent) throw new Error('the locator missed the agent');
      }
      log.remove();
      return times.sort((a, b) => a - b)[3]!;
    }, n)) as number;
    per.push((ms / n) * 1000);
    perThousand.push(
      `${n.toLocaleString('en')} candidates: ${ms.toFixed(1)} ms (${((ms / n) * 1000).toFixed(1)} ms per 1,000)`,
    );
  }
  await page.close();
  rows.push([
    'the locator: one step in an assistant of N choices (median of 7)',
    perThousand.join('; '),
    'small and linear',
    // Linear or better: 5,000 candidates cost no more per 1,000 than 1,000 do (with a margin).
    per[1]! <= per[0]! * 1.5,
  ]);
  return rows;
}

/** "35/40 (87.5%)": every layout reached. */
const reachedAll = (text: string) => {
  const m = /^(\d+)\/(\d+)/.exec(text);
  return !!m && m[1] === m[2];
};

/** The corpus walk on a fixed set (seeds 1..n), engine mode; its own summary lines. */
export function benchCorpus(n: number, root = process.cwd()): BenchRow[] {
  let out = '';
  try {
    out = execFileSync(
      'node',
      ['scripts/run-ts.mjs', 'scripts/corpus.ts', `--n=${n}`, '--seed=1', '--classic'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 30 * 60_000,
      },
    );
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const reached = /reached the message box: (.*)/.exec(out)?.[1] ?? '?';
  const wrong = /wrong highlights: (.*)/.exec(out)?.[1] ?? '?';
  return [
    [
      `the corpus: ${n} classic generated layouts (ids s1-s${n}), guide engine`,
      `${n} layouts: reached the message box ${reached}; wrong highlights ${wrong}`,
      '100% reached, 0 wrong',
      reachedAll(reached) && /^0\b/.test(wrong),
    ],
  ];
}
