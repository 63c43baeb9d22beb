// Builds a labelled corpus (eval/cases by default) into one file per document, in the format its
// labels.yaml names, the way ../shared/corpus/tenders/build.sh does: pandoc for docx-pandoc and
// odt, pandoc then LibreOffice for docx-lo and pdf, md copied, txt copied or through pandoc -t
// plain. Used by bench/eval.mjs; also runs alone:
//
//   node eval/build.mjs OUTDIR [--src DIR] [--labels FILE] [--formats md,txt]
//
// Without pandoc or soffice it builds what it can (md always; txt from .txt sources; the pandoc
// formats with pandoc) and reports the documents it left out.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LabelsError, loadLabels } from '../bench/eval/score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(here, 'cases');
/** Our labelled corpora by name, each a folder with src/ and labels.yaml (see eval/heldout/README.md). */
export const OUR_CORPORA = Object.fromEntries(
  [
    ['own', 'cases'],
    ['heldout', 'heldout'],
    // blind, blind2 … blind95
    ...['blind', ...Array.from({ length: 94 }, (_, i) => `blind${i + 2}`)].map((b) => [b, b]),
  ].map(([name, dir]) => [name, join(here, dir)]),
);
export const FORMATS = ['docx-pandoc', 'docx-lo', 'odt', 'pdf', 'md', 'txt'];
const EXT = { 'docx-pandoc': 'docx', 'docx-lo': 'docx', odt: 'odt', pdf: 'pdf', md: 'md', txt: 'txt' };
// Stable timestamps inside the built files where the tools honour it (as build.sh).
const SOURCE_DATE_EPOCH = '1760428800';

/** A problem with the input or the tools; the CLI prints it as one line and exits 2. */
export class BuildError extends Error {}

export function hasTool(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** What each format needs, given the source extension (txt from a .txt source is a copy). */
function needs(format, ext) {
  if (format === 'md') return [];
  if (format === 'txt') return ext === '.txt' ? [] : ['pandoc'];
  if (format === 'docx-lo' || format === 'pdf') return ['pandoc', 'soffice'];
  return ['pandoc'];
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH }, timeout: 600_000 });
  if (r.status !== 0) {
    const detail = (r.stderr || r.stdout || String(r.error ?? '')).trim().split('\n').pop();
    throw new BuildError(`${what} failed: ${detail || `exit ${r.status}`}`);
  }
}

/**
 * Builds every labelled source of srcDir into outDir. `tools` says which of pandoc/soffice may be
 * used (default: whichever is installed) and `only` which formats to build (default: all). Returns the ids built and
 * the ids left out for want of
 * a tool. Every source needs a label and every label a source; anything else is a BuildError.
 */
