// Batch speed: 500 appendices from one manifest on one core (`--jobs 1`) and on two
// (`--jobs 2`), against 500 separate `jamkrav generate` processes (50 timed, extrapolated).
// Start-up is included everywhere, as a user sees it; peak memory covers every thread.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { measureCli, median, mdTable, timeProcess } from './lib.mjs';

const TENDERS = 500;
const SEPARATE = 50;
const LEVELS = ['base', 'advanced', 'leading'];

/** The built-in packs when they are installed, else the test pack the generate tests use. */
function packs() {
  const builtin = ['cemr-art12', 'diskrl-3kap'];
  if (builtin.every((id) => existsSync(`rules/${id}.yaml`))) return { list: builtin, label: 'built-in packs' };
  return { list: [resolve('test/fixtures/generate/test-pack.yaml')], label: 'test pack (test/fixtures/generate/test-pack.yaml; no built-in packs in rules/)' };
}

function meta(i) {
  return { tender: { title: `Upphandling ${i}`, reference: `KS 2026/${String(i).padStart(4, '0')}`, date: '2026-09-01', type: 'services' }, authority: { name: `Kommun ${i % 17}`, contact: 'upphandling@example.se' } };
}

/** Writes the manifest (and the metadata files the separate processes read) into `dir`. */
function makeManifest(dir, packList) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const lines = [`defaults: { lang: sv, packs: ${JSON.stringify(packList)} }`, 'tenders:'];
  for (let i = 0; i < TENDERS; i++) {
    lines.push(`  - output: bilaga-${String(i).padStart(3, '0')}.docx`, `    level: ${LEVELS[i % 3]}`, `    meta: ${JSON.stringify(meta(i))}`);
    if (i < SEPARATE) writeFileSync(join(dir, 'meta', `${i}.yaml`), `${JSON.stringify(meta(i))}\n`);
  }
  writeFileSync(join(dir, 'manifest.yaml'), `${lines.join('\n')}\n`);
}

export async function benchBatch({ dir = 'bench/out/batch', runs = 3 } = {}) {
  const { list, label } = packs();
  makeManifest(dir, list);
  const manifest = join(dir, 'manifest.yaml');

  const batch = (jobs) => {
    const times = [];
    let rss = 0;
    for (let r = 0; r < runs; r++) {
      const out = join(dir, `out-${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const m = measureCli(['batch', manifest, '--out', out, '--jobs', String(jobs)], { env: { ...process.env, CI: 'true' } });
      if (m.code !== 0) throw new Error(`jamkrav batch --jobs ${jobs} exited ${m.code}`);
      times.push(m.wallMs);
      rss = Math.max(rss, m.maxRssMB);
    }
    return { ms: median(times), rss };
  };
  const one = batch(1);
  const two = batch(2);

  // Separate processes: a fresh `jamkrav generate` per tender, as a shell loop would run it.
  const sep = join(dir, 'separate');
  mkdirSync(sep, { recursive: true });
  const packArgs = list.flatMap((p) => ['--pack', p]);
  const start = performance.now();
  for (let i = 0; i < SEPARATE; i++) {
    const r = timeProcess(['bin/jamkrav.js', 'generate', ...packArgs, '--level', LEVELS[i % 3], '--meta', join(dir, 'meta', `${i}.yaml`), '-o', join(sep, `${i}.docx`), '--force']);
    if (r.code !== 0) throw new Error(`jamkrav generate exited ${r.code}: ${r.stderr}`);
  }
  const separateMs = ((performance.now() - start) / SEPARATE) * TENDERS;

  const rate = (ms) => (TENDERS / (ms / 1000)).toFixed(0);
  const rows = [
    ['jamkrav batch --jobs 1 (this thread)', `${one.ms.toFixed(0)} ms`, rate(one.ms), '1.0x', `${one.rss.toFixed(0)} MB`],
    ['jamkrav batch --jobs 2 (two worker threads)', `${two.ms.toFixed(0)} ms`, rate(two.ms), `${(one.ms / two.ms).toFixed(2)}x`, `${two.rss.toFixed(0)} MB`],
    [`${TENDERS} separate jamkrav generate processes (${SEPARATE} timed, ×${TENDERS / SEPARATE})`, `${separateMs.toFixed(0)} ms`, rate(separateMs), `${(one.ms / separateMs).toFixed(2)}x`, '–'],
  ];
  return [
    `${TENDERS} DOCX appendices (built-in template, levels base/advanced/leading, inline metadata), ${label}; ${availableParallelism()} cores; median of ${runs} runs, Node start-up included`,
    '',
    mdTable(['run', 'wall time', 'appendices/s', 'vs --jobs 1', 'peak memory'], rows),
    '',
    `second core: ${(one.ms / two.ms).toFixed(2)}x (target ≥ 1.7x); batch (--jobs 2) vs separate processes: ${(separateMs / two.ms).toFixed(1)}x faster (target ≥ 10x)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await benchBatch();
  console.log(out);
  writeFileSync('bench/out/batch.md', `${out}\n`);
}
