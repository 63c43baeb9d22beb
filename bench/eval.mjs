// Measures lint's judgement on labelled real text: builds the shared tenders corpus and our own
// (eval/cases) into temporary folders, runs the built CLI on each, and scores the report pair by
// pair against the labels exactly as ../shared/corpus/tenders/score.mjs does.
//
//   npm run eval                               every corpus: shared, own (eval/cases), heldout, blind,
//                                              blind2 to blind22 (written and labelled by people who
//                                              never ran lint; see eval/heldout/README.md)
//   npm run eval -- --corpus own               one of them (shared | own | heldout | blind | blind2 |
//                                              blind3 … blind22; may be
//                                              repeated)
//   npm run eval -- DIR --labels FILE          one folder that is already built
//   options: --md FILE (default bench/out/eval.md), --keep DIR (build into DIR/<corpus> and
//            keep it), --shared DIR (default ../shared/corpus/tenders)
//
// Exit 0 when every corpus meets the targets, 1 when one does not, 2 on unusable input (no CLI
// build, a bad labels file, a corpus or tool that cannot be used), always with one line and no
// stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, buildCorpus, hasTool, OUR_CORPORA } from '../eval/build.mjs';
import { formatMarkdown, formatText } from './eval/format.mjs';
import { comparePredictions, LabelsError, loadLabels, onlyFormats, scoreReport } from './eval/score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run eval -- [DIR --labels FILE] [--corpus NAME] [--md FILE] [--keep DIR] [--shared DIR]';

/** The corpora `npm run eval` builds; ours (all but shared) are folders of sources and labels. */
const CORPORA = ['shared', ...Object.keys(OUR_CORPORA)];

/** Input we cannot measure with: printed as one line, exit 2. */
class InputError extends Error {}

function parseArgs(argv) {
  const a = {
    dir: null,
    labels: null,
    corpora: [],
    md: join(root, 'bench', 'out', 'eval.md'),
    keep: null,
    shared: join(root, '..', 'shared', 'corpus', 'tenders'),
  };
  const value = (i, opt) => {
    if (i >= argv.length || argv[i].startsWith('--')) throw new InputError(`${opt} needs a value (${USAGE})`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--labels') a.labels = value(++i, x);
    else if (x === '--md') a.md = value(++i, x);
    else if (x === '--keep') a.keep = value(++i, x);
    else if (x === '--shared') a.shared = value(++i, x);
    else if (x === '--corpus') {
      const c = value(++i, x);
      if (!CORPORA.includes(c)) throw new InputError(`--corpus is one of ${CORPORA.join(', ')}, not ${c}`);
      a.corpora.push(c);
    } else if (x === '-h' || x === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (x.startsWith('-')) throw new InputError(`unknown option ${x} (${USAGE})`);
    else if (!a.dir) a.dir = x;
    else throw new InputError(`unexpected argument ${x} (${USAGE})`);
  }
  if (a.dir && !a.labels) throw new InputError('a built folder needs its labels: npm run eval -- DIR --labels FILE');
  if (!a.dir && a.labels) throw new InputError('--labels goes with a built folder: npm run eval -- DIR --labels FILE');
  if (a.dir && a.corpora.length) throw new InputError('--corpus chooses the corpora to build; it does not go with DIR');
  if (!a.corpora.length) a.corpora = [...CORPORA];
  return a;
}

/** Runs the built CLI on a folder; a report that is not JSON counts every document as absent. */
function lint(dir, reportPath) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'jamkrav.js'), 'lint', dir, '--format', 'json', '--fail-on', 'never', '-o', reportPath],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 1_800_000,
    },
  );
  try {
    return { json: JSON.parse(readFileSync(reportPath, 'utf8').replace(/^\uFEFF/, '')), problem: null };
  } catch {
    const why = (r.stderr || String(r.error ?? '')).trim().split('\n')[0] || `exit ${r.status}`;
    return { json: null, problem: `jamkrav lint gave no JSON report (${why}); every document counts as absent` };
  }
}

function scoreFolder(name, dir, labels, notes, work, srcDir = null) {
  const report = join(work, `${name}.json`);
  const { json, problem } = lint(dir, report);
  const result = scoreReport(labels, json);
  if (problem) result.warnings.unshift(problem);
  // The same documents read from their md/txt sources: pairs that change are the readers' doing.
  let readerChanges = null;
  if (srcDir && json) {
    const src = lint(srcDir, join(work, `${name}-src.json`));
    if (src.json) readerChanges = comparePredictions(labels, json, src.json);
  }
  return { name, result, notes, readerChanges };
}

/** Which formats the installed tools can build, and one line saying what is left out. */
function toolFormats() {
  const t = { pandoc: hasTool('pandoc'), soffice: hasTool('soffice'), awk: hasTool('awk') };
  const formats = new Set(['md', 'txt']);
  if (t.pandoc) ['docx-pandoc', 'odt'].forEach((f) => formats.add(f));
  if (t.pandoc && t.soffice) ['docx-lo', 'pdf'].forEach((f) => formats.add(f));
  const missing = ['pandoc', 'soffice'].filter((x) => !t[x]);
  const line = missing.length
    ? `${missing.join(' and ')} not found: scoring only ${[...formats].join(', ')} ` +
      `documents${t.pandoc ? '' : ' (txt only from .txt sources)'}; apt-get install -y pandoc ` +
      `libreoffice-writer-nogui for all`
    : null;
  return { tools: t, formats, line };
}

