// Corpus check for the document readers: reads every file in a folder with the built readers,
// prints one line per file, compares verdicts and phrases with bench/corpus-expectations.json,
// and, where pdftotext or LibreOffice is installed, reports word overlap with their extraction.
//
//   npm run corpus -- DIR [--expectations FILE] [--no-reference] [--min-precision 0.85]
//
// Exit 1 on a crash (anything but a UserError), a wrong verdict, a missing or forbidden phrase,
// or a word precision below the threshold; exit 2 on bad usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Why precision and not recall decides: the reference tools print text we leave out on purpose
 * (tracked deletions and hidden text in LibreOffice's export, headers and footers, page numbers,
 * note reference marks), so recall below 100 % is expected and only reported. Every word *we*
 * print, though, should be in the document as another reader sees it; a word missing from the
 * reference means invented or garbled text (a fallback copy, field code, a bad join). The
 * threshold leaves room for tokenisation differences (LibreOffice glues a note mark to the word
 * before it, drops line breaks in content controls), worth a few percent on short files.
 */
const DEFAULT_MIN_PRECISION = 0.85;
/** Below this many distinct words a percentage says little; such files are reported, never failed. */
const MIN_WORDS_FOR_OVERLAP = 15;

function parseArgs(argv) {
  const args = {
    dir: undefined,
    expectations: join(here, 'corpus-expectations.json'),
    reference: true,
    minPrecision: DEFAULT_MIN_PRECISION,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--expectations') args.expectations = argv[++i];
    else if (a === '--no-reference') args.reference = false;
    else if (a === '--min-precision') args.minPrecision = Number(argv[++i]);
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (!args.dir) args.dir = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!args.dir) usage('missing DIR');
  return args;
}

function usage(problem) {
  process.stderr.write(
    `corpus: ${problem}\nusage: node bench/corpus.mjs DIR [--expectations FILE] [--no-reference] [--min-precision N]\n`,
  );
  process.exit(2);
}

function has(tool) {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}

