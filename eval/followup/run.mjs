// `npm run eval:followup`: builds the labelled set (build.mjs) into a temporary folder, runs the
// built CLI's `followup check --format json` on the forms and on the free documents, scores both
// against the labels, checks that a second run gives the same bytes, and prints the figures.
// Exit 0 when the bar is met (every due, late and missing item found; every form value read
// right; at least 95% of free-document values), 1 when not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFollowupSet, EVAL_DATE } from './build.mjs';
import { pct, scoreCheck } from './score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const keep = process.argv.indexOf('--keep');
const dir = keep >= 0 ? resolve(process.argv[keep + 1]) : mkdtempSync(join(tmpdir(), 'jamkrav-followup-eval-'));
const labels = await buildFollowupSet(dir);

function check(folder) {
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'bin/jamkrav.js'),
      'followup',
      'check',
      folder,
      '-r',
      'avtal.yaml',
      '--date',
      EVAL_DATE,
      '--format',
      'json',
    ],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`followup check ${folder}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const lines = [
  `# Follow-up eval (${labels.contracts.length} contracts, --date ${EVAL_DATE})`,
  '',
  '| reports | periods right | overdue found | late found | missing indicators found | values read right | targets ' +
    'right (missed found) |',
  '|---|---|---|---|---|---|---|',
];
let ok = true;
const misses = [];
for (const folder of ['forms', 'free']) {
  const first = check(folder);
  const second = check(folder);
  if (first !== second) {
    ok = false;
    misses.push(`${folder}: two runs differ`);
  }
  const s = scoreCheck(JSON.parse(first), labels);
  misses.push(...s.misses.map((m) => `${folder}: ${m}`));
  const valueBar = folder === 'forms' ? s.values.right === s.values.total : pct(s.values.right, s.values.total) >= 95;
  ok &&=
    s.periods.right === s.periods.total &&
    s.overdue.found === s.overdue.total &&
    s.late.found === s.late.total &&
    s.missing.found === s.missing.total &&
    valueBar;
  lines.push(
    `| ${folder} | ${s.periods.right}/${s.periods.total} | ${s.overdue.found}/${s.overdue.total} | ` +
      `${s.late.found}/${s.late.total} | ${s.missing.found}/${s.missing.total} | ${s.values.right}/${s.values.total} ` +
      `(${pct(s.values.right, s.values.total)} %) | ${s.targets.right}/${s.targets.total} ` +
      `(${s.targets.missedFound}/${s.targets.missed}) |`,
  );
}
lines.push(
  '',
  `deterministic: ${misses.some((m) => m.endsWith('two runs differ')) ? 'NO' : 'yes (two runs, same bytes)'}`,
  `bar: ${ok ? 'met' : 'NOT met'}`,
);
if (misses.length) lines.push('', 'Misses:', ...misses.slice(0, 40).map((m) => `- ${m}`));
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(join(root, 'bench', 'out', 'eval-followup.md'), text);
if (keep < 0) rmSync(dir, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
