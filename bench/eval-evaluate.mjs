// `npm run eval:evaluate`: builds the labelled bids set (eval/bids), runs the built CLI's
// `evaluate` on every tender, and scores the statuses against the labels. Targets: at least 95%
// of tenderer × requirement statuses right, and no reservation missed (in an answer or outside).
//
//   npm run eval:evaluate                 all cases; table in bench/out/eval-evaluate.md
//   npm run eval:evaluate -- --keep DIR   build into DIR and keep it
//
// Exit 0 when the targets are met, 1 when not, 2 when the set cannot be built (one line).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BidsBuildError, buildBids } from '../eval/bids/build.mjs';
import { scoreCase, total } from '../eval/bids/score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : null;
const outDir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'jamkrav-eval-bids-'));

/** Runs evaluate on a built case and returns its JSON report. */
function evaluateCase(c) {
  const args = [
    join(root, 'bin', 'jamkrav.js'),
    'evaluate',
    '--lang',
    c.labels.lang,
    '--tender',
    join(c.dir, c.labels.tender),
    join(c.dir, 'bids'),
    '--format',
    'json',
  ];
  for (const p of c.labels.packs) args.push('--pack', p);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === null || !r.stdout.trim().startsWith('{'))
    throw new BidsBuildError(`evaluate failed on ${c.name}: ${(r.stderr || '').trim().split('\n').pop()}`);
  return { report: JSON.parse(r.stdout), exit: r.status, stderr: r.stderr };
}

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

try {
  mkdirSync(outDir, { recursive: true });
  const built = await buildBids({ outDir });
  const rows = [];
  const scores = [];
  for (const c of built) {
    const { report, exit } = evaluateCase(c);
    const s = scoreCase(c.labels, report);
    scores.push(s);
    rows.push([
      c.name,
      String(s.tenderers),
      String(s.pairs),
      `${s.right}/${s.pairs} (${pct(s.right, s.pairs)})`,
      `${s.missedReservations}/${s.reservations}`,
      `${s.looseMissed}/${s.looseExpected}`,
      String(s.falseReservations),
      `${s.unusableRight}/${s.unusable}`,
      String(exit),
    ]);
  }
  const t = total(scores);
  rows.push([
    '**all**',
    String(t.tenderers),
    String(t.pairs),
    `${t.right}/${t.pairs} (${pct(t.right, t.pairs)})`,
    `${t.missedReservations}/${t.reservations}`,
    `${t.looseMissed}/${t.looseExpected}`,
    String(t.falseReservations),
    `${t.unusableRight}/${t.unusable}`,
    '',
  ]);
  const head = [
    'case',
    'tenderers',
    'pairs',
    'statuses right',
    'reservations missed',
    'loose reservations missed',
    'false reservations',
    'unusable bids named',
    'exit',
  ];
  const table = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const wrong = t.wrong
    .map(
      (w) =>
        `- ${w.tenderer} ${w.ruleId}: expected ${w.expected}, got ` +
        `${w.got}${w.quote ? ` («${w.quote.slice(0, 100)}»)` : ''}`,
    )
    .join('\n');
  const met =
    t.right / t.pairs >= 0.95 && t.missedReservations === 0 && t.looseMissed === 0 && t.unusableRight === t.unusable;
  const md =
    `# evaluate: statuses against the labels\n\n${table}\n\nTargets: at least 95% of statuses right, no reservation ` +
    `missed: ${met ? 'met' : '**not met**'}.\n\n## Wrong pairs\n\n${wrong || '(none)'}\n`;
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(join(root, 'bench', 'out', 'eval-evaluate.md'), md);
  process.stdout.write(md);
  process.exitCode = met ? 0 : 1;
} catch (e) {
  if (!(e instanceof BidsBuildError)) throw e;
  process.stderr.write(`eval:evaluate: ${e.message}\n`);
  process.exitCode = 2;
} finally {
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}
