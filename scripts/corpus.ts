// `npm run corpus`: walks generated Wish-like layouts with the guide and prints how far it got.
//   --mode=engine|extension|oracle  engine (default): the guide engine's test bundle injected
//                                   into each page; extension: the built extension (run
//                                   `npm run build` first); oracle: a perfect guide (checks
//                                   the corpus itself: it must reach 100%, 0 wrong).
//   --n=1000 --seed=1               which variants (seeds seed..seed+n-1): wide variants (ids
//                                   w<seed>: the classic layout plus the axes of wide.ts)
//   --classic                       the classic variants instead (ids s<seed>, as before the
//                                   wide axes existed)
//   --id=<variant id>[,<id>...]     one variant or several (as printed in the failures)
//   --sample                        the fixed sample that `npm test` walks (classic)
//   --sample=wide                   the wide sample (every value of every wide axis)
//   --unseen                        the hand-made pages of tests/fixtures/unseen/ (sidecars)
//   --isolate=5002,5009             one wide axis at a time: for each seed, one variant per
//                                   non-classic value of each wide axis, the others classic
//   --concurrency=3                 engine/oracle: pages at once; extension: browser profiles
//   --engine-entry=<file>           engine mode: another entry than tests/corpus/engine-entry.ts
//   --step-timeout=10000            ms to wait for each highlight
//   --self-hover=6000               ms with nothing highlighted at the top before the shopper
//                                   hovers their own name, as the guide's popover asks (0: never)
//   --failures=15                   how many failures to list
//   --json=<file>                   write every result
//   --strict                        exit 1 unless every variant reached the message box with 0 wrong
import { writeFileSync } from 'node:fs';
import {
  fixedSample,
  generateCorpus,
  generateVariant,
  TAGS,
  variantFromId,
  wideSample,
  type Variant,
} from '../tests/corpus/generate';
import { WIDE_TAGS } from '../tests/corpus/wide';
import { loadUnseen } from '../tests/corpus/unseen';
import { createDriver, walkAll, type Mode } from '../tests/corpus/drive';
import type { WalkResult } from '../tests/corpus/walk';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const body = a.replace(/^--/, '');
    const at = body.indexOf('=');
    return (at < 0 ? [body, 'true'] : [body.slice(0, at), body.slice(at + 1)]) as [string, string];
  }),
);
const mode = (args.get('mode') ?? 'engine') as Mode;
if (!['engine', 'extension', 'oracle'].includes(mode)) throw new Error(`unknown mode ${mode}`);
const n = Number(args.get('n') ?? 1000);
const seed = Number(args.get('seed') ?? 1);
/** One wide axis at a time on the given seeds: which single axis a guide fails on. */
function isolated(seeds: number[]): Variant[] {
  const classic = Object.fromEntries(Object.entries(WIDE_TAGS).map(([k, v]) => [k, v[0]]));
  const out: Variant[] = [];
  for (const seed of seeds)
    for (const [k, values] of Object.entries(WIDE_TAGS))
      for (const value of values.slice(1)) out.push(generateVariant(seed, { ...classic, [k]: value }, true));
  return out;
}

const variants: Variant[] = args.has('isolate')
  ? isolated(args.get('isolate')!.split(',').map(Number))
  : args.has('unseen')
    ? loadUnseen()
    : args.has('id')
      ? // One id or several, comma-separated (the failures of a run, walked again).
        args
          .get('id')!
          .split(',')
          .map((id) => (id.startsWith('u:') ? loadUnseen().find((v) => v.id === id) : variantFromId(id)))
          .filter((v): v is Variant => v !== undefined)
      : args.has('sample')
          ? args.get('sample') === 'wide'
            ? wideSample()
            : fixedSample()
          : generateCorpus(n, seed, !args.has('classic'));