export function buildCorpus({
  srcDir = join(CASES_DIR, 'src'),
  labelsPath = join(CASES_DIR, 'labels.yaml'),
  outDir,
  tools,
  only,
} = {}) {
  if (!outDir) throw new BuildError('no output folder given');
  const have = tools ?? { pandoc: hasTool('pandoc'), soffice: hasTool('soffice') };
  const labels = loadLabels(labelsPath);
  const byId = new Map(labels.docs.map((d) => [d.id, d]));
  if (!existsSync(srcDir) || !statSync(srcDir).isDirectory())
    throw new BuildError(`source folder not found: ${srcDir}`);
  const sources = readdirSync(srcDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort();
  const seen = new Set();
  const jobs = [];
  for (const f of sources) {
    const ext = extname(f);
    const id = f.slice(0, -ext.length).normalize('NFC');
    const d = byId.get(id);
    if (!d) throw new BuildError(`${join(srcDir, f)} has no entry in ${labelsPath}`);
    if (seen.has(id)) throw new BuildError(`two sources for ${id} in ${srcDir}`);
    seen.add(id);
    if (!FORMATS.includes(d.format))
      throw new BuildError(`${id}: unknown format ${d.format} (expected one of ${FORMATS.join(', ')})`);
    if (d.format === 'md' && ext !== '.md') throw new BuildError(`${id}: format md needs a .md source`);
    jobs.push({ id, src: join(srcDir, f), ext, format: d.format, lang: d.lang === 'en' ? 'en-GB' : 'sv-SE' });
  }
  for (const id of byId.keys())
    if (!seen.has(id)) throw new BuildError(`${id} is labelled but has no source in ${srcDir}`);

  mkdirSync(outDir, { recursive: true });
  const out = resolve(outDir);
  if (out === resolve(srcDir)) throw new BuildError('refusing to build into the source folder');
  const tmp = mkdtempSync(join(tmpdir(), 'jamkrav-eval-build-'));
  const built = [];
  const skipped = [];
  try {
    const lo = { 'docx-lo': join(tmp, 'lo-docx'), pdf: join(tmp, 'lo-pdf') };
    for (const dir of Object.values(lo)) mkdirSync(dir);
    for (const j of jobs) {
      // Earlier outputs of this id only; other files in the folder stay.
      for (const f of readdirSync(out)) if (f.startsWith(`${j.id}.`)) rmSync(join(out, f), { force: true });
      if ((only && !only.has(j.format)) || needs(j.format, j.ext).some((t) => !have[t])) {
        skipped.push(j.id);
        continue;
      }
      const pandoc = ['-f', 'markdown', '-M', `lang=${j.lang}`];
      const dest = join(out, `${j.id}.${EXT[j.format]}`);
      if (j.format === 'md') copyFileSync(j.src, dest);
      else if (j.format === 'txt' && j.ext === '.txt') copyFileSync(j.src, dest);
      else if (j.format === 'txt')
        run('pandoc', [...pandoc, '-t', 'plain', '--columns=72', '-o', dest, j.src], `pandoc ${j.id}`);
      else if (j.format === 'docx-pandoc')
        run('pandoc', [...pandoc, '-t', 'docx', '-o', dest, j.src], `pandoc ${j.id}`);
      else if (j.format === 'odt') run('pandoc', [...pandoc, '-t', 'odt', '-o', dest, j.src], `pandoc ${j.id}`);
      else run('pandoc', [...pandoc, '-t', 'odt', '-o', join(lo[j.format], `${j.id}.odt`), j.src], `pandoc ${j.id}`);
      built.push(j);
    }
    // One LibreOffice run per target format, with a private profile so a running LibreOffice
    // (another developer's, or a test's) neither blocks nor is disturbed by this one.
    const profile = pathToFileURL(join(tmp, 'profile')).href;
    for (const [format, filter] of [
      ['docx-lo', 'docx:MS Word 2007 XML'],
      ['pdf', 'pdf:writer_pdf_Export'],
    ]) {
      const odts = readdirSync(lo[format]).map((f) => join(lo[format], f));
      if (odts.length === 0) continue;
      run(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          filter,
          '--outdir',
          out,
          ...odts,
        ],
        `soffice (${format})`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const j of built) {
    const dest = join(out, `${j.id}.${EXT[j.format]}`);
    if (!existsSync(dest) || statSync(dest).size === 0) throw new BuildError(`${j.id}: no output ${dest}`);
  }
  return { built: built.map((j) => j.id), skipped, outDir: out, labels };
}

function main(argv) {
  let outDir;
  let srcDir;
  let labelsPath;
  let formats;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--src') srcDir = argv[++i];
    else if (a === '--labels') labelsPath = argv[++i];
    else if (a === '--formats') formats = new Set(String(argv[++i]).split(','));
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node eval/build.mjs OUTDIR [--src DIR] [--labels FILE] [--formats md,txt]\n');
      return 0;
    } else if (a.startsWith('-')) throw new BuildError(`unknown option ${a}`);
    else if (!outDir) outDir = a;
    else throw new BuildError(`unexpected argument ${a}`);
  }
  if (!outDir) throw new BuildError('usage: node eval/build.mjs OUTDIR [--src DIR] [--labels FILE] [--formats md,txt]');
  const tools = { pandoc: hasTool('pandoc'), soffice: hasTool('soffice') };
  // --formats narrows the build the same way a missing tool does (for a quick md/txt run).
  const r = buildCorpus({
    outDir,
    ...(srcDir ? { srcDir } : {}),
    ...(labelsPath ? { labelsPath } : {}),
    tools,
    ...(formats ? { only: formats } : {}),
  });
  const missing = ['pandoc', 'soffice'].filter((t) => !tools[t]);
  process.stdout.write(
    `build: ${r.built.length} files in ${r.outDir}` +
      (r.skipped.length
        ? `; ${r.skipped.length} left out (${formats ? 'not in --formats' : ''}` +
          `${formats && missing.length ? ', ' : ''}${missing.length ? `missing ${missing.join(', ')}` : ''})`
        : '') +
      '\n',
  );
  return 0;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof BuildError || e instanceof LabelsError) {
      process.stderr.write(`build: ${e.message}\n`);
      process.exitCode = 2;
    } else throw e;
  }
}