/** Distinct lower-case words (letters and digits), the unit of the overlap figures. */
function words(text) {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Reference text per file name: pdftotext for PDFs, one LibreOffice run for DOCX and ODT. */
function referenceTexts(files) {
  const out = new Map();
  const pdfs = files.filter((f) => /\.pdf$/i.test(f));
  if (pdfs.length > 0 && has('pdftotext')) {
    for (const f of pdfs) {
      const r = spawnSync('pdftotext', ['-enc', 'UTF-8', f, '-'], { encoding: 'utf8', timeout: 60_000 });
      if (r.status === 0) out.set(basename(f), { tool: 'pdftotext', text: r.stdout });
    }
  }
  const office = files.filter((f) => /\.(docx|odt)$/i.test(f));
  if (office.length > 0 && has('soffice') && has('pdftotext')) {
    // Printed to PDF by LibreOffice, then pdftotext: the plain-text export leaves out text
    // boxes and notes, while the printed page shows everything a reader of the tender sees.
    const tmp = mkdtempSync(join(tmpdir(), 'jamkrav-corpus-'));
    try {
      // A private profile, so a running LibreOffice (or another run) does not block this one.
      const profile = pathToFileURL(join(tmp, 'profile')).href;
      spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(tmp, 'out'),
          ...office,
        ],
        {
          encoding: 'utf8',
          timeout: 300_000,
        },
      );
      for (const f of office) {
        const pdf = join(tmp, 'out', basename(f).replace(/\.[^.]+$/, '.pdf'));
        const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
        // No PDF means LibreOffice could not open it (damaged or encrypted): no reference then.
        if (r.status === 0) out.set(basename(f), { tool: 'soffice+pdftotext', text: r.stdout });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(args.dir);
  const { readDocument } = await import(pathToFileURL(join(here, '..', 'dist', 'documents', 'index.js')).href);
  const expectations = JSON.parse(readFileSync(args.expectations, 'utf8')).files ?? {};
  const files = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  const refs = args.reference ? referenceTexts(files.map((f) => join(dir, f))) : new Map();
  const problems = [];
  let totalMs = 0;
  let okCount = 0;
  const docxTimes = [];

  for (const name of files) {
    const path = join(dir, name);
    const exp = expectations[name];
    const t0 = performance.now();
    let doc;
    let error;
    try {
      doc = await readDocument(path, { lang: 'en' });
    } catch (e) {
      if (e?.name !== 'UserError') {
        problems.push(`${name}: CRASH ${e?.stack ?? e}`);
        console.log(`${name}\tCRASH\t${e?.message ?? e}`);
        continue;
      }
      error = e;
    }
    const ms = performance.now() - t0;
    totalMs += ms;
    if (error) {
      console.log(`${name}\terror\t-\t-\t${ms.toFixed(1)} ms\t${error.message}`);
      if (exp && exp.verdict !== 'error') problems.push(`${name}: expected ok, got error: ${error.message}`);
      if (exp?.message && !error.message.toLowerCase().includes(exp.message.toLowerCase())) {
        problems.push(`${name}: error message lacks "${exp.message}": ${error.message}`);
      }
      continue;
    }
    okCount++;
    if (/\.docx$/i.test(name)) docxTimes.push(ms);
    const text = doc.blocks.map((b) => b.text).join('\n');
    // Phrases are looked for within blocks: a block boundary never matches a space.
    const flat = doc.blocks.map((b) => b.text.replace(/\s+/g, ' ')).join(' \u00B6 ');
    let overlap = '';
    const ref = refs.get(name);
    if (ref) {
      const ours = words(text);
      const theirs = words(ref.text);
      let common = 0;
      for (const w of ours) if (theirs.has(w)) common++;
      const precision = ours.size ? common / ours.size : 1;
      const recall = theirs.size ? common / theirs.size : 1;
      overlap =
        `\tvs ${ref.tool}: precision ${(precision * 100).toFixed(0)}%, recall ${(recall * 100).toFixed(0)}% ` +
        `(${ours.size}/${theirs.size} words)`;
      const floor = exp?.minPrecision ?? args.minPrecision;
      if (ours.size >= MIN_WORDS_FOR_OVERLAP && precision < floor) {
        problems.push(
          `${name}: word precision ${(precision * 100).toFixed(0)}% vs ${ref.tool} is below ${floor * 100}%`,
        );
      }
    }
    const warnings = doc.warnings.length ? `\twarnings: ${doc.warnings.join('; ')}` : '';
    console.log(
      `${name}\tok\t${doc.blocks.length} blocks\t${text.length} chars\t${ms.toFixed(1)} ms${overlap}${warnings}`,
    );
    if (!exp) continue;
    if (exp.verdict !== 'ok') {
      problems.push(`${name}: expected error${exp.message ? ` (${exp.message})` : ''}, got ok`);
      continue;
    }
    for (const phrase of exp.contains ?? []) if (!flat.includes(phrase)) problems.push(`${name}: missing "${phrase}"`);
    for (const phrase of exp.absent ?? [])
      if (flat.includes(phrase)) problems.push(`${name}: must not contain "${phrase}"`);
    for (const phrase of exp.once ?? []) {
      const n = flat.split(phrase).length - 1;
      if (n !== 1) problems.push(`${name}: "${phrase}" appears ${n} times, expected once`);
    }
    if (exp.minBlocks !== undefined && doc.blocks.length < exp.minBlocks) {
      problems.push(`${name}: ${doc.blocks.length} blocks, expected at least ${exp.minBlocks}`);
    }
    for (const [kind, n] of Object.entries(exp.kinds ?? {})) {
      const got = doc.blocks.filter((b) => b.kind === kind).length;
      if (got < n) problems.push(`${name}: ${got} ${kind} blocks, expected at least ${n}`);
    }
  }
  for (const name of Object.keys(expectations)) {
    if (!files.includes(name)) console.log(`${name}\t(expected, but not in ${dir})`);
  }
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(2) : '-');
  // Steady state, as in a batch lint: each DOCX read again from memory after the JIT has warmed up.
  const { readDocumentBytes } = await import(pathToFileURL(join(here, '..', 'dist', 'documents', 'index.js')).href);
  const docx = files.filter((f) => /\.docx$/i.test(f)).map((f) => [f, readFileSync(join(dir, f))]);
  const warm = [];
  for (let round = 0; round < 3; round++) {
    for (const [name, bytes] of docx) {
      const t = performance.now();
      await readDocumentBytes(name, bytes).catch(() => undefined);
      if (round === 2) warm.push(performance.now() - t);
    }
  }
  console.log(
    `\n${files.length} files, ${okCount} read, ${files.length - okCount} refused; ${totalMs.toFixed(0)} ms in all ` +
      `(first file pays module loading)`,
  );
  console.log(
    `DOCX per file: median ${median(docxTimes)} ms cold (first read), ${median(warm)} ms warm (third read from memory)`,
  );
  if (!args.reference) console.log('reference comparison skipped (--no-reference)');
  else if (refs.size === 0) console.log('no reference tool (pdftotext, soffice) found: overlap not measured');
  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems) console.log(`  ${p}`);
    process.exitCode = 1;
  } else {
    console.log('all expectations met');
  }
}

await main();