function checkShared(sharedDir) {
  if (!existsSync(join(sharedDir, 'build.sh')) || !existsSync(join(sharedDir, 'labels.yaml'))) {
    throw new InputError(
      `shared corpus not found at ${sharedDir} (clone it beside the project, pass --shared DIR, or --corpus own)`,
    );
  }
}

function builtNote(built, total, tf) {
  return (
    `${built} of ${total} documents scored; the others need ` +
    `${['pandoc', 'soffice'].filter((t) => !tf.tools[t]).join(' and ')}`
  );
}

function buildShared(sharedDir, outDir, tf) {
  const labelsPath = join(sharedDir, 'labels.yaml');
  const labels = loadLabels(labelsPath);
  if (tf.tools.pandoc && tf.tools.soffice && tf.tools.awk) {
    const r = spawnSync('bash', [join(sharedDir, 'build.sh'), outDir], { encoding: 'utf8', timeout: 1_800_000 });
    if (r.status !== 0)
      throw new InputError(`build.sh failed: ${(r.stderr || String(r.error ?? '')).trim().split('\n').pop()}`);
    return { labels, notes: [], srcDir: join(sharedDir, 'src') };
  }
  // build.sh needs every tool; without them the same steps run for the formats we can make.
  const b = buildCorpus({ srcDir: join(sharedDir, 'src'), labelsPath, outDir, tools: tf.tools });
  const scored = onlyFormats(labels, tf.formats);
  const kept = new Set(b.built);
  return {
    labels: { ...scored, docs: scored.docs.filter((d) => kept.has(d.id)) },
    notes: [builtNote(b.built.length, labels.docs.length, tf)],
    srcDir: join(sharedDir, 'src'),
  };
}

function buildOurs(casesDir, outDir, tf) {
  const labelsPath = join(casesDir, 'labels.yaml');
  const b = buildCorpus({ srcDir: join(casesDir, 'src'), labelsPath, outDir, tools: tf.tools });
  const kept = new Set(b.built);
  const labels = { ...b.labels, docs: b.labels.docs.filter((d) => kept.has(d.id)) };
  return {
    labels,
    notes: b.skipped.length ? [builtNote(b.built.length, b.labels.docs.length, tf)] : [],
    srcDir: join(casesDir, 'src'),
  };
}

/** A path relative to the working folder when it is inside it, else absolute. */
function shortPath(p) {
  const rel = relative(process.cwd(), resolve(p));
  return rel && !rel.startsWith('..') ? rel : resolve(p);
}

/** The commit the figures belong to, marked when the working tree differs from it. */
function gitHead() {
  const r = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  if (r.status !== 0) return 'unknown';
  const dirty = spawnSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' });
  return r.stdout.trim() + (dirty.stdout.trim() ? ' (with uncommitted changes)' : '');
}

function main(argv) {
  const args = parseArgs(argv);
  if (!existsSync(join(root, 'dist', 'bundle', 'cli.js')))
    throw new InputError('the CLI is not built: run npm run build (npm run eval does)');
  const work = mkdtempSync(join(tmpdir(), 'jamkrav-eval-'));
  const runs = [];
  try {
    if (args.dir) {
      if (!existsSync(args.dir) || !statSync(args.dir).isDirectory()) throw new InputError(`not a folder: ${args.dir}`);
      runs.push(scoreFolder(basename(resolve(args.dir)), args.dir, loadLabels(args.labels), [], work));
    } else {
      if (args.corpora.includes('shared')) checkShared(args.shared);
      const tf = toolFormats();
      if (tf.line) process.stdout.write(`eval: ${tf.line}\n`);
      for (const c of args.corpora) {
        const out = args.keep ? join(resolve(args.keep), c) : join(work, c);
        mkdirSync(out, { recursive: true });
        process.stderr.write(`eval: building the ${c} corpus in ${out} ...\n`);
        const { labels, notes, srcDir } =
          c === 'shared' ? buildShared(args.shared, out, tf) : buildOurs(OUR_CORPORA[c], out, tf);
        process.stderr.write(`eval: linting ${labels.docs.length} ${c} documents ...\n`);
        runs.push(scoreFolder(c, out, labels, notes, work, srcDir));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  for (const r of runs)
    process.stdout.write(`${formatText(r.name, r.result, { notes: r.notes, readerChanges: r.readerChanges })}\n\n`);
  const md = [
    '# jamkrav eval',
    '',
    `Made by \`npm run eval\` at commit ${gitHead()} on ${new Date().toISOString().slice(0, 10)}. Pairs are ` +
      `(document, lintable rule); "missing" is a finding of kind \`missing\`, anything else counts as covered.`,
    '',
    ...runs.map((r) => formatMarkdown(r.name, r.result, { notes: r.notes, readerChanges: r.readerChanges })),
  ].join('\n');
  mkdirSync(dirname(resolve(args.md)), { recursive: true });
  writeFileSync(args.md, md);
  const pass = runs.every((r) => r.result.pass);
  process.stdout.write(
    `eval: ${pass ? 'PASS' : 'FAIL'} ` +
      `(${runs.map((r) => `${r.name} ${r.result.pass ? 'pass' : 'fail'}`).join(', ')}); tables in ` +
      `${shortPath(args.md)}\n`,
  );
  return pass ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError || e instanceof LabelsError || e instanceof BuildError) {
    process.stderr.write(`eval: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}