const started = Date.now();
let driver;
try {
  driver = await createDriver(mode, {
    ...(args.has('concurrency') ? { concurrency: Number(args.get('concurrency')) } : {}),
    ...(args.has('step-timeout') ? { stepTimeoutMs: Number(args.get('step-timeout')) } : {}),
    ...(args.has('self-hover') ? { selfHoverAfterMs: Number(args.get('self-hover')) } : {}),
    ...(args.has('engine-entry') ? { engineEntry: args.get('engine-entry')! } : {}),
  });
} catch (e) {
  console.error(`corpus: cannot start ${mode} mode: ${(e as Error).message.split('\n')[0]}`);
  if (mode === 'engine')
    console.error(
      'corpus: the engine entry (tests/corpus/engine-entry.ts) may not be written yet; try --mode=extension (after npm run build) or --mode=oracle',
    );
  process.exit(2);
}
console.log(`corpus: ${variants.length} variants, ${mode} mode, ${driver.parallel} at a time`);
const results = await walkAll(driver, variants, (r, _v, done) => {
  if (done % 25 === 0 || done === variants.length)
    process.stdout.write(
      `  ${done}/${variants.length} walked (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  void r;
});
await driver.close();

// ---- report
const total = results.length;
// Reached by the guide alone: a walk where the shopper hovered their own name counts apart.
const alone = (r: WalkResult) => r.reached && !r.selfHelp?.length;
const reached = results.filter(alone).length;
const wrongCount = results.reduce((s, r) => s + r.wrong.length, 0);
const wrongVariants = results.filter((r) => r.wrong.length > 0).length;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const helped = results.filter((r) => r.reached && r.selfHelp?.length).length;
console.log(`\nreached the message box: ${reached}/${total} (${pct(reached, total)}), led by the guide alone`);
console.log(
  `  and ${helped} more after the shopper hovered their own name, as the guide's "can't find" popover asks`,
);
console.log(`wrong highlights: ${wrongCount} (in ${wrongVariants} variants)`);
console.log(`sent: ${results.filter((r) => r.sent).length}/${total}`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s`);

console.log('\nby kind (reached/total, wrong):');
const KINDS: Record<string, readonly string[]> = { ...TAGS, ...WIDE_TAGS };
for (const tag of Object.keys(KINDS)) {
  if (!variants.some((v) => tag in v.tags)) continue; // a wide axis, on classic variants
  if (tag === 'markup') console.log('  -- wide axes (tests/corpus/wide.ts)');
  const cells: string[] = [];
  for (const value of KINDS[tag]!) {
    const idx = variants.map((v, i) => (v.tags[tag] === value ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const rs = idx.map((i) => results[i]!);
    const re = rs.filter(alone).length;
    const wr = rs.reduce((s, r) => s + r.wrong.length, 0);
    cells.push(`${value} ${re}/${rs.length}${wr ? ` w${wr}` : ''}`);
  }
  console.log(`  ${tag.padEnd(10)} ${cells.join(' · ')}`);
}

// Failures by kind: where the walk stopped, against each wide axis value that was not its
// first (classic) value, so a new kind of layout that fails shows up by name.
const failed = results.map((r) => !alone(r) || r.wrong.length > 0);
if (variants.some((v) => 'markup' in v.tags)) {
  console.log('\nfailures by wide kind (failed/total; classic value first):');
  for (const tag of Object.keys(WIDE_TAGS)) {
    const cells: string[] = [];
    for (const value of KINDS[tag]!) {
      const idx = variants.map((v, i) => (v.tags[tag] === value ? i : -1)).filter((i) => i >= 0);
      if (idx.length) cells.push(`${value} ${idx.filter((i) => failed[i]).length}/${idx.length}`);
    }
    console.log(`  ${tag.padEnd(10)} ${cells.join(' · ')}`);
  }
}

const where = new Map<string, number>();
for (const r of results) if (!r.sent) where.set(r.stoppedAt, (where.get(r.stoppedAt) ?? 0) + 1);
console.log('\nwhere it stopped:');
for (const [k, v] of [...where].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(5)}  ${k}`);

if (args.has('unseen')) {
  console.log('\nunseen pages:');
  for (const r of results)
    console.log(
      `  ${r.id.padEnd(34)} ${r.reached ? 'reached' : 'not reached'}, ${r.wrong.length} wrong, ${r.stoppedAt}`,
    );
}

const failures = results.filter((r) => !alone(r) || r.wrong.length > 0);
const limit = Number(args.get('failures') ?? 15);
if (failures.length) {
  console.log(`\nfirst failures (reproduce: npm run corpus -- --mode=${mode} --id=<id>):`);
  for (const r of failures.slice(0, limit)) {
    const w = r.wrong[0];
    console.log(
      `  ${r.id}  ${r.stoppedAt}${w ? `: highlighted ${w.element} (truth: ${w.truth || 'none on this page yet, e.g. its menu was not open'})` : r.detail ? `: ${r.detail}` : ''}`,
    );
  }
}
if (args.has('json')) {
  const out: (WalkResult & { tags: Record<string, string> })[] = results.map((r, i) => ({
    ...r,
    tags: variants[i]!.tags,
  }));
  writeFileSync(args.get('json')!, JSON.stringify(out, null, 1));
}
if (args.has('strict') && (reached < total || wrongCount > 0)) process.exit(1);
